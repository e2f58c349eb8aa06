// The on-disk analysis cache of the language server: what a reopen reads back must be exactly what
// was stored, also for lines longer than the loader's read buffer and multi-byte text across its chunks.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from '../../server/src/engine/read/readDocument';
import { AnalysisCache, textHash } from '../../server/src/workspace/analysisCache';
import { removeStaleFiles } from '../../server/src/workspace/tempFiles';
import { fromReference, lazyReference } from '../../server/src/workspace/lazyAnalysis';
import { SpilledAnalyses } from '../../server/src/workspace/spilledAnalyses';

const ROOT = join(__dirname, '..', '..', '..');

describe('analysis cache: save and load', () => {
  let dir = '';
  const previous = process.env.NEWSLENS_CACHE_DIR;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'newslens-cache-test-'));
    process.env.NEWSLENS_CACHE_DIR = dir;
  });
  after(() => {
    if (previous === undefined) delete process.env.NEWSLENS_CACHE_DIR;
    else process.env.NEWSLENS_CACHE_DIR = previous;
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives back every stored analysis, a line over 1 MB with æøå across chunk edges included', async () => {
    const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'seeds', f));
    assert.equal(seeds.length, 3);
    const paragraph = 'Søndag åbnede Færøernes Lagting i Tórshavn, og ministeren sagde, at 1.250 både er på vej. ';
    const big = Array.from({ length: 12000 }, (_, i) => paragraph + (i % 5 === 4 ? '\n\n' : '')).join('');
    const docs = [...seeds.map((f) => readDocument(f, readFileSync(f, 'utf8'))), readDocument('/w/big.txt', big)];
    assert.ok(JSON.stringify(docs[docs.length - 1]).length > 1 << 20, 'the big article gives a line longer than the read buffer');

    const folders = ['/w'];
    assert.equal(await new AnalysisCache(folders, 'k').save(docs.map((a) => ({ analysis: a, hash: textHash(a.text) }))), true);
    const loaded = new AnalysisCache(folders, 'k');
    assert.equal(await loaded.load(), docs.length);
    for (const d of docs) assert.deepEqual(loaded.get(d.path, textHash(d.text)), d, d.path);
    assert.equal(loaded.get('/w/big.txt', textHash(big + ' ')), undefined, 'a changed text is not served from the cache');
  });

  it('reads bulky parts lazily, from the file as it was loaded, and never crashes on a cut file', async () => {
    const text = 'Regeringen i København sagde tirsdag, at 40 personer blev evakueret fra Aarhus.';
    const doc = readDocument('/w3/a.txt', text);
    const folders = ['/w3'];
    await new AnalysisCache(folders, 'k').save([{ analysis: doc, hash: textHash(text) }]);
    const loaded = new AnalysisCache(folders, 'k');
    assert.equal(await loaded.load(), 1);
    const lazy = loaded.get(doc.path, textHash(text))!;
    assert.ok(Object.getOwnPropertyDescriptor(lazy, 'mentions')?.get, 'mentions are read through a getter');
    assert.deepEqual(JSON.parse(JSON.stringify(lazy)), JSON.parse(JSON.stringify(doc)), 'JSON sees the whole analysis');
    assert.deepEqual(structuredClone(lazy), structuredClone(doc), 'a worker message carries the whole analysis');
    assert.ok(lazy.mentions.length > 0 && lazy.values.length > 0);
    // A later save renames a new file over the loaded one: analyses loaded before still read their own.
    const other = readDocument('/w3/a.txt', 'Ministeren i Oslo sagde onsdag, at 12 skibe sejlede ud fra Bergen og Tromsø.');
    await new AnalysisCache(folders, 'k').save([{ analysis: other, hash: textHash(other.text) }]);
    assert.notDeepEqual(other.mentions, doc.mentions);
    assert.deepEqual(loaded.get(doc.path, textHash(text))!.mentions, doc.mentions, 'read from the file as it was when loaded');
    // Saved again, a lazy analysis is saved whole (its bulky parts copied as stored).
    await new AnalysisCache(folders, 'k').save([{ analysis: loaded.get(doc.path, textHash(text))!, hash: textHash(text) }]);
    const reread = new AnalysisCache(folders, 'k');
    assert.equal(await reread.load(), 1);
    assert.deepEqual(JSON.parse(JSON.stringify(reread.get(doc.path, textHash(text)))), JSON.parse(JSON.stringify(doc)));
    // An assignment sticks and makes the analysis an ordinary one.
    const edited = loaded.get(doc.path, textHash(text))!;
    edited.quotes = [];
    assert.deepEqual(edited.quotes, []);
    assert.deepEqual(edited.mentions, doc.mentions);
    // A file cut under a loaded cache: empty bulky parts and a message, not an exception.
    const file = readdirSync(dir).find((f) => f.startsWith('analyses-') && f.endsWith('.json'))!;
    const cut = new AnalysisCache(folders, 'k');
    assert.equal(await cut.load(), 1);
    truncateSync(join(dir, file), 40);
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    // Windows (and NEWSLENS_HOLD_FILES_IN_MEMORY=1) holds the bytes in memory: the cut does not reach them.
    const inMemory = process.platform === 'win32' || process.env.NEWSLENS_HOLD_FILES_IN_MEMORY === '1';
    try {
      assert.deepEqual(cut.get(doc.path, textHash(text))!.mentions, inMemory ? doc.mentions : []);
    } finally {
      console.error = log;
    }
    assert.equal(errors.length, inMemory ? 0 : 1);
  });

  it('an analysis from the cache reads its text from the file, exactly, and does not hold it', async () => {
    // Two-byte, astral, a lone surrogate, tabs and newlines (the line's separators), empty, and more texts than are kept decoded.
    const originals = ['Søndag åbnede Færøernes Lagting – “sagde” hun.\tTab\n\nNy linje.', '', 'Ein 🪦 im Text, ’quoted’ \ud800 halb.', ...Array.from({ length: 1500 }, (_, i) => `Artikel ${i}: ${'æ'.repeat(i % 50)} slut.`)];
    const docs = originals.map((t, i) => readDocument(`/w4/${i}.txt`, t));
    await new AnalysisCache(['/w4'], 'k').save(docs.map((d, i) => ({ analysis: d, hash: textHash(originals[i]) })));
    const loaded = new AnalysisCache(['/w4'], 'k');
    assert.equal(await loaded.load(), originals.length);
    const lazy = docs.map((d, i) => loaded.get(d.path, textHash(originals[i]))!);
    assert.ok(Object.getOwnPropertyDescriptor(lazy[0], 'text')?.get, 'the text is read through a getter');
    assert.deepEqual(Object.keys(lazy[0]).sort(), Object.keys(docs[0]).sort(), 'the same properties');
    originals.forEach((t, i) => assert.equal(lazy[i].text, t, `text ${i}`));
    assert.equal(lazy[0].text, originals[0], 'read again after it left the decoded ones');
    assert.deepEqual(JSON.parse(JSON.stringify(lazy[2])), JSON.parse(JSON.stringify(docs[2])));
    assert.deepEqual(structuredClone(lazy[0]), structuredClone(docs[0]));
    // A worker's reference carries no text: the worker reads it through the same descriptor.
    const ref = lazyReference(lazy[2])!;
    assert.ok(!('text' in ref.lazy), 'no text in the message');
    assert.equal(fromReference(ref).text, originals[2]);
    assert.deepEqual(fromReference(ref).mentions, docs[2].mentions);
    // Saved again, lazy analyses are copied as stored: texts and parts read back the same.
    await new AnalysisCache(['/w4'], 'k').save(lazy.slice(0, 3).map((d, i) => ({ analysis: d, hash: textHash(originals[i]) })));
    const again = new AnalysisCache(['/w4'], 'k');
    assert.equal(await again.load(), 3);
    for (let i = 0; i < 3; i++) assert.deepEqual(again.get(docs[i].path, textHash(originals[i])), docs[i]);
    // An assignment sticks, and the analysis is then no longer the stored one: it goes whole to a worker.
    lazy[1].text = 'replaced';
    assert.equal(lazy[1].text, 'replaced');
    assert.equal(lazyReference(lazy[1]), undefined);
  });

  it('spilled analyses (the CLI) read back equal from a temporary file whose folder is gone once written', () => {
    const parent = mkdtempSync(join(dir, 'spill-'));
    const texts = ['---\ntitle: "Færgen sejlede igen"\ndate: 2024-03-01\n---\nFærgen mellem Aarhus og Odder sejlede tirsdag igen, sagde rederiet.', 'The ferry resumed on Tuesday, the operator said in Aarhus.'];
    const docs = texts.map((t, i) => readDocument(`/w5/${i}.md`, t));
    const spill = SpilledAnalyses.create(parent)!;
    assert.equal(readdirSync(parent).length, 1, 'one folder of its own while it writes');
    for (const d of docs) assert.equal(spill.add(d), true);
    const back = spill.finish()!;
    assert.deepEqual(readdirSync(parent), [], 'removed once written');
    docs.forEach((d) => {
      const lazy = back.get(d.path)!;
      assert.ok(Object.getOwnPropertyDescriptor(lazy, 'text')?.get, 'read from the file');
      assert.deepEqual(lazy, d);
    });
    assert.equal(SpilledAnalyses.create(join(parent, 'missing')), undefined, 'no folder: the caller keeps its analyses in memory');
  });

  it('removes the temporary files and scratch comparisons of servers no longer running, and only those', () => {
    const folder = mkdtempSync(join(tmpdir(), 'newslens-stale-'));
    try {
      const dead = spawnSync(process.execPath, ['-e', '']).pid!;
      const names = {
        gone: [`analyses-1.json.${dead}-0.tmp`, `corpus-1.bin.${dead}-3.tmp`, `corpus-1.bin.${dead}-3.tmp.rest`, `corpus-1.bin.${dead}-4.tmp.texts`, `corpus-1.session-${dead}-2.bin`],
        kept: [`analyses-1.json.${process.pid}-0.tmp`, `corpus-1.session-${process.pid}-1.bin`, 'analyses-1.json', 'corpus-1.bin'],
      };
      for (const n of [...names.gone, ...names.kept]) writeFileSync(join(folder, n), 'x');
      assert.equal(removeStaleFiles(folder), names.gone.length);
      assert.deepEqual(readdirSync(folder).sort(), [...names.kept].sort());
      assert.equal(removeStaleFiles(join(folder, 'missing')), 0, 'a missing folder is nothing to remove');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('starts cold when the options key differs', async () => {
    const doc = readDocument('/w/a.txt', 'Regeringen i København sagde tirsdag, at 40 personer blev evakueret.');
    await new AnalysisCache(['/w2'], 'old').save([{ analysis: doc, hash: textHash(doc.text) }]);
    assert.equal(await new AnalysisCache(['/w2'], 'new').load(), 0);
    assert.equal(await new AnalysisCache(['/w2'], 'old').load(), 1);
  });
});
