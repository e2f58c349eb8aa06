// Pieces that let a 10,000-article workspace through: front matter without the YAML parser,
// JSON written in pieces, the corpus cache a few hundred items per line with texts left out,
// and large story components split. Each is checked against the slow, simple way.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { parseFrontMatter } from '../../server/src/engine/read/frontMatter';
import { writeJson } from '../../server/src/cli/writeJson';
import { buildJsonReport, JsonList, streamJsonReport } from '../../server/src/engine/report/jsonReport';
import { readDocument } from '../../server/src/engine/read/readDocument';
import { compareDocuments, compareInParts, type CorpusFrame, type StoryPart } from '../../server/src/engine/compare/compareDocuments';
import { CorpusResultWriter, loadStoredResult, loadStoredResultInTwo, readCorpusResult, writeCorpusResult } from '../../server/src/workspace/corpusResultCache';
import { Compactor, compactResult, shareTexts } from '../../server/src/workspace/shareTexts';
import { compactMentions } from '../../server/src/engine/compare/mentionRefs';
import { heapGrowingPercent } from '../../server/src/heapPolicy';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { workerOptions, workerYoungGenerationMb } from '../../server/src/workspace/compareWorker';

const root = process.env.NEWSLENS_ROOT ?? join(__dirname, '..', '..', '..');

describe('scale: front matter fast path', () => {
  const values = ['2010-07-28', '2010', '1.5', '007', 'corriere', '"A \\"quoted\\" title"', "'it''s'", 'a: b', 'x #c', 'true', 'Null', '~', '', '"bad \\n esc"', 'Reuters (UK)', '12:30', '1e5', '- x', '[a]', '"unterminated', 'He said "no"', 'ÆØÅ æøå', 'http://x.y/z', '0x1F', 'on', '|'];
  it('gives what the YAML parser gives, or leaves it to the parser', () => {
    for (const v of values) {
      const source = `title: ${v}\noutlet: Example Wire\r\nstory: quake`;
      let want: unknown;
      let got: unknown;
      try { want = parseYaml(source); } catch { want = 'error'; }
      try { got = parseFrontMatter(source); } catch { got = 'error'; }
      assert.deepEqual(JSON.parse(JSON.stringify(got)), JSON.parse(JSON.stringify(want)), source);
    }
  });
});

describe('scale: JSON in pieces', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes', () => {
    const cases: unknown[] = [{}, [], { a: [], b: {}, c: [1, { x: 'y\nz', u: undefined }], d: null, g: new Date(0), h: [undefined] }, [[[[1, 2, [3]]]]], 'x', null, { runs: [{ results: [{ a: 1, b: [{ c: 2 }] }] }] }];
    for (const c of cases) for (const depth of [0, 1, 3, 6]) {
      let s = '';
      writeJson(c, (x) => (s += x), depth);
      assert.equal(s, JSON.stringify(c, null, 2));
    }
  });
});

describe('scale: JSON lists made while written', () => {
  it('writes a JsonList as the array it yields', () => {
    const lists: unknown[][] = [[], [1], [{ a: [1, 2], b: 'x' }, [3, [4]], null, 'y']];
    for (const items of lists) {
      for (const depth of [0, 1, 2, 4]) {
        let s = '';
        writeJson({ list: new JsonList(() => items), after: 1 }, (x) => (s += x), depth);
        assert.equal(s, JSON.stringify({ list: items, after: 1 }, null, 2), `${JSON.stringify(items)} at depth ${depth}`);
      }
    }
  });

  it('streams the JSON report exactly as the report built whole', () => {
    const dir = join(root, 'seeds');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 6);
    const corpus = compareDocuments(files.map((f) => readDocument(join(dir, f), readFileSync(join(dir, f), 'utf8'))));
    let s = '';
    writeJson(streamJsonReport(corpus), (x) => (s += x), 3);
    assert.ok(corpus.findings.length > 0);
    assert.equal(s, JSON.stringify(buildJsonReport(corpus), null, 2));
  });
});

