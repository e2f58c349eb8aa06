// Live editing over real JSON-RPC: incremental sync, debouncing (superseded versions are never
// published), requests after an edit answer from the new text, and random edit sequences end in
// exactly the diagnostics a from-scratch analysis of the final text gives. Bad input gets empty answers.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { fileUri, TestClient } from './lspClient';
import { removeFolder, seedFiles, tempFolder } from './tempWorkspace';
// Deterministic PRNG shared with the bench and the fuzzer, so a failing edit sequence can be replayed.
import { rng } from '../../bench/corpus';

const scanned = (c: TestClient) => c.waitFor<{ message: string }>('window/logMessage', (m) => /scanned \d+ article/.test(m.message), 15000, 0);


/** A random edit of `doc`: insert a phrase from another source, delete a span, or replace one. */
function randomEdit(doc: TextDocument, donor: string, r: () => number): TextDocumentContentChangeEvent {
  const text = doc.getText();
  const at = Math.floor(r() * (text.length + 1));
  const op = r();
  const phraseStart = Math.floor(r() * Math.max(1, donor.length - 80));
  const phrase = donor.slice(phraseStart, phraseStart + 5 + Math.floor(r() * 70));
  const end = op < 0.35 ? at : Math.min(text.length, at + 1 + Math.floor(r() * 40));
  const insert = op < 0.7 ? phrase : op < 0.85 ? '' : '\n\n';
  return { range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: insert };
}


