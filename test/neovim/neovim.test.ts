// A third-party LSP client: headless Neovim (Debian's 0.7.2) drives `node dist/server.js --stdio`
// on the seed articles through its built-in client (test/neovim/harness.lua): diagnostics land on
// the buffer, hover, definition and references answer with cross-source content.
import * as assert from 'node:assert/strict';
import { spawnSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const HARNESS = path.join(REPO, 'test/neovim/harness.lua');
const SEEDS = path.join(REPO, 'seeds');

interface Report {
  nvim: string;
  uri: string;
  diagnostics: { lnum: number; col: number; message: string; code?: string; related?: { location: { uri: string } }[] }[];
  results: Record<string, unknown>;
  ms: Record<string, number>;
  error?: string;
}

function nvimVersion(): string | undefined {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
}

function runHarness(root: string, file: string, requests: { name: string; method: string; line: number; character: number }[]): Promise<Report> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-nvim-'));
  const spec = path.join(dir, 'spec.json');
  const out = path.join(dir, 'out.json');
  fs.writeFileSync(spec, JSON.stringify({ server: [process.execPath, path.join(REPO, 'dist/server.js'), '--stdio'], root, file, requests, out, timeout_ms: 15000, wait_code: 'conflict/' }));
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${HARNESS}`], {
      env: { ...process.env, NEWSLENS_SPEC: spec, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir, XDG_DATA_HOME: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const report = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, 'utf8')) as Report) : undefined;
      fs.rmSync(dir, { recursive: true, force: true });
      if (!report) return reject(new Error(`nvim exited ${code} without a report: ${stderr}`));
      if (report.error) return reject(new Error(`harness: ${report.error}`));
      resolve(report);
    });
  });
}

const hoverText = (h: unknown) => ((h as { contents?: { value?: string } } | null)?.contents?.value ?? '') as string;
const locations = (r: unknown) => (Array.isArray(r) ? r : r ? [r] : []) as { uri: string; range: { start: { line: number } } }[];

describe('neovim: headless Neovim as the LSP client', function () {
  this.timeout(60000);
  let report: Report;
  const seed = (n: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(n))!);

  before(async function () {
    // Fail with a clear message rather than skip: the suite needs Neovim.
    assert.ok(nvimVersion(), 'nvim is not installed: run `bash scripts/setup.sh` (it apt-installs neovim)');
    report = await runHarness(SEEDS, seed('000'), [
      { name: 'hover', method: 'textDocument/hover', line: 0, character: 22 },
      { name: 'definition', method: 'textDocument/definition', line: 0, character: 22 },
      { name: 'references', method: 'textDocument/references', line: 14, character: 42 },
    ]);
    console.log(`      (${report.nvim}: initialize ${report.ms.initialize.toFixed(0)} ms, diagnostics ${report.ms.diagnostics.toFixed(0)} ms, hover ${report.ms.hover.toFixed(0)} ms)`);
  });

  it('diagnostics arrive on the buffer, with the conflict on line 31 pointing into 001', () => {
    const conflict = report.diagnostics.find((d) => d.lnum === 30 && String(d.code).startsWith('conflict/'));
    assert.ok(conflict, JSON.stringify(report.diagnostics.map((d) => [d.lnum, d.code])));
    assert.ok((conflict.related ?? []).some((r) => decodeURIComponent(r.location.uri).endsWith(path.basename(seed('001')))));
  });

  it('hover on "Europarådets" names the Council of Europe', () => {
    const text = hoverText(report.results.hover);
    assert.match(text, /Council of Europe/);
    assert.ok(text.includes(path.basename(seed('001'))) && text.includes(path.basename(seed('002'))));
  });

  it('definition jumps to the Council of Europe in the other sources', () => {
    const defs = locations(report.results.definition);
    const files = defs.map((d) => path.basename(decodeURIComponent(d.uri))).sort();
    assert.deepEqual(files, [path.basename(seed('001')), path.basename(seed('002'))].sort());
  });

  it('references on "Grækenland" include "Greece" in 001', () => {
    const refs = locations(report.results.references);
    assert.ok(refs.some((r) => decodeURIComponent(r.uri).endsWith(path.basename(seed('001'))) && r.range.start.line === 10), JSON.stringify(refs));
    assert.ok(refs.some((r) => decodeURIComponent(r.uri).endsWith(path.basename(seed('000'))) && r.range.start.line === 14));
  });

  it('a non-ASCII file name ("Europarådet.txt", Neovim spells its URI in lower-case hex) gets its diagnostics', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-nvim-ws-'));
    try {
      for (const n of ['000', '001']) fs.copyFileSync(seed(n), path.join(root, n === '000' ? 'Europarådet.txt' : path.basename(seed(n))));
      const r = await runHarness(root, path.join(root, 'Europarådet.txt'), [{ name: 'hover', method: 'textDocument/hover', line: 0, character: 22 }]);
      assert.match(r.uri, /%c3%a5/i);
      assert.ok(r.diagnostics.length > 0);
      assert.match(hoverText(r.results.hover), /Council of Europe/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
