// Protocol abuse against the real server over stdio (node dist/server.js --stdio): unknown
// documents, positions past the end, malformed params, garbage on the wire, out-of-order versions,
// 1,000 edits without pauses, cancellation storms, hostile document text. After each, the server
// must still answer: a fresh document gets its versioned diagnostics and the seed hover still works.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol/node';
import { LspClient, fileUri, REPO_ROOT } from '../../bench/lsp-client';
import { checkRange, lineStarts } from '../fuzz/invariants';

const SEED_DA = join(REPO_ROOT, 'seeds', '000_64ff192c88a170f9.txt');
const SEED_FILES = ['000_64ff192c88a170f9.txt', '001_0293e7ee8b22062a.txt', '002_a16596a8cb1c5688.txt'];
/** Any single answer slower than this is a hang, not a slow machine. */
const ANSWER_MS = 10000;

/** Resolves with the result or the ResponseError; rejects only when no answer comes in time. */
async function answer<T>(p: Promise<T>, what: string): Promise<T | ResponseError<unknown>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ANSWER_MS} ms`)), ANSWER_MS);
  });
  try {
    return await Promise.race([p.catch((e: unknown) => (e instanceof ResponseError ? e : Promise.reject(e))), timeout]);
  } finally {
    clearTimeout(timer);
  }
}


/** Unopened articles publish every finding (the default shows warnings only): these scans wait for each article's diagnostics. */
const EVERY_ARTICLE = { newslens: { diagnostics: { unopenedFiles: 'all' } } };
describe('robustness: LSP protocol abuse over stdio', function () {
  this.timeout(120000);
  let client: LspClient;
  let dir: string;
  let seedUri: string;
  let seedText: string;
  let scratch = 0;

  /** The server still works: a new document gets diagnostics for its version, and the seed hover answers. */
  async function assertAlive(): Promise<void> {
    assert.equal(client.exited, undefined, `server exited: ${JSON.stringify(client.exited)}\n${client.stderr.slice(-800)}`);
    const uri = fileUri(join(dir, `alive-${++scratch}.txt`));
    const sent = performance.now();
    await client.open(uri, readFileSync(join(REPO_ROOT, 'seeds', SEED_FILES[1]), 'utf8'), 7);
    const d = await client.waitForDiagnostics(uri, ANSWER_MS, 7, sent);
    assert.equal(d.version, 7);
    await client.close(uri);
    const hover = await answer(client.request('textDocument/hover', { textDocument: { uri: seedUri }, position: europaradet() }), 'the seed hover');
    assert.ok(hover && !(hover instanceof ResponseError), `the seed hover stopped answering: ${hover}`);
  }

  function europaradet(): { line: number; character: number } {
    const offset = seedText.indexOf('Europarådets') + 3;
    const starts = lineStarts(seedText);
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return { line, character: offset - starts[line] };
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newslens-robust-lsp-'));
    mkdirSync(join(dir, 'story'));
    for (const f of SEED_FILES) copyFileSync(join(REPO_ROOT, 'seeds', f), join(dir, 'story', f));
    client = LspClient.spawn();
    await client.initialize(dir);
    seedUri = fileUri(join(dir, 'story', SEED_FILES[0]));
    seedText = readFileSync(SEED_DA, 'utf8');
    const sent = performance.now();
    await client.open(seedUri, seedText, 1);
    await client.waitForDiagnostics(seedUri, 30000, 1, sent);
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a hover on an entity in the seed (the baseline the other tests return to)', async () => {
    const hover = await answer(client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: seedUri }, position: europaradet() }), 'hover');
    assert.ok(hover && !(hover instanceof ResponseError) && hover.contents, 'no hover card on Europarådets');
  });

  it('requests for a document it has never seen: empty answers or errors, no hang', async () => {
    const uri = 'file:///nowhere/never-opened.txt';
    const position = { line: 0, character: 0 };
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position }],
      ['textDocument/definition', { textDocument: { uri }, position }],
      ['textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }],
      ['textDocument/documentHighlight', { textDocument: { uri }, position }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/semanticTokens/full', { textDocument: { uri } }],
      ['textDocument/codeLens', { textDocument: { uri } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }],
      ['newslens/story', { uri }],
      ['newslens/status', { uri }],
    ] as const) {
      const r = await answer(client.request<unknown>(method, params), method);
      const empty = r === null || r instanceof ResponseError || (Array.isArray(r) && r.length === 0) || (typeof r === 'object' && r !== null && 'data' in r && (r as { data: unknown[] }).data.length === 0);
      assert.ok(empty || method.startsWith('newslens/'), `${method} invented an answer for an unknown document: ${JSON.stringify(r).slice(0, 200)}`);
    }
    await assertAlive();
  });

  it('positions past the end, negative or fractional: answered, and any range stays inside the text', async () => {
    const starts = lineStarts(seedText);
    const violations: string[] = [];
    for (const position of [
      { line: 1e6, character: 0 },
      { line: 0, character: 1e6 },
      { line: starts.length - 1, character: 1e4 },
      { line: starts.length, character: 0 },
      { line: -1, character: -5 },
      { line: 1.5, character: 2.5 },
      { line: 2 ** 31, character: 2 ** 31 },
    ]) {
      for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight']) {
        const r = await answer(client.request<unknown>(method, { textDocument: { uri: seedUri }, position, context: { includeDeclaration: true } }), `${method} at ${JSON.stringify(position)}`);
        if (r instanceof ResponseError || r === null) continue;
        const ranges = (Array.isArray(r) ? r : [r]).flatMap((x: { range?: unknown; uri?: string }) => (x.range && (!x.uri || x.uri === seedUri) ? [x.range] : []));
        for (const range of ranges) checkRange(seedText, starts, range as Parameters<typeof checkRange>[2], `${method} at ${JSON.stringify(position)}`, violations);
      }
    }
    assert.deepEqual(violations, []);
    await assertAlive();
  });

  it('malformed params: errors or empty answers, never a dead server', async () => {
    const bad: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: null, position: null }],
      ['textDocument/hover', { textDocument: { uri: 42 }, position: 'start' }],
      ['textDocument/hover', { textDocument: { uri: seedUri }, position: { line: '3', character: {} } }],
      ['textDocument/definition', []],
      ['textDocument/references', { textDocument: { uri: seedUri }, position: { line: 0, character: 0 } }],
      ['textDocument/codeAction', { textDocument: { uri: seedUri }, range: null, context: null }],
      ['textDocument/semanticTokens/full', { textDocument: {} }],
      ['workspace/symbol', { query: 17 }],
      ['workspace/executeCommand', { command: 'newslens.server.dismissFinding', arguments: [{ fingerprint: { $ne: 1 } }] }],
      ['workspace/executeCommand', { command: 'no.such.command' }],
      ['newslens/story', { uri: null }],
      ['newslens/dismiss', { fingerprint: 123 }],
      ['newslens/reanalyze', 'now'],
    ];
    for (const [method, params] of bad) await answer(client.request(method, params), `${method} ${JSON.stringify(params)}`);
    // Malformed notifications have no answer; the server must simply survive them.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(join(dir, 'no-text.txt')) } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(join(dir, 'num.txt')), languageId: 'plaintext', version: 1, text: 12345 } });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: seedUri, version: 2 }, contentChanges: 'everything' });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: fileUri(join(dir, 'never-opened.txt')), version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fileUri(join(dir, 'never-opened.txt')) } });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { newslens: { debounceMs: 'soon', maxFileSize: -1, languages: 'da', include: [null] } } });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri', type: 99 }] });
    await assertAlive();
  });

  it('an unknown request gets MethodNotFound (-32601); an unknown notification is ignored', async () => {
    const r = await answer(client.request('newslens/noSuchRequest', {}), 'unknown request');
    assert.ok(r instanceof ResponseError, 'an unknown request must be an error');
    assert.equal((r as ResponseError<unknown>).code, -32601);
    await client.connection.sendNotification('newslens/noSuchNotification', { x: 1 });
    await client.connection.sendNotification('$/somethingOptional', {});
    await assertAlive();
  });

  it('garbage on the wire (invalid JSON, a message without a method) does not stop the server', async () => {
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    client.process.stdin!.write(frame('{"jsonrpc":"2.0","id":'));
    client.process.stdin!.write(frame('{"jsonrpc":"2.0","params":{}}'));
    client.process.stdin!.write(frame('[1,2,3]'));
    await assertAlive();
  });

  it('out-of-order didChange versions: the newest version wins and is the one published last', async () => {
    const uri = fileUri(join(dir, 'versions.txt'));
    const en = readFileSync(join(REPO_ROOT, 'seeds', SEED_FILES[1]), 'utf8');
    await client.open(uri, en, 1);
    await client.waitForDiagnostics(uri, ANSWER_MS, 1);
    await client.change(uri, 5, [{ text: en + '\nFive.' }]);
    await client.change(uri, 3, [{ text: en + '\nThree (stale).' }]);
    await client.change(uri, 4, [{ text: en + '\nFour (stale).' }]);
    await client.change(uri, 6, [{ text: '' }]);
    const d = await client.waitForDiagnostics(uri, ANSWER_MS, 6);
    assert.equal(d.version, 6);
    // Nothing older may be published after version 6.
    const published = client.diagnosticLog.filter((x) => x.params.uri === uri).map((x) => x.params.version);
    const at6 = published.lastIndexOf(6);
    assert.deepEqual(published.slice(at6 + 1).filter((v) => (v ?? 0) < 6), [], `published after v6: ${published.join(',')}`);
    await client.close(uri);
    await assertAlive();
  });

  it('1,000 edits without pauses: the last version is published, superseded ones mostly dropped', async () => {
    const uri = fileUri(join(dir, 'typing.txt'));
    const da = readFileSync(SEED_DA, 'utf8');
    const since = performance.now();
    await client.open(uri, da, 1);
    await client.waitForDiagnostics(uri, ANSWER_MS, 1, since);
    const starts = lineStarts(da);
    const at = { line: starts.length - 1, character: da.length - starts[starts.length - 1] };
    const typed = 'Det oplyser kilder i Strasbourg til Ritzau. ';
    let version = 1;
    const storm = performance.now();
    for (let i = 0; i < 1000; i++) {
      const ch = typed[i % typed.length];
      void client.change(uri, ++version, [{ range: { start: at, end: at }, text: ch }]);
      at.character += 1;
      if (ch === '\n') {
        at.line++;
        at.character = 0;
      }
    }
    const d = await client.waitForDiagnostics(uri, 30000, version, storm);
    assert.equal(d.version, version);
    const during = client.diagnosticLog.filter((x) => x.params.uri === uri && x.at > storm).length;
    assert.ok(during < 100, `${during} diagnostics published for 1,000 keystrokes: superseded versions are not dropped`);
    await client.close(uri);
    await assertAlive();
  });

  it('a cancellation storm: every request settles (result or RequestCancelled), then the server answers', async () => {
    const settled: Promise<unknown>[] = [];
    for (let i = 0; i < 300; i++) {
      const source = new CancellationTokenSource();
      const method = ['textDocument/hover', 'textDocument/references', 'textDocument/definition', 'workspace/symbol', 'textDocument/semanticTokens/full'][i % 5];
      const params = method === 'workspace/symbol' ? { query: 'Rus' } : { textDocument: { uri: seedUri }, position: europaradet(), context: { includeDeclaration: true } };
      settled.push(answer(client.connection.sendRequest(method, params, source.token), `${method} #${i}`));
      source.cancel();
    }
    const results = await Promise.all(settled);
    const codes = new Set(results.filter((r): r is ResponseError<unknown> => r instanceof ResponseError).map((r) => r.code));
    for (const code of codes) assert.ok(code === -32800 || code === -32801, `unexpected error code ${code} for a cancelled request`);
    await assertAlive();
  });

  it('hostile document text over the protocol: diagnostics come, and every range is inside the text', async () => {
    const en = readFileSync(join(REPO_ROOT, 'seeds', SEED_FILES[1]), 'utf8');
    const oneLine = en.replace(/\n+/g, ' ');
    const texts: [string, string][] = [
      ['empty', ''],
      ['NUL bytes', en.replace(/ /g, (m, i: number) => (i % 50 === 0 ? '\0' : m))],
      ['lone surrogates and ZWJ', en.replace(/\. /g, (_, i: number) => (i % 2 ? '. \uD83D ' : '. \uD83D\uDC68\u200D\uD83D\uDC69 '))],
      ['mixed line endings', en.replace(/\n/g, (_, i: number) => ['\r\n', '\r', '\n'][i % 3])],
      ['U+2028 separators', en.replace(/\n\n/g, '\u2028')],
      ['300 KB on one line', oneLine.repeat(Math.ceil(3e5 / oneLine.length))],
    ];
    const violations: string[] = [];
    for (const [label, text] of texts) {
      const uri = fileUri(join(dir, `hostile-${label.replace(/\W+/g, '-')}.txt`));
      const sent = performance.now();
      await client.open(uri, text, 1);
      const d = await client.waitForDiagnostics(uri, 30000, 1, sent);
      const starts = lineStarts(text);
      d.diagnostics.forEach((diag, i) => checkRange(text, starts, diag.range, `${label} diagnostic ${i}`, violations));
      await client.close(uri);
    }
    assert.deepEqual(violations, []);
    await assertAlive();
  });
});