describe('scale: one-off comparison', () => {
  // A one-off comparison packs the entities' mention lists (mentionRefs.ts) and makes them when read.
  const seeds = join(root, 'seeds');
  const cases = [
    ['the seeds', readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f))],
    ['the fixture stories', listFiles(join(root, 'test', 'fixtures', 'stories'))],
  ] as const;
  for (const [name, files] of cases) it(`gives what the cached comparison gives: ${name}`, () => {
    const docs = files.map((f) => readDocument(f, readFileSync(f, 'utf8')));
    const show = (r: ReturnType<typeof compareDocuments>) => JSON.stringify({ ...r, documents: r.documents.map((d) => d.path), storyOf: [...r.storyOf], entityOfMention: [...r.entityOfMention] });
    const kept = show(compareDocuments(docs));
    assert.ok(compareDocuments(docs).alignments.length > 0);
    assert.equal(show(compareDocuments(docs, { once: true })), kept);
    // And again after the one-off comparison released the documents' intermediates.
    assert.equal(show(compareDocuments(docs)), kept);
    // The compare worker stores packed lists in compact form, made without reading any article's
    // text: exactly what compacting the made lists gives.
    const once = compareDocuments(docs, { once: true });
    const compactor = new Compactor(once.documents.map((d) => d.path), new Map(once.documents.map((d) => [d.path, d])));
    assert.ok(once.entities.length > 0);
    for (const e of once.entities) assert.deepEqual(compactMentions(e), compactor.apply({ entities: [{ ...e }] }).entities[0].mentions, e.name);
  });
});

