// The workspace side of the server over real JSON-RPC: which files are articles, file watching,
// closing and deleting, oversized and binary files, one key per file whatever the URI spelling,
// settings changes, dismissals written to .newslens/dismissed.json, progress.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Hover, Location, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { StoryModel } from '../../server/src/protocol';
import { fileUri, sameFile, TestClient } from './lspClient';
import { ARTICLE, removeFolder, seedFiles, tempFolder } from './tempWorkspace';

const scanned = (c: TestClient, since = 0) => c.waitFor<{ message: string }>('window/logMessage', (m) => /scanned \d+ article/.test(m.message), 15000, since);
const publishedFiles = (c: TestClient) => new Set(c.publishes.map((p) => decodeURIComponent(p.uri)));
const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code));
/** Unopened articles publish every finding (the default shows them warnings only). */
const ALL = { diagnostics: { unopenedFiles: 'all' } };
const uriPath = (uri: string) => decodeURIComponent(new URL(uri).pathname);

describe('protocol: workspace', function () {
  this.timeout(30000);
  const roots: string[] = [];
  const clients: TestClient[] = [];
  const start = async (root: string, options: Parameters<typeof TestClient.start>[0] = {}) => {
    const c = await TestClient.start({ root, ...options });
    clients.push(c);
    return c;
  };
  const folder = (files: Record<string, string | Buffer>) => {
    const r = tempFolder(files);
    roots.push(r);
    return r;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.stop()));
  });
  after(() => roots.forEach(removeFolder));

  it('scans .txt/.news, .md only where a .newslens.json opts in, never README/CHANGELOG, node_modules or dot-folders', async () => {
    const root = folder({
      'a.txt': ARTICLE,
      'story.news': ARTICLE,
      'README.md': ARTICLE,
      'plain.md': ARTICLE,
      'CHANGELOG.txt': ARTICLE,
      'node_modules/pkg/x.txt': ARTICLE,
      '.hidden/y.txt': ARTICLE,
      'notes/.newslens.json': '{}',
      'notes/c.md': ARTICLE,
      'notes/README.md': ARTICLE,
    });
    const c = await start(root, { settings: ALL });
    await scanned(c);
    const got = publishedFiles(c);
    const expected = ['a.txt', 'story.news', 'notes/c.md'].map((f) => decodeURIComponent(fileUri(path.join(root, f))));
    assert.deepEqual([...got].sort(), expected.sort());
    // An opened README is not annotated either: the server answers the next open, and never the README.
    const readme = fileUri(path.join(root, 'README.md'));
    const a = fileUri(path.join(root, 'a.txt'));
    const since = c.notifications.length;
    c.open(readme, ARTICLE, 1, 'markdown');
    c.open(a, ARTICLE, 1);
    await c.diagnostics(a, () => true, { version: 1, since });
    assert.ok(!c.publishes.some((p) => sameFile(readme)(p.uri)), 'README.md was published');
  });

  it('the include setting opts Markdown in; exclude globs keep files out', async () => {
    const root = folder({ 'a.txt': ARTICLE, 'drafts/b.txt': ARTICLE, 'articles/c.md': ARTICLE });
    const c = await start(root, { settings: { ...ALL, include: ['**/*.txt', 'articles/**/*.md'], exclude: ['drafts/**'] } });
    await scanned(c);
    const expected = ['a.txt', 'articles/c.md'].map((f) => decodeURIComponent(fileUri(path.join(root, f))));
    assert.deepEqual([...publishedFiles(c)].sort(), expected.sort());
  });

  it('"Europarådet.txt" is held once whatever the client\'s URI spelling', async () => {
    const root = folder({ 'Europarådet.txt': ARTICLE, 'other.txt': ARTICLE });
    const c = await start(root);
    await scanned(c);
    const disk = fileUri(path.join(root, 'Europarådet.txt')); // Node: upper-case hex
    assert.match(disk, /Europar%C3%A5det/);
    const lower = disk.replace(/%C3%A5/, '%c3%a5'); // Neovim's spelling
    const since = c.notifications.length;
    c.open(lower, ARTICLE, 1);
    const p = await c.diagnostics(lower, () => true, { version: 1, since });
    assert.equal(p.uri, lower, 'an open document is published under the spelling the client used');
    const story = await c.request<StoryModel>('newslens/story', { uri: disk });
    assert.equal(story.sources.length, 2, `the file is held twice: ${JSON.stringify(story.sources.map((s) => s.uri))}`);
    // Requests under either spelling reach the same document.
    const symbolsA = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: lower } });
    const symbolsB = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: disk } });
    assert.deepEqual(symbolsA, symbolsB);
  });

  it('without client file watching, the server watches: a new file is analysed, a deleted one cleared', async () => {
    const root = folder({ 'a.txt': ARTICLE });
    const c = await start(root, { watchFiles: false, settings: ALL });
    await scanned(c);
    assert.equal(c.registrations.length, 0);
    const b = path.join(root, 'b.txt');
    const since = c.notifications.length;
    fs.writeFileSync(b, ARTICLE);
    await c.diagnostics(fileUri(b), () => true, { since });
    const since2 = c.notifications.length;
    fs.rmSync(b);
    const cleared = await c.diagnostics(fileUri(b), () => true, { since: since2 });
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('with client file watching, it registers watchers and follows workspace/didChangeWatchedFiles', async () => {
    const root = folder({ 'a.txt': ARTICLE });
    const c = await start(root, { watchFiles: true });
    await scanned(c);
    const reg = c.registrations as { method: string; registerOptions: { watchers: { globPattern: string }[] } }[];
    assert.ok(reg.some((r) => r.method === 'workspace/didChangeWatchedFiles' && r.registerOptions.watchers.some((w) => w.globPattern.includes('txt'))));
    const b = path.join(root, 'short.txt');
    fs.writeFileSync(b, 'Too short.');
    const since = c.notifications.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(b), type: 1 }] });
    const p = await c.diagnostics(fileUri(b), () => true, { since });
    assert.deepEqual(codes(p.diagnostics), ['too-short']);
    fs.rmSync(b);
    const since2 = c.notifications.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(b), type: 3 }] });
    assert.deepEqual((await c.diagnostics(fileUri(b), () => true, { since: since2 })).diagnostics, []);
    // A deleted folder arrives as one event for the folder (the Delete watcher on **/*).
    assert.ok(reg.some((r) => r.registerOptions.watchers.some((w) => w.globPattern === '**/*')));
    const sub = path.join(root, 'sub');
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, 'x.txt'), 'Too short.');
    let since3 = c.notifications.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(sub, 'x.txt')), type: 1 }] });
    await c.diagnostics(fileUri(path.join(sub, 'x.txt')), (p) => p.diagnostics.length === 1, { since: since3 });
    fs.rmSync(sub, { recursive: true });
    since3 = c.notifications.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(sub), type: 3 }] });
    assert.deepEqual((await c.diagnostics(fileUri(path.join(sub, 'x.txt')), () => true, { since: since3 })).diagnostics, []);
  });

  it('closing a document falls back to its on-disk analysis (diagnostics are not cleared)', async () => {
    const root = folder({ 'a.txt': ARTICLE });
    const c = await start(root, { watchFiles: true });
    await scanned(c);
    const a = fileUri(path.join(root, 'a.txt'));
    let since = c.notifications.length;
    c.open(a, 'Too short.', 1); // the unsaved buffer is what is analysed
    assert.deepEqual(codes((await c.diagnostics(a, () => true, { version: 1, since })).diagnostics), ['too-short']);
    since = c.notifications.length;
    c.close(a);
    const after = await c.diagnostics(a, () => true, { since });
    assert.equal(after.version, undefined);
    assert.deepEqual(codes(after.diagnostics), [], 'the on-disk article is long enough');
    // The file as it is when the buffer closes, even before a watcher tells of its change (the server keeps no copy of it).
    since = c.notifications.length;
    c.open(a, ARTICLE, 2);
    await c.diagnostics(a, () => true, { version: 2, since });
    fs.writeFileSync(path.join(root, 'a.txt'), 'Too short.');
    since = c.notifications.length;
    c.close(a);
    assert.deepEqual(codes((await c.diagnostics(a, () => true, { since })).diagnostics), ['too-short']);
  });

  it('an oversized file and a binary file get one information diagnostic each; the server keeps answering', async () => {
    const root = folder({ 'a.txt': ARTICLE, 'big.txt': ARTICLE.repeat(40), 'bin.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x14, 0, 0]) });
    const c = await start(root, { settings: { maxFileSize: 2000 } });
    await scanned(c);
    const big = c.latest(fileUri(path.join(root, 'big.txt')))!;
    const bin = c.latest(fileUri(path.join(root, 'bin.txt')))!;
    assert.deepEqual(big.diagnostics.map((d) => [d.code, d.severity]), [['too-large', 3]]);
    assert.deepEqual(bin.diagnostics.map((d) => [d.code, d.severity]), [['binary', 3]]);
    const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: fileUri(path.join(root, 'big.txt')) }, position: { line: 0, character: 3 } });
    assert.equal(h, null);
  });

  it('reopening takes unchanged articles from the analysis cache, with the same diagnostics', async () => {
    const seeds = seedFiles();
    const root = folder(seeds);
    const cacheDir = folder({});
    const env = { NEWSLENS_CACHE_DIR: cacheDir };
    const first = await start(root, { env });
    await first.waitFor<{ message: string }>('window/logMessage', (m) => /analysis cache: 3 articles saved/.test(m.message), 15000, 0);
    const names = Object.keys(seeds).sort();
    const before = names.map((n) => first.latest(fileUri(path.join(root, n)))?.diagnostics);
    await first.stop();
    const second = await start(root, { env });
    const log = await scanned(second);
    assert.match(log.message, /\(3 from the analysis cache\)/);
    await second.request('newslens/status', { uri: fileUri(path.join(root, names[0])) });
    assert.deepEqual(names.map((n) => second.latest(fileUri(path.join(root, n)))?.diagnostics), before);
    await second.stop();
    // A changed article is read again; the others still come from the cache.
    fs.appendFileSync(path.join(root, names[2]), '\nThe talks continue on Friday.\n');
    const third = await start(root, { env });
    assert.match((await scanned(third)).message, /\(2 from the analysis cache\)/);
  });

  it('a reopen served from the stored comparison answers exactly as a cold comparison, and re-reads an article edited on disk', async () => {
    const seeds = seedFiles();
    const root = folder(seeds);
    const cacheDir = folder({});
    // The large-workspace path (compare worker, stored comparison) even for three articles.
    const env = { NEWSLENS_CACHE_DIR: cacheDir, NEWSLENS_FULL_COMPARE_LIMIT: '0' };
    const names = Object.keys(seeds).sort();
    const uris = names.map((n) => fileUri(path.join(root, n)));
    /** Every answer a client can get about the workspace, from symbols' positions. */
    const answers = async (c: TestClient) => {
      const out: unknown[] = [];
      for (const uri of uris) {
        out.push(c.latest(uri)?.diagnostics ?? []);
        const symbols = await c.request<{ selectionRange?: { start: unknown }; range?: { start: unknown }; children?: unknown[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
        out.push(symbols);
        const flat = (xs: typeof symbols): typeof symbols => xs.flatMap((x) => [x, ...flat((x.children ?? []) as typeof symbols)]);
        for (const sym of flat(symbols)) {
          const position = (sym.selectionRange ?? sym.range)!.start;
          const at = { textDocument: { uri }, position };
          out.push(await c.request('textDocument/hover', at));
          out.push(await c.request('textDocument/definition', at));
          out.push(await c.request('textDocument/references', { ...at, context: { includeDeclaration: true } }));
        }
        out.push(await c.request('newslens/story', { uri }));
        out.push(await c.request('textDocument/codeLens', { textDocument: { uri } }));
      }
      out.push(await c.request('workspace/symbol', { query: '' }));
      return out;
    };
    // Default settings: the reopen publishes from the stored head and reads the rest after.
    // Edits stay laid over the full comparison for the whole test (no full comparison after a pause).
    const overlaid = { NEWSLENS_FULL_COMPARE_DELAY_MS: '600000' };
    // The first index: read, compared and stored by a worker, then opened from what it stored.
    const first = await start(root, { env: { ...env, ...overlaid } });
    assert.match((await scanned(first)).message, /read and compare in a worker \(3 analyses saved, comparison stored\).*compared from the corpus cache|compared from the corpus cache.*read and compare in a worker \(3 analyses saved, comparison stored\)/);
    // Reopened the way Windows holds cache files (read into memory, nothing kept open), the first index the POSIX way.
    const reopened = await start(root, { env: { ...env, ...overlaid, NEWSLENS_HOLD_FILES_IN_MEMORY: '1' } });
    assert.match((await scanned(reopened)).message, /compared from the corpus cache/);
    const cold = await start(root, { env: { NEWSLENS_CACHE_DIR: 'off', NEWSLENS_FULL_COMPARE_LIMIT: '0', ...overlaid } });
    await scanned(cold);
    // An article opened right away shows every finding once the rest is read.
    const text1 = fs.readFileSync(path.join(root, names[1]), 'utf8');
    for (const c of [first, reopened, cold]) c.open(uris[1], text1, 1);
    for (const c of [first, reopened, cold]) await c.diagnostics(uris[1], () => true, { version: 1 });
    const expected = await answers(cold);
    assert.ok(JSON.stringify(expected).length > 10000, 'the cold server gave next to no answers');
    assert.deepEqual(await answers(first), expected, 'the first index answers as a cold comparison');
    await first.stop();
    assert.deepEqual(await answers(reopened), expected);
    // An edit lays its story's comparison over the stored one (read story by story from the file)
    // exactly as over a comparison held in memory: nothing the file says of the edited article shows.
    const edited = text1.replace(/\b(\d+)\b/, (n) => String(Number(n) + 7)) + '\nThe ministry said on Friday that 40 diplomats had left the country.\n';
    for (const c of [reopened, cold]) c.change(uris[1], 2, [{ text: edited }]);
    await cold.diagnostics(uris[1], () => true, { version: 2 });
    await reopened.diagnostics(uris[1], () => true, { version: 2 });
    const afterEdit = await answers(cold);
    assert.notDeepEqual(afterEdit, expected, 'the edit changed no answer');
    assert.deepEqual(await answers(reopened), afterEdit);
    await reopened.stop();
    await cold.stop();
    // Edited while no editor was open: read again, and its story compared again.
    fs.appendFileSync(path.join(root, names[1]), '\nThe ministry said on Friday that 40 diplomats had left the country.\n');
    const again = await start(root, { env, settings: ALL });
    assert.doesNotMatch((await scanned(again)).message, /compared from the corpus cache/);
    const cold2 = await start(root, { env: { NEWSLENS_CACHE_DIR: 'off', NEWSLENS_FULL_COMPARE_LIMIT: '0' }, settings: ALL });
    await scanned(cold2);
    assert.deepEqual(await answers(again), await answers(cold2));
  });

  it('a languages change on a large workspace is read again by the index worker, and answers as a cold start with those languages', async () => {
    const seeds = seedFiles();
    const root = folder(seeds);
    // The large-workspace path even for three articles.
    const env = { NEWSLENS_CACHE_DIR: folder({}), NEWSLENS_FULL_COMPARE_LIMIT: '0' };
    const uris = Object.keys(seeds).sort().map((n) => fileUri(path.join(root, n)));
    const answers = async (c: TestClient) => {
      const out: unknown[] = [];
      for (const uri of uris) {
        out.push(c.latest(uri)?.diagnostics ?? [], await c.request('newslens/story', { uri }));
      }
      return out;
    };
    const c = await start(root, { env, settings: ALL });
    await scanned(c);
    const before = await answers(c);
    const since = c.notifications.length;
    const english = { ...ALL, languages: ['en'] };
    await c.changeSettings(english);
    // Read again off the main thread, as a first index is (it froze the server when read in place).
    const reread = (await scanned(c, since)).message;
    assert.match(reread, /read and compare in a worker \(3 analyses saved, comparison stored\)/);
    if (process.platform === 'linux') {
      // The worker's own CPU time (threadCpu.ts) is told, and a single thread spends no more than the phase's wall time.
      const [, wall, cpu] = /read and compare in a worker \([^)]*\) (\d+) ms \(worker CPU (\d+) ms\)/.exec(reread) ?? [];
      assert.ok(wall !== undefined && Number(cpu) > 0 && Number(cpu) <= Number(wall) + 10, `worker CPU ${cpu} ms in a phase of ${wall} ms: ${reread}`);
    }
    const cold = await start(root, { env: { NEWSLENS_CACHE_DIR: 'off', NEWSLENS_FULL_COMPARE_LIMIT: '0' }, settings: english });
    await scanned(cold);
    const expected = await answers(cold);
    assert.notDeepEqual(expected, before, 'reading the Danish seed as English changes no answer');
    assert.deepEqual(await answers(c), expected);
  });

  it('on a stored comparison read story by story, dismissing a corroboration finds it in its story and records its code', async () => {
    const root = folder(seedFiles());
    const cacheDir = folder({});
    const c = await start(root, { env: { NEWSLENS_CACHE_DIR: cacheDir, NEWSLENS_FULL_COMPARE_LIMIT: '0' }, settings: ALL });
    assert.match((await scanned(c)).message, /read and compare in a worker/);
    const uris = fs.readdirSync(root).sort().map((n) => fileUri(path.join(root, n)));
    await c.request('newslens/status', { uri: uris[0] });
    const corroboration = uris.flatMap((u) => c.latest(u)?.diagnostics ?? []).find((d) => String(d.code).startsWith('corroboration'));
    assert.ok(corroboration, 'no corroboration among the diagnostics');
    const fingerprint = (corroboration.data as { fingerprint: string }).fingerprint;
    assert.ok((await c.request<{ ok: boolean }>('newslens/dismiss', { fingerprint })).ok);
    const stored = JSON.parse(fs.readFileSync(path.join(root, '.newslens', 'dismissed.json'), 'utf8')) as { dismissed: { fingerprint: string; code?: string }[] };
    assert.deepEqual(stored.dismissed.map((d) => [d.fingerprint, d.code]), [[fingerprint, corroboration.code]]);
  });

  it("typing while a scan compares stops and restarts the comparison in its worker; the main thread never takes it over", async () => {
    const seeds = seedFiles();
    const root = folder(seeds);
    const names = Object.keys(seeds).sort();
    const cacheDir = folder({});
    // Three articles take the large-workspace path; a pause of 100 ms lets a stopped comparison start again.
    const env = { NEWSLENS_CACHE_DIR: cacheDir, NEWSLENS_FULL_COMPARE_LIMIT: '2', NEWSLENS_FULL_COMPARE_DELAY_MS: '100' };
    const first = await start(root, { env });
    await first.waitFor<{ message: string }>('window/logMessage', (m) => /analysis cache: 3 articles saved/.test(m.message), 15000, 0);
    await first.stop();
    // One article changed on disk: the stored comparison no longer fits, so the scan compares in a worker.
    fs.appendFileSync(path.join(root, names[2]), '\nThe ministry said on Friday that 40 diplomats had left the country.\n');
    const c = await start(root, { env, settings: { debounceMs: 0 } });
    const uri = fileUri(path.join(root, names[0]));
    let text = seeds[names[0]];
    c.open(uri, text, 1);
    for (let v = 2; v <= 40; v++) {
      text = 'x' + text;
      c.change(uri, v, [{ text }]);
      await new Promise((r) => setTimeout(r, 50));
    }
    const scan = await scanned(c);
    assert.match(scan.message, /compared in a worker/);
    assert.doesNotMatch(scan.message, /on the main thread/);
  });

  it('a cache folder that cannot be made (a path under a file) still gives a full index with the same diagnostics', async () => {
    const root = folder(seedFiles());
    const uris = fs.readdirSync(root).sort().map((n) => fileUri(path.join(root, n)));
    const blocked = path.join(folder({ 'file.txt': 'not a folder' }), 'file.txt', 'cache');
    const served = await start(root, { env: { NEWSLENS_CACHE_DIR: blocked, NEWSLENS_FULL_COMPARE_LIMIT: '0', NEWSLENS_FULL_COMPARE_DELAY_MS: '50' }, settings: ALL });
    const cold = await start(root, { env: { NEWSLENS_CACHE_DIR: 'off', NEWSLENS_FULL_COMPARE_LIMIT: '0' }, settings: ALL });
    for (const c of [served, cold]) {
      await scanned(c);
      await c.request('newslens/status', { uri: uris[0] });
    }
    const diagnostics = (c: TestClient) => uris.map((u) => c.latest(u)?.diagnostics ?? []);
    assert.ok(diagnostics(cold).flat().length > 0);
    assert.deepEqual(diagnostics(served), diagnostics(cold));
    // After an edit, the full comparison cannot be stored either: it comes back from the worker by message.
    const since = served.notifications.length;
    const text = fs.readFileSync(uriPath(uris[0]), 'utf8');
    served.open(uris[0], text, 1);
    served.change(uris[0], 2, [{ text: text + '\nThe ministry said on Friday that 40 diplomats had left the country.\n' }]);
    const full = await served.waitFor<{ message: string }>('window/logMessage', (m) => /full comparison of 3 articles/.test(m.message), 15000, since);
    assert.match(full.message, /\(in a worker\)/);
  });

  describe('articles that are not open (newslens.diagnostics.unopenedFiles)', () => {
    const severities = (p: PublishDiagnosticsParams | undefined) => (p?.diagnostics ?? []).map((d) => d.severity);

    it('by default an unopened article shows only warnings; open it shows everything; closed it falls back', async () => {
      const root = folder(seedFiles());
      const names = fs.readdirSync(root).sort();
      const uris = names.map((n) => fileUri(path.join(root, n)));
      const c = await start(root);
      await scanned(c);
      await c.request('newslens/status', { uri: uris[0] }); // a barrier: every publish of the scan has arrived
      assert.ok(c.publishes.length > 0, 'no article was published');
      assert.ok(c.publishes.every((p) => p.diagnostics.length > 0), 'an empty list was published for an article that never had diagnostics');
      assert.ok(c.publishes.every((p) => severities(p).every((s) => s! <= 2)), 'an unopened article shows information or hints');
      assert.ok(codes(c.latest(uris[0])!.diagnostics).some((x) => x.startsWith('conflict/')));
      // Opened: every finding, with the version.
      let since = c.notifications.length;
      c.open(uris[1], fs.readFileSync(path.join(root, names[1]), 'utf8'), 1);
      const opened = await c.diagnostics(uris[1], () => true, { version: 1, since });
      assert.ok(severities(opened).some((s) => s! > 2), 'the open article lacks its information and hints');
      // Closed: back to the warnings of its on-disk analysis (an empty list when it has none).
      since = c.notifications.length;
      c.close(uris[1]);
      const closed = await c.diagnostics(uris[1], () => true, { since });
      assert.equal(closed.version, undefined);
      assert.ok(severities(closed).every((s) => s! <= 2));
      assert.deepEqual(closed.diagnostics, opened.diagnostics.filter((d) => d.severity! <= 2));
    });

    it('"all" publishes every finding of unopened articles; "none" clears them; nothing empty is sent to a file that never had any', async () => {
      // Two copies of one article corroborate each other: hints only, no warning.
      const root = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE });
      const [a, b] = ['a.txt', 'b.txt'].map((f) => fileUri(path.join(root, f)));
      const c = await start(root);
      await scanned(c);
      await c.request('newslens/status', { uri: a });
      assert.deepEqual(c.publishes, [], 'hints of unopened articles were published');
      let since = c.notifications.length;
      await c.changeSettings(ALL);
      const all = await Promise.all([a, b].map((u) => c.diagnostics(u, (p) => p.diagnostics.length > 0, { since })));
      assert.ok(all.every((p) => severities(p).some((s) => s! > 2)));
      since = c.notifications.length;
      await c.changeSettings({ diagnostics: { unopenedFiles: 'none' } });
      for (const u of [a, b]) assert.deepEqual((await c.diagnostics(u, () => true, { since })).diagnostics, []);
      // An open article still shows everything under "none".
      since = c.notifications.length;
      c.open(a, ARTICLE, 1);
      assert.ok((await c.diagnostics(a, () => true, { version: 1, since })).diagnostics.length > 0);
    });
  });

  describe('on a copy of the seed story', () => {
    let root: string;
    let c: TestClient;
    let u0: string;
    beforeEach(async () => {
      root = folder(seedFiles());
      u0 = fileUri(path.join(root, fs.readdirSync(root).find((f) => f.startsWith('000'))!));
      c = await start(root, { watchFiles: true, workDoneProgress: true, settings: ALL });
      await scanned(c);
    });

    it('reports scan progress with window/workDoneProgress', async () => {
      const progress = c.notifications.filter((n) => n.method === '$/progress').map((n) => (n.params as { value: { kind: string } }).value.kind);
      assert.equal(progress[0], 'begin');
      assert.equal(progress[progress.length - 1], 'end');
    });

    it('a settings change re-publishes: "off" hides a kind, another severity is applied', async () => {
      const before = c.latest(u0)!.diagnostics;
      assert.ok(codes(before).some((x) => x.startsWith('single-source/')));
      const since = c.notifications.length;
      await c.changeSettings({ ...ALL, severity: { singleSource: 'off', conflict: 'error' } });
      const after = await c.diagnostics(u0, (p) => p.diagnostics.length > 0, { since });
      assert.ok(!codes(after.diagnostics).some((x) => x.startsWith('single-source/')));
      const conflicts = after.diagnostics.filter((d) => String(d.code).startsWith('conflict/'));
      assert.ok(conflicts.length > 0 && conflicts.every((d) => d.severity === 1));
    });

    it('dismissing a finding writes .newslens/dismissed.json atomically and hides it; restoring brings it back', async () => {
      const conflict = c.latest(u0)!.diagnostics.find((d) => String(d.code).startsWith('conflict/'))!;
      const fingerprint = (conflict.data as { fingerprint: string }).fingerprint;
      let since = c.notifications.length;
      const result = await c.request<{ ok: boolean; file: string }>('newslens/dismiss', { fingerprint });
      assert.ok(result.ok);
      const file = path.join(root, '.newslens', 'dismissed.json');
      const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.deepEqual(stored.dismissed.map((d: { fingerprint: string }) => d.fingerprint), [fingerprint]);
      assert.deepEqual(fs.readdirSync(path.dirname(file)), ['dismissed.json'], 'a temp file was left behind');
      const hidden = await c.diagnostics(u0, () => true, { since });
      assert.ok(!hidden.diagnostics.some((d) => (d.data as { fingerprint?: string })?.fingerprint === fingerprint));
      // Restore through workspace/executeCommand, as an editor without the VS Code client does.
      since = c.notifications.length;
      await c.request('workspace/executeCommand', { command: 'newslens.server.restoreFinding', arguments: [fingerprint] });
      const back = await c.diagnostics(u0, (p) => p.diagnostics.some((d) => (d.data as { fingerprint?: string })?.fingerprint === fingerprint), { since });
      assert.ok(back);
      assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')).dismissed, []);
      // And the public command name, which code actions carry, works over executeCommand too.
      since = c.notifications.length;
      await c.request('workspace/executeCommand', { command: 'newslens.dismissFinding', arguments: [fingerprint] });
      await c.diagnostics(u0, (p) => !p.diagnostics.some((d) => (d.data as { fingerprint?: string })?.fingerprint === fingerprint), { since });
    });

    it('deleting an unopened article clears its diagnostics and drops it from the story', async () => {
      const f1 = path.join(root, fs.readdirSync(root).find((f) => f.startsWith('001'))!);
      const u1 = fileUri(f1);
      assert.ok(c.latest(u1)!.diagnostics.length > 0);
      fs.rmSync(f1);
      const since = c.notifications.length;
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: u1, type: 3 }] });
      const cleared = await c.diagnostics(u1, () => true, { since });
      assert.deepEqual(cleared.diagnostics, []);
      // 000's diagnostics no longer point into the deleted file.
      const latest0 = c.latest(u0)!;
      assert.ok(!latest0.diagnostics.some((d) => (d.relatedInformation ?? []).some((r) => r.location.uri === u1)));
      const refs = await c.request<Location[]>('textDocument/references', { textDocument: { uri: u0 }, position: { line: 0, character: 22 }, context: { includeDeclaration: true } });
      assert.ok(!refs.some((r) => r.uri === u1));
    });

    it('newslens/reanalyze rescans from disk', async () => {
      const f = path.join(root, 'late.txt');
      fs.writeFileSync(f, 'Too short.'); // not announced by the (test) client's watcher
      const since = c.notifications.length;
      await c.request('newslens/reanalyze', {});
      const p = await c.diagnostics(fileUri(f), () => true, { since });
      assert.deepEqual(codes(p.diagnostics), ['too-short']);
    });
  });
});

export type { PublishDiagnosticsParams };