describe('robustness: hostile workspace folders over stdio', function () {
  this.timeout(120000);

  it('files deleted while the server scans: the rest is diagnosed, and a deleted file reported by the watcher is cleared', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-robust-vanish-'));
    const { writeFileSync, unlinkSync } = await import('node:fs');
    const en = readFileSync(join(REPO_ROOT, 'seeds', SEED_FILES[1]), 'utf8');
    const da = readFileSync(SEED_DA, 'utf8');
    const files: string[] = [];
    for (let s = 0; s < 40; s++) {
      mkdirSync(join(dir, `story-${s}`));
      for (let a = 0; a < 5; a++) {
        const f = join(dir, `story-${s}`, `${a}.txt`);
        // Distinct texts: each article gets its own closing line.
        writeFileSync(f, `${a % 2 ? da : en}\nArticle ${s}-${a}.\n`);
        files.push(f);
      }
    }
    const client = LspClient.spawn({ settings: EVERY_ARTICLE });
    try {
      await client.initialize(dir);
      // Delete every third file as soon as the server has published anything, i.e. mid-scan.
      await client.waitFor(() => client.diagnosticLog.length > 0 || client.progress.length > 0, 30000, 'the scan to start');
      const deleted = files.filter((_, i) => i % 3 === 0);
      for (const f of deleted) unlinkSync(f);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: deleted.map((f) => ({ uri: fileUri(f), type: 3 })) });
      const kept = files.filter((_, i) => i % 3 !== 0).map(fileUri);
      // An article with nothing to show is never published: the scan's end, then each article's story, say it was analysed.
      await client.waitFor(() => client.logMessages.some((m) => /scanned \d+ article/.test(m)), 60000, 'the scan to end');
      for (const u of kept) {
        const status = await client.request<{ sources: number }>('newslens/status', { uri: u });
        assert.ok(status.sources > 0, `${u} was not analysed`);
      }
      // A deleted file may have been published before it went; its last word must be "nothing".
      const deletedUris = new Set(deleted.map(fileUri));
      await client.waitFor(
        () => [...deletedUris].every((u) => !client.diagnostics.has(u) || client.diagnostics.get(u)!.diagnostics.length === 0),
        20000,
        'deleted files to be cleared',
      );
      assert.equal(client.exited, undefined);
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a scan over binary, oversized, empty, looping and FIFO entries finishes and diagnoses the good articles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-robust-scan-'));
    const { writeFileSync, symlinkSync } = await import('node:fs');
    const { spawnSync } = await import('node:child_process');
    mkdirSync(join(dir, 'story'));
    for (const f of SEED_FILES) copyFileSync(join(REPO_ROOT, 'seeds', f), join(dir, 'story', f));
    writeFileSync(join(dir, 'story', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'story', 'empty.txt'), '');
    writeFileSync(join(dir, 'story', 'huge.txt'), 'Rusland. '.repeat(Math.ceil(3e6 / 9)));
    symlinkSync(dir, join(dir, 'story', 'loop'));
    symlinkSync(join(dir, 'story', 'gone.txt'), join(dir, 'story', 'dangling.txt'));
    spawnSync('mkfifo', [join(dir, 'story', 'pipe.txt')]);
    const client = LspClient.spawn({ settings: EVERY_ARTICLE });
    try {
      await client.initialize(dir);
      const good = SEED_FILES.map((f) => fileUri(join(dir, 'story', f)));
      await client.waitFor(() => good.every((u) => client.diagnostics.has(u)), 30000, 'diagnostics for the three seed articles');
      const huge = client.diagnostics.get(fileUri(join(dir, 'story', 'huge.txt')));
      if (huge) assert.ok(huge.diagnostics.every((d) => d.range.start.line === 0 && d.range.end.line === 0), 'an oversized file is reported at its start, not analysed');
      assert.equal(client.exited, undefined);
      const hover = await answer(client.request('workspace/symbol', { query: 'Rus' }), 'workspace symbols');
      assert.ok(Array.isArray(hover) && hover.length > 0, 'workspace symbols after the scan');
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