describe('scale: corpus cache', () => {
  it('stores a comparison without its document texts and restores it equal', async () => {
    const seeds = ['000_64ff192c88a170f9.txt', '001_0293e7ee8b22062a.txt', '002_a16596a8cb1c5688.txt'].map((p) => join(root, 'seeds', p));
    const docs = seeds.map((f) => readDocument(f, readFileSync(f, 'utf8')));
    const { documents, ...result } = compareDocuments(docs);
    const stored = { ...result, paths: documents.map((d) => d.path) };
    const expected = JSON.stringify({ ...stored, storyOf: [...stored.storyOf], entityOfMention: [...stored.entityOfMention] });
    const byPath = new Map(docs.map((d) => [d.path, d]));
    const copy = JSON.parse(JSON.stringify(stored)) as typeof stored;
    copy.storyOf = new Map(stored.storyOf);
    copy.entityOfMention = new Map(stored.entityOfMention);
    compactResult(copy, byPath);
    assert.ok(copy.findings.length > 0 && copy.findings.every((f) => f.primary.text === undefined && typeof f.primary.path === 'number'), 'texts are left out, paths are numbers');
    const dir = mkdtempSync(join(tmpdir(), 'newslens-scale-'));
    try {
      const file = join(dir, 'corpus.json');
      writeCorpusResult(file, 'k1', copy);
      assert.equal(readCorpusResult(file, 'k2'), undefined, 'another key is a miss');
      assert.equal(await loadStoredResult(file, 'k2'), undefined, 'another key is a miss, streamed too');
      const back = readCorpusResult(file, 'k1');
      assert.ok(back);
      assert.ok(isDeepStrictEqual(await loadStoredResult(file, 'k1'), back), 'the streamed load reads the same');
      shareTexts(back, byPath);
      const values = back.claims.flatMap((c) => c.values.map((v) => ({ c, v })));
      assert.ok(values.length > 0 && values.every(({ c, v }) => byPath.get(c.path)!.values.includes(v)), "a restored claim's values are its document's own objects, not copies");
      const restored = JSON.stringify({ ...back, storyOf: [...back.storyOf], entityOfMention: [...back.entityOfMention] });
      assert.ok(restored === expected || isDeepStrictEqual(JSON.parse(restored), JSON.parse(expected)), 'the restored comparison equals the original');
      // Shared record by record while streamed (the server's reopen): the same result, values the documents' own.
      const two = await loadStoredResultInTwo(file, 'k1', { documents: byPath });
      const streamed = await two?.rest;
      assert.ok(streamed && isDeepStrictEqual(streamed, back), 'shared while streamed equals shared afterwards');
      assert.ok(streamed.entities.length > 0 && streamed.entities.every((e) => compactMentions(e) !== undefined), "the server holds the entities' mention lists packed");
      // The story panel finds a story's entities from its documents' entityOfMention entries (storyModel.ts), not from every mention list.
      for (const story of streamed.stories) {
        const byMentions = new Set(streamed.entities.filter((e) => e.mentions.some((m) => story.documents.includes(m.path))).map((e) => e.id));
        const byEntries = new Set(story.documents.flatMap((p) => streamed.entityOfMention.get(p) ?? []).filter((id) => id !== undefined));
        assert.ok(byMentions.size > 0 && isDeepStrictEqual(byEntries, byMentions), `story ${story.id}: the same entities either way`);
      }
      assert.ok(streamed.claims.every((c) => c.values.every((v) => byPath.get(c.path)!.values.includes(v))));
      assert.ok(streamed.findings.every((f) => typeof f.primary.path === 'string' && f.primary.text === byPath.get(f.primary.path)!.text.slice(f.primary.start, f.primary.end)));
      // Shelved (the server's reopen): the rest is the entities; each story's parts are read on demand, equal and shared the same way.
      const shelved = await loadStoredResultInTwo(file, 'k1', { documents: byPath, shelve: true });
      const shelf = shelved?.head.shelf;
      assert.ok(shelf, 'a shelved load gives a shelf with its head');
      try {
        const entitiesOnly = await shelved.rest;
        assert.ok(entitiesOnly && isDeepStrictEqual(entitiesOnly.entities, back.entities) && isDeepStrictEqual(entitiesOnly.entityOfMention, back.entityOfMention), 'the rest brings the entities');
        assert.deepEqual([entitiesOnly.claims.length, entitiesOnly.alignments.length], [0, 0], 'claims and alignments stay in the file');
        const stories = [...new Set(back.findings.map((f) => f.story))];
        assert.ok(stories.length > 0 && stories.every((s) => shelf.has(s)));
        for (const story of stories) {
          const parts: StoryPart | undefined = shelf.read(story);
          assert.ok(parts, `story ${story} is read`);
          assert.ok(isDeepStrictEqual(parts.findings, back.findings.filter((f) => f.story === story)), `story ${story}: its findings`);
          assert.ok(isDeepStrictEqual(parts.alignments, back.alignments.filter((a) => a.story === story)), `story ${story}: its alignments`);
          assert.ok(isDeepStrictEqual(parts.claims, back.claims.filter((c) => back.storyOf.get(c.path) === story)), `story ${story}: its claims`);
          assert.ok(parts.claims.every((c) => c.values.every((v) => byPath.get(c.path)!.values.includes(v))), "a shelved claim's values are its document's own");
          assert.equal(shelf.read(story), parts, 'a story read again comes from memory');
        }
        assert.equal(shelf.read('no such story'), undefined);
      } finally {
        shelf.close();
      }
      assert.equal(shelf.read([...new Set(back.findings.map((f) => f.story))][0]), undefined, 'a closed shelf reads nothing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a result written story by story (the compare worker) loads as the result written whole', async () => {
    const dir = join(root, 'test', 'fixtures', 'stories');
    const files = listFiles(dir);
    const docs = files.map((f) => readDocument(f, readFileSync(f, 'utf8')));
    const parts: StoryPart[] = [];
    const storyIds: string[] = [];
    let frame: CorpusFrame | undefined;
    compareInParts(docs, { once: true }, (part, story) => parts.push(part) && storyIds.push(story), (f) => (frame = f));
    assert.ok(frame && parts.length >= 3, 'several stories');
    assert.ok(parts.some((p) => p.findings.some((f) => f.kind === 'conflict')) && parts.some((p) => p.findings.some((f) => f.kind !== 'conflict')), 'head and other findings in the parts');
    const { documents, ...rest } = frame;
    const whole = { ...rest, paths: documents.map((d) => d.path), claims: parts.flatMap((p) => p.claims), alignments: parts.flatMap((p) => p.alignments), findings: parts.flatMap((p) => p.findings) };
    const tmp = mkdtempSync(join(tmpdir(), 'newslens-scale-'));
    try {
      const inParts = join(tmp, 'parts.bin');
      const writer = new CorpusResultWriter(inParts, 'k', whole);
      parts.forEach((p, i) => writer.add(p, storyIds[i]));
      writer.finish();
      assert.deepEqual(readdirSync(tmp), ['parts.bin'], 'no temporary file is left');
      const back = await loadStoredResult(inParts, 'k');
      assert.ok(isDeepStrictEqual(back, whole), 'every record restored, findings in their order');
      const two = await loadStoredResultInTwo(inParts, 'k');
      assert.ok(two && two.head.findings.length > 0 && two.head.findings.every((f) => f.kind === 'conflict' || f.kind === 'ambiguity'), 'the head holds the conflicts');
      assert.ok(isDeepStrictEqual(await two.rest, whole));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('gives the head before reading a record longer than one read after it (a torn one included)', async () => {
    // The rest starts with the entities, records of a megabyte or more at 10,000 articles: the head
    // must not wait for them. Torn inside such a record, the file still gives its head.
    const findings = Array.from({ length: 40 }, (_, i) => ({ id: `f${i}`, kind: 'conflict', message: `conflict ${i}`, primary: { path: 0, start: i, end: i + 5 }, related: [] }));
    const entities = Array.from({ length: 400 }, (_, i) => ({ id: `e${i}`, name: `name ${i} `.repeat(600), type: 'person', aliases: [], roles: [], mentions: [] }));
    const stored = { paths: ['a.txt'], stories: [], storyOf: new Map([['a.txt', 's1']]), entities, entityOfMention: new Map<string, (string | undefined)[]>(), claims: [], alignments: [], findings } as unknown as Parameters<typeof writeCorpusResult>[2];
    const dir = mkdtempSync(join(tmpdir(), 'newslens-scale-'));
    try {
      const file = join(dir, 'corpus.bin');
      writeCorpusResult(file, 'k', stored);
      assert.ok(statSync(file).size > 2 * (1 << 20), 'one entity record is longer than a read');
      truncateSync(file, statSync(file).size - 3000);
      const two = await loadStoredResultInTwo(file, 'k');
      assert.ok(two, 'the head is given');
      assert.equal(two.head.findings.length, 40);
      assert.equal(await two.rest, undefined, 'the torn rest is a miss');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('streams a stored result larger than one read, and a torn file is a miss', async () => {
    // Records of several hundred kB each, so the streamed load must join records across its 1 MB reads.
    const kinds = ['conflict', 'corroboration', 'single-source', 'ambiguity', 'corroboration'];
    const findings = Array.from({ length: 3000 }, (_, i) => ({ id: `f${i}`, kind: kinds[i % 5], message: `finding ${i} `.repeat(100 + (i % 7)), primary: { path: i % 3, start: i, end: i + 5 }, related: [] }));
    const stored = {
      paths: ['a.txt', 'b.txt', 'c.txt'],
      stories: [],
      storyOf: new Map([['a.txt', 's1']]),
      entities: [],
      entityOfMention: new Map<string, (string | undefined)[]>(),
      claims: [],
      alignments: [],
      findings,
    } as unknown as Parameters<typeof writeCorpusResult>[2];
    const dir = mkdtempSync(join(tmpdir(), 'newslens-scale-'));
    try {
      const file = join(dir, 'corpus.json');
      writeCorpusResult(file, 'k', stored);
      assert.ok(statSync(file).size > 2 * (1 << 20), 'the file spans several reads');
      assert.ok(isDeepStrictEqual(await loadStoredResult(file, 'k'), stored), 'the streamed load restores every record');
      assert.ok(isDeepStrictEqual(readCorpusResult(file, 'k'), stored), 'the whole-file read restores every record');
      // In two steps: the head (stories, conflicts and ambiguities) first, everything in its order later.
      const two = await loadStoredResultInTwo(file, 'k');
      assert.ok(two);
      assert.deepEqual(Object.keys(two.head).sort(), ['findings', 'paths', 'stories', 'storyOf']);
      assert.ok(isDeepStrictEqual(two.head.findings, findings.filter((f) => f.kind === 'conflict' || f.kind === 'ambiguity')));
      assert.ok(isDeepStrictEqual(two.head.storyOf, stored.storyOf));
      const whole = await two.rest;
      assert.ok(isDeepStrictEqual(whole, stored), 'the second step restores every record, findings in their order');
      assert.equal(await loadStoredResultInTwo(file, 'other'), undefined, 'another key is a miss');
      truncateSync(file, statSync(file).size - 10);
      const torn = await loadStoredResultInTwo(file, 'k');
      assert.equal(await torn?.rest, undefined, 'a torn file is a miss in its second step');
      assert.equal(await loadStoredResult(file, 'k'), undefined, 'a torn file is a miss when streamed');
      assert.equal(readCorpusResult(file, 'k'), undefined, 'a torn file is a miss when read whole');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scale: corroborations share their passages', () => {
  // A claim reported by n sources is listed by each of the n - 1 others: one passage object each,
  // not a copy per listing, or a story of 140 articles holds ~20,000 copies of its passages.
  it('lists one claim of another source as the same passage object in every corroboration', () => {
    const dir = join(root, 'seeds');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    const corpus = compareDocuments(files.map((f) => readDocument(join(dir, f), readFileSync(join(dir, f), 'utf8'))));
    const seen = new Map<string, object>();
    let listedTwice = 0;
    for (const f of corpus.findings.filter((x) => x.kind === 'corroboration')) {
      for (const r of f.related) {
        const key = `${r.path}#${r.start}#${r.note}`;
        const first = seen.get(key);
        if (!first) seen.set(key, r);
        else {
          listedTwice++;
          assert.equal(r, first, `${key} listed by two corroborations as two objects`);
        }
      }
    }
    assert.ok(listedTwice > 0, 'the seeds have claims corroborated for more than one other claim');
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listFiles(p) : /\.(txt|md)$/.test(n) && n !== 'README.md' ? [p] : [];
  });
}

describe('scale: heap policy', () => {
  it('asks V8 for a 10% heap growth while comparing unless NEWSLENS_HEAP_GROWING_PERCENT says otherwise (0: V8 default)', () => {
    assert.equal(heapGrowingPercent({}), 10);
    assert.equal(heapGrowingPercent({ NEWSLENS_HEAP_GROWING_PERCENT: '35' }), 35);
    assert.equal(heapGrowingPercent({ NEWSLENS_HEAP_GROWING_PERCENT: '0' }), 0);
    assert.equal(heapGrowingPercent({ NEWSLENS_HEAP_GROWING_PERCENT: 'lots' }), 10, 'a value that is not a number is ignored');
  });

  it("keeps the compare worker's young generation to 8 MB and the index worker's to 16 (NEWSLENS_WORKER_YOUNG_MB; 0: V8's default, which grows it past both)", async () => {
    const youngMb = (options: WorkerOptions) =>
      new Promise<number>((resolve, reject) => {
        const worker = new Worker(join(__dirname, 'youngWorker.js'), options);
        worker.once('message', (m: { committedMb: number }) => resolve(m.committedMb)).once('error', reject);
      });
    assert.deepEqual([workerYoungGenerationMb('compare', {}), workerYoungGenerationMb('index', {})], [8, 16]);
    assert.equal(workerYoungGenerationMb('index', { NEWSLENS_WORKER_YOUNG_MB: '4' }), 4);
    const [compare, index, uncapped] = await Promise.all([
      youngMb(workerOptions('compare', {})),
      youngMb(workerOptions('index', {})),
      youngMb(workerOptions('compare', { NEWSLENS_WORKER_YOUNG_MB: '0' })),
    ]);
    assert.ok(compare <= 8, `compare worker: ${compare} MB`);
    assert.ok(index <= 16, `index worker: ${index} MB`);
    assert.ok(uncapped > 16, `V8's default: ${uncapped} MB (the caps are what hold the others)`);
  });
});