describe('protocol: editing', function () {
  this.timeout(60000);
  const roots: string[] = [];
  const clients: TestClient[] = [];
  // Every article's full diagnostics, opened or not: the edit sequences compare all of them.
  const ALL = { diagnostics: { unopenedFiles: 'all' } };
  const start = async (files: Record<string, string>, settings: Record<string, unknown> = {}, env: Record<string, string> = {}) => {
    const root = tempFolder(files);
    roots.push(root);
    const c = await TestClient.start({ root, settings: { ...ALL, ...settings }, env });
    clients.push(c);
    await scanned(c);
    return { c, root };
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.stop()));
  });
  after(() => roots.forEach(removeFolder));

  const seeds = seedFiles();
  const name0 = Object.keys(seeds).find((f) => f.startsWith('000'))!;
  const name1 = Object.keys(seeds).find((f) => f.startsWith('001'))!;

  it('an edit stops the full comparison still running for an older text: one at a time, no temporary file left', async () => {
    const cacheDir = tempFolder({});
    roots.push(cacheDir);
    // Every pause of 10 ms starts a full comparison in a worker; a worker takes longer than that to start.
    const env = { NEWSLENS_CACHE_DIR: cacheDir, NEWSLENS_FULL_COMPARE_LIMIT: '0', NEWSLENS_FULL_COMPARE_DELAY_MS: '10' };
    const { c, root } = await start(seeds, { debounceMs: 0 }, env);
    const uri = fileUri(path.join(root, name0));
    const doc = TextDocument.create(uri, 'plaintext', 1, seeds[name0]);
    c.open(uri, doc.getText(), 1);
    await c.diagnostics(uri, () => true, { version: 1 });
    const since = c.notifications.length;
    for (let v = 2; v <= 30; v++) {
      const change = { range: { start: doc.positionAt(0), end: doc.positionAt(0) }, text: 'x' };
      TextDocument.update(doc, [change], v);
      c.change(uri, v, [change]);
      await new Promise((r) => setTimeout(r, 40));
    }
    const logs = () => c.notifications.slice(since).filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    await c.waitFor<{ message: string }>('window/logMessage', (m) => /full comparison of \d+ articles/.test(m.message), 20000, since);
    assert.ok(logs().some((m) => /full comparison stopped: the articles changed meanwhile/.test(m)), `no worker was stopped by a later edit: ${logs().join(" | ")}`);
    assert.ok(!logs().some((m) => /compare worker unavailable|on the main thread/.test(m)), `a stopped worker was taken for a failure: ${logs().join(' | ')}`);
    await c.request('newslens/status', { uri });
    assert.deepEqual(fs.readdirSync(cacheDir).filter((f) => f.includes('.tmp')), [], 'a stopped worker left a temporary file');
  });

  it('waits longer before a full comparison the longer the last one took', async () => {
    // A pause of 50 times the last comparison (default a quarter), so that 3 articles show it.
    const env = { NEWSLENS_FULL_COMPARE_LIMIT: '0', NEWSLENS_PAUSE_PER_COMPARISON: '50' };
    const { c, root } = await start(seeds, { debounceMs: 0 }, env);
    const uri = fileUri(path.join(root, name0));
    const doc = TextDocument.create(uri, 'plaintext', 1, seeds[name0]);
    c.open(uri, doc.getText(), 1);
    await c.diagnostics(uri, () => true, { version: 1 });
    const edit = (v: number) => {
      const change = { range: { start: doc.positionAt(0), end: doc.positionAt(0) }, text: 'x' };
      TextDocument.update(doc, [change], v);
      c.change(uri, v, [change]);
      return Date.now();
    };
    const full = /full comparison of \d+ articles in (\d+) ms/;
    // None has run yet: the first starts after the shortest pause (1.5 s).
    let since = c.notifications.length;
    let at = edit(2);
    const first = await c.waitFor<{ message: string }>('window/logMessage', (m) => full.test(m.message), 15000, since);
    const took = Number(full.exec(first.message)![1]);
    assert.ok(Date.now() - at >= 1500 + took - 50, `the first comparison came ${Date.now() - at} ms after the edit`);
    // The next waits 50 times as long as that one took (at most 10 s).
    const pause = Math.min(10000, Math.max(1500, 50 * took));
    since = c.notifications.length;
    at = edit(3);
    await c.waitFor<{ message: string }>('window/logMessage', (m) => full.test(m.message), pause + 15000, since);
    assert.ok(Date.now() - at >= pause - 50, `the second comparison came ${Date.now() - at} ms after the edit, before the pause of ${pause} ms`);
  });

  it('debounces edits: only the last of a burst of versions is published', async () => {
    const { c, root } = await start(seeds, { debounceMs: 150 });
    const uri = fileUri(path.join(root, name0));
    const doc = TextDocument.create(uri, 'plaintext', 1, seeds[name0]);
    let since = c.notifications.length;
    c.open(uri, doc.getText(), 1);
    await c.diagnostics(uri, () => true, { version: 1, since });
    since = c.notifications.length;
    for (let v = 2; v <= 6; v++) c.change(uri, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Ny ' }]);
    const t = performance.now();
    const last = await c.diagnostics(uri, () => true, { version: 6, since });
    const ms = performance.now() - t;
    const versions = c.publishes.filter((p) => p.uri === uri).map((p) => p.version);
    assert.ok(!versions.some((v) => v !== undefined && v > 1 && v < 6), `superseded versions were published: ${versions}`);
    assert.ok(last.diagnostics.length > 0);
    console.log(`      (last keystroke → diagnostics: ${ms.toFixed(0)} ms with debounceMs 150)`);
  });

  it('a request right after an edit answers from the edited text, without waiting for the debounce', async () => {
    const { c, root } = await start(seeds, { debounceMs: 10000 });
    const uri = fileUri(path.join(root, name0));
    let since = c.notifications.length;
    c.open(uri, seeds[name0], 1);
    await c.diagnostics(uri, () => true, { version: 1, since });
    since = c.notifications.length;
    c.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'I går: ' }]);
    const h = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 30 } });
    assert.ok(h, 'no hover on the shifted entity');
    assert.deepEqual(h.range, { start: { line: 0, character: 27 }, end: { line: 0, character: 39 } });
    // The flushed analysis was published with the new version (long before the 10 s debounce).
    await c.diagnostics(uri, () => true, { version: 2, since, timeoutMs: 5000 });
  });

  for (const [seed, perStory] of [[1, false], [2, false], [3, false], [4, true], [5, true]] as const) {
    it(`random edit sequence #${seed}${perStory ? ' (per-story recompute, then a full comparison once typing pauses)' : ''} ends in the same diagnostics as a from-scratch analysis`, async () => {
      const r = rng(seed);
      // NEWSLENS_FULL_COMPARE_LIMIT=0 makes even three articles take the large-workspace path.
      const env: Record<string, string> = perStory ? { NEWSLENS_FULL_COMPARE_LIMIT: '0', NEWSLENS_FULL_COMPARE_DELAY_MS: '150' } : {};
      const { c, root } = await start(seeds, { debounceMs: 20 }, env);
      const uri = fileUri(path.join(root, name0));
      const doc = TextDocument.create(uri, 'plaintext', 1, seeds[name0]);
      let since = c.notifications.length;
      c.open(uri, doc.getText(), 1);
      await c.diagnostics(uri, () => true, { version: 1, since });
      since = c.notifications.length;
      let version = 1;
      for (let i = 0; i < 25; i++) {
        const edit = randomEdit(doc, seeds[name1], r);
        version++;
        TextDocument.update(doc, [edit], version);
        c.change(uri, version, [edit]);
        // Sometimes let the debounce fire between edits, sometimes not.
        if (r() < 0.3) await c.diagnostics(uri, () => true, { version, since });
      }
      const last = await c.diagnostics(uri, () => true, { version, since });
      if (perStory) {
        // The full comparison scheduled by the last analysis settles the result.
        const after = c.notifications.findIndex((n) => n.params === last) + 1;
        await c.waitFor<{ message: string }>('window/logMessage', (m) => /full comparison of \d+ articles in \d+ ms \(in a worker, read back from its stored result\)/.test(m.message), 15000, after);
      }
      await c.request('newslens/status', { uri }); // a barrier: every publish sent before it has arrived
      const finalText = doc.getText();
      const incremental = Object.keys(seeds).map((name) => c.latest(fileUri(path.join(root, name))));

      // From scratch: a new server on the same folder (fingerprints name the path) with the final text on disk.
      await c.stop();
      fs.writeFileSync(path.join(root, name0), finalText);
      const fresh = await TestClient.start({ root, settings: ALL });
      clients.push(fresh);
      await scanned(fresh);
      await fresh.request('newslens/status', { uri });
      Object.keys(seeds).forEach((name, i) => {
        const scratch = fresh.latest(fileUri(path.join(root, name)));
        assert.deepEqual(incremental[i]?.diagnostics, scratch?.diagnostics, `${name} differs after edit sequence #${seed}`);
      });
    });
  }

  it('bad input gets empty answers: unknown documents, positions past the end, malformed params', async () => {
    const { c, root } = await start(seeds);
    const uri = fileUri(path.join(root, name0));
    const unknown = fileUri(path.join(root, 'nope.txt'));
    const at = (line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await c.request('textDocument/references', { textDocument: { uri: unknown }, position: { line: 0, character: 0 }, context: { includeDeclaration: true } }), []);
    assert.deepEqual(await c.request('textDocument/semanticTokens/full', { textDocument: { uri: unknown } }), { data: [] });
    assert.equal(await c.request('newslens/story', { uri: unknown }), null);
    assert.deepEqual(await c.request('newslens/status', { uri: unknown }), { story: null, sources: 0, conflicts: 0 });
    assert.equal(await c.request('textDocument/hover', at(9999, 0)), null);
    assert.equal(await c.request('textDocument/hover', at(-1, 3)), null);
    assert.deepEqual(await c.request('textDocument/definition', at(0, -5)), []);
    assert.equal(await c.request('textDocument/hover', { textDocument: {} }), null);
    assert.equal(await c.request('newslens/story', null), null);
    assert.deepEqual(await c.request('newslens/dismiss', { nothing: true }), { ok: false, message: 'no fingerprint given' });
    // An edit for a document that was never opened is ignored; the server still answers correctly.
    c.change(unknown, 2, [{ text: 'x' }]);
    const h = await c.request<Hover>('textDocument/hover', at(0, 22));
    assert.match((h.contents as { value: string }).value, /Council of Europe/);
  });

  it('an oversized open buffer gets one information diagnostic instead of an analysis', async () => {
    const { c, root } = await start(seeds, { maxFileSize: 4096 });
    const uri = fileUri(path.join(root, 'pasted.txt'));
    const since = c.notifications.length;
    c.open(uri, seeds[name0].repeat(3), 1);
    const p = await c.diagnostics(uri, () => true, { version: 1, since });
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.severity]), [['too-large', 3]]);
  });

  it('an untitled buffer is analysed from the buffer and joins the story', async () => {
    const { c } = await start(seeds);
    const uri = 'untitled:Untitled-1';
    const since = c.notifications.length;
    c.open(uri, seeds[name1], 1);
    const p = await c.diagnostics(uri, () => true, { version: 1, since });
    assert.ok(p.diagnostics.some((d) => String(d.code).startsWith('corroboration/') || String(d.code).startsWith('conflict/')), JSON.stringify(p.diagnostics.map((d) => d.code)));
  });
});

