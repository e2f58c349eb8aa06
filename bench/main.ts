// `npm run bench`: scale and speed of the real language server (over stdio), the CLI and the engine
// on generated workspaces of realistic articles. A harness, not a test: it prints a table and
// writes bench/results.json with stable metric names. Flags:
//   --max N        largest tier (default 1000; 10000 adds the 10,000-article tier)
//   --seed N       workspace seed (default 1)
//   --profile      also run the CLI under --cpu-prof on the largest tier and print hotspots
//   --no-lsp       engine and CLI only
//   --keep         keep the generated workspaces (printed path) instead of deleting them
//   --reopen DIR   only index then reopen an existing folder of articles (fresh cache), print the
//                  server's scan lines, times and RSS; nothing else runs, results.json is not written
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import { readDocument } from '../server/src/engine/read/readDocument';
import { compareDocuments } from '../server/src/engine/compare/compareDocuments';
import { LineIndex } from '../server/src/engine/report/positions';
import type { DocumentAnalysis } from '../server/src/engine/types';
import { generateWorkspace, loadPools, type Workspace } from './corpus';
import { serverEnvironment } from '../client/src/serverEnvironment';
import { LspClient, REPO_ROOT, fileUri, delay } from './lsp-client';
import { percentile, median, round } from './stats';
import { summariseProfile, type Hotspot } from './profile';

interface Args {
  max: number;
  seed: number;
  profile: boolean;
  lsp: boolean;
  keep: boolean;
  reopen?: string;
  /** With --reopen: a typing session after the edit (typingSession). */
  typing: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { max: 1000, seed: 1, profile: false, lsp: true, keep: false, typing: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--max') args.max = Number(argv[++i]);
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--profile') args.profile = true;
    else if (a === '--no-lsp') args.lsp = false;
    else if (a === '--keep') args.keep = true;
    else if (a === '--reopen') args.reopen = argv[++i];
    else if (a === '--typing') args.typing = true;
    else throw new Error(`unknown flag ${a} (--max N, --seed N, --profile, --no-lsp, --keep, --reopen DIR [--typing])`);
  }
  return args;
}

/** Metric name -> value; names are stable so results.json files compare across runs. */
const results: Record<string, number | string | boolean | null> = {};
const notes: string[] = [];
const log = (s: string) => process.stderr.write(s + '\n');

function set(name: string, value: number | string | boolean | undefined | null): void {
  results[name] = typeof value === 'number' ? round(value, 2) ?? null : value ?? null;
}

// ---------------------------------------------------------------------------------------------
// Server start-up and first diagnostics

async function measureReady(runs: number): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const client = LspClient.spawn({ env: serverEnv() });
    const { readyMs } = await client.initialize();
    samples.push(readyMs);
    await client.stop();
  }
  set('server.ready_ms.p50', median(samples));
  set('server.ready_ms.max', Math.max(...samples));
}

/**
 * Node's own start (spawn of `node -e 0` to its exit), the floor under the server's ready time. On
 * the 2-core VM of 2026-11-24 it was 110–150 ms, and the ready time 220–310 ms (190 ms the day before).
 */
function measureNodeStartup(runs: number): void {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    samples.push(performance.now() - t);
  }
  set('machine.node_startup_ms.p50', median(samples));
}

async function measureFirstDiagnostics(seedFiles: string[], runs: number): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const client = LspClient.spawn({ env: serverEnv() });
    await client.initialize();
    const file = seedFiles[i % seedFiles.length];
    const uri = fileUri(file);
    const t0 = performance.now();
    await client.open(uri, readFileSync(file, 'utf8'));
    await client.waitForDiagnostics(uri, 30000, undefined, t0);
    samples.push(performance.now() - t0);
    await client.stop();
  }
  set('server.first_diagnostics_ms.p50', median(samples));
  set('server.first_diagnostics_ms.max', Math.max(...samples));
}

// ---------------------------------------------------------------------------------------------
// Workspace index

interface IndexOutcome {
  /** 'progress' when a work-done progress ended, 'diagnostics' when every file got diagnostics. */
  via: 'progress' | 'diagnostics' | 'none';
  ms: number | undefined;
  client: LspClient;
}

/**
 * Starts a server on `ws` and waits until it has scanned the workspace: the end of the work-done
 * progress it began, or diagnostics for every article. If neither shows any sign of life within a
 * few seconds, the server does not scan unopened files.
 */
/** The server's analysis cache goes to a folder of this run (NEWSLENS_CACHE_DIR), never ~/.cache. */
let cacheDir = '';
// As the VS Code extension starts the server (client/src/serverEnvironment.ts); a variable set in
// the bench's own environment wins (MALLOC_ARENA_MAX=16 gives glibc's default on two cores).
const serverEnv = (): NodeJS.ProcessEnv => ({ ...serverEnvironment(), NEWSLENS_CACHE_DIR: cacheDir });

async function indexWorkspace(ws: Workspace, timeoutMs: number, startMs = 8000): Promise<IndexOutcome> {
  const client = LspClient.spawn({ env: serverEnv() });
  await client.initialize(ws.root);
  const uris = new Set(ws.files.map(fileUri));
  const seen = new Set<string>();
  const began = () => client.progress.some((p) => p.kind === 'begin');
  const progressDone = () => {
    const open = new Set<string | number>();
    let ended = false;
    for (const p of client.progress) {
      if (p.kind === 'begin') open.add(p.token);
      if (p.kind === 'end' && open.delete(p.token)) ended = true;
    }
    return ended && open.size === 0;
  };
  const allDiagnosed = () => {
    for (const d of client.diagnosticLog.slice(seen.size > 0 ? 0 : 0)) if (uris.has(d.params.uri)) seen.add(d.params.uri);
    return seen.size === uris.size;
  };
  const t0 = client.spawnedAt;
  try {
    await client.waitFor(() => began() || client.diagnosticLog.length > 0, startMs, 'any sign of a workspace scan');
  } catch {
    return { via: 'none', ms: undefined, client };
  }
  try {
    // A server that reports progress says itself when it is done (diagnostics may all be out a
    // moment before); one that does not is done when every article has diagnostics.
    await client.waitFor(() => (began() ? progressDone() : allDiagnosed()), timeoutMs, `workspace index of ${uris.size} files`);
  } catch {
    notes.push(`index of ${uris.size} files did not finish within ${timeoutMs / 1000} s (${seen.size} files diagnosed by then)`);
    return { via: 'none', ms: undefined, client };
  }
  if (progressDone()) {
    const end = client.progress.filter((p) => p.kind === 'end').pop()!;
    return { via: 'progress', ms: end.at - t0, client };
  }
  return { via: 'diagnostics', ms: client.diagnosticLog[client.diagnosticLog.length - 1].at - t0, client };
}

function cliCheck(ws: Workspace): { ms: number; cpuMs?: number; status: number | null; rssMb?: number; stderrLines: number } {
  const preload = join(cacheDir, '..', 'cli-exit-report.js');
  // Reports the CLI's own CPU time and peak RSS on exit, without changing the CLI.
  writeFileSync(preload, "process.on('exit',()=>{try{const c=process.cpuUsage();process.stderr.write('\\nNEWSLENS_BENCH_CPU_MS='+Math.round((c.user+c.system)/1000)+'\\n');const m=/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'));process.stderr.write('\\nNEWSLENS_BENCH_HWM_KB='+m[1]+'\\n')}catch{}});");
  const t0 = performance.now();
  // The report is written and thrown away: at 10,000 articles it is longer than any string the
  // harness could hold.
  const r = spawnSync(process.execPath, ['-r', preload, join(REPO_ROOT, 'bin', 'newslens'), 'check', ws.root, '--format', 'json', '--fail-on', 'none'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = performance.now() - t0;
  const hwm = /NEWSLENS_BENCH_HWM_KB=(\d+)/.exec(r.stderr ?? '');
  const cpu = /NEWSLENS_BENCH_CPU_MS=(\d+)/.exec(r.stderr ?? '');
  const stderrLines = (r.stderr ?? '').split('\n').filter((l) => l.trim() && !l.startsWith('NEWSLENS_BENCH')).length;
  return { ms, cpuMs: cpu ? Number(cpu[1]) : undefined, status: r.status, rssMb: hwm ? Number(hwm[1]) / 1024 : undefined, stderrLines };
}

async function benchTier(ws: Workspace, n: number, args: Args): Promise<LspClient | undefined> {
  const cli = cliCheck(ws);
  set(`cli.check.${n}.ms`, cli.ms);
  set(`cli.check.${n}.cpu_ms`, cli.cpuMs);
  set(`cli.check.${n}.rss_mb`, cli.rssMb);
  if (cli.status !== 0) notes.push(`CLI check at ${n} exited ${cli.status} (${cli.stderrLines} stderr lines)`);
  if (!args.lsp) return undefined;
  const timeout = Math.max(60000, n * 30);
  const first = await indexWorkspace(ws, timeout);
  if (first.via === 'none') {
    if (!notes.some((x) => x.startsWith(`index of ${ws.files.length} files`))) notes.push(`server did not scan the ${n}-article workspace (no progress, no diagnostics for unopened files): index time is n/a; see cli.check.${n}.ms`);
    set(`index.${n}.first_ms`, null);
    set(`index.${n}.rss_mb`, first.client.peakRssMb());
    return first.client;
  }
  set(`index.${n}.first_ms`, first.ms);
  set(`index.${n}.via`, first.via);
  set(`index.${n}.progress_reports`, first.client.progressReports);
  set(`index.${n}.rss_mb`, first.client.peakRssMb());
  // The cache is written after the scan ends: let it land before the restart. The server logs
  // "analysis cache: N articles saved" once the last of its cache files is written (a file appearing
  // is not enough: the server keeps more than one); a server without that line is polled for a file.
  const cacheDeadline = performance.now() + Math.max(20000, n * 5);
  const savedLine = () => first.client.logMessages.some((m) => /analysis cache: \d+ articles? saved/.test(m));
  while (performance.now() < cacheDeadline && !savedLine()) await delay(100);
  while (performance.now() < cacheDeadline && !cacheWritten()) await delay(100);
  if (!cacheWritten()) notes.push(`no analysis cache file appeared after the ${n}-article index`);
  // After the progress ends the server still reads back the rest of the comparison and saves the analysis cache.
  set(`index.${n}.rss_after_save_mb`, first.client.peakRssMb());
  await first.client.stop();
  const reopen = await indexWorkspace(ws, timeout);
  set(`index.${n}.reopen_ms`, reopen.ms);
  // The server logs "scanned N articles in T ms (K from the analysis cache)".
  const scanLine = () => reopen.client.logMessages.map((m) => /scanned (\d+) articles? in \d+ ms \((\d+) from the analysis cache\)/.exec(m)).find(Boolean);
  await reopen.client.waitFor(() => scanLine() !== undefined, 5000, 'the scan log line').catch(() => undefined);
  const scanned = scanLine();
  if (scanned) set(`index.${n}.reopen_cache_hits`, Number(scanned[2]) / Number(scanned[1]));
  // The server's own phase times (cache load, read, compare, publish): where a slow reopen goes.
  if (scanned) log(`[bench] reopen ${n}: ${scanned.input}`);
  for (const f of existsSync(cacheDir) ? readdirSync(cacheDir) : []) rmSync(join(cacheDir, f), { force: true });
  set(`index.${n}.reopen_rss_mb`, reopen.client.peakRssMb());
  return reopen.client;
}

// ---------------------------------------------------------------------------------------------
// Interactive latency at 1,000 articles

/** Positions worth hovering: the engine's own mentions, else capitalised words. */
function probeOffsets(doc: DocumentAnalysis, count: number): number[] {
  const offsets = doc.mentions.map((m) => m.start + Math.floor((m.end - m.start) / 2));
  if (offsets.length < count) {
    const re = /\b\p{Lu}\p{L}{2,}/gu;
    for (let m = re.exec(doc.text); m && offsets.length < count * 2; m = re.exec(doc.text)) offsets.push(m.index + 1);
  }
  const out: number[] = [];
  for (let i = 0; out.length < count && offsets.length; i++) out.push(offsets[i % offsets.length]);
  return out;
}

async function timed(client: LspClient, method: string, params: unknown): Promise<{ ms: number; empty: boolean }> {
  const t0 = performance.now();
  const r = await client.request(method, params);
  return { ms: performance.now() - t0, empty: r === null || (Array.isArray(r) && r.length === 0) };
}

async function measureInteractive(client: LspClient, ws: Workspace, n: number): Promise<void> {
  const capabilities = (client.initializeResult?.capabilities ?? {}) as Record<string, unknown>;
  // Open a story article (not a seed): the realistic case is a page in the middle of the corpus.
  const file = ws.files.find((f) => /story-00001/.test(f)) ?? ws.files[0];
  const uri = fileUri(file);
  let text = readFileSync(file, 'utf8');
  const t0 = performance.now();
  await client.open(uri, text, 1);
  const firstDiag = await client.waitForDiagnostics(uri, 60000, undefined, t0);
  set(`lsp.${n}.open_diagnostics_ms`, performance.now() - t0);
  const versioned = firstDiag.version !== undefined && firstDiag.version !== null;
  if (!versioned) notes.push('publishDiagnostics carries no version: keystroke latency measured to the next diagnostics of the document');

  const doc = readDocument(file, text);
  const index = new LineIndex(doc.text);
  const offsets = probeOffsets(doc, 60);
  for (const [name, method, extra] of [
    ['hover', 'textDocument/hover', {}],
    ['definition', 'textDocument/definition', {}],
    ['references', 'textDocument/references', { context: { includeDeclaration: true } }],
  ] as const) {
    if (capabilities[`${name}Provider`] === undefined) {
      notes.push(`server does not advertise ${name}Provider: ${name} latency is n/a`);
      continue;
    }
    const samples: number[] = [];
    let empty = 0;
    for (const off of offsets) {
      const r = await timed(client, method, { textDocument: { uri }, position: index.position(off), ...extra });
      samples.push(r.ms);
      if (r.empty) empty++;
    }
    set(`lsp.${n}.${name}_ms.p50`, percentile(samples, 50));
    set(`lsp.${n}.${name}_ms.p95`, percentile(samples, 95));
    set(`lsp.${n}.${name}.empty_share`, empty / samples.length);
  }

  // Keystrokes: type a letter into a word, wait for that version's diagnostics, then delete it.
  const samples: number[] = [];
  let version = 1;
  const at = index.position(Math.floor(text.length / 2));
  // 40 samples, or fewer when each takes seconds: the run must stay a few minutes long.
  const budgetEnd = performance.now() + KEYSTROKE_BUDGET_MS;
  for (let i = 0; i < 40 && (i < 5 || performance.now() < budgetEnd); i++) {
    version++;
    const insert = i % 2 === 0;
    const change = insert
      ? { range: { start: at, end: at }, text: 'x' }
      : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
    const sent = performance.now();
    await client.change(uri, version, [change]);
    await client.waitForDiagnostics(uri, 30000, versioned ? version : undefined, sent);
    samples.push(performance.now() - sent);
  }
  text = '';
  set(`lsp.${n}.keystroke.samples`, samples.length);
  set(`lsp.${n}.keystroke_diagnostics_ms.p50`, percentile(samples, 50));
  set(`lsp.${n}.keystroke_diagnostics_ms.p95`, percentile(samples, 95));
  // The target counts from the end of the debounce: subtract the server's default debounce.
  set(`lsp.${n}.keystroke_after_debounce_ms.p95`, percentile(samples, 95) - DEBOUNCE_MS);
  set(`lsp.${n}.rss_mb`, client.peakRssMb());
}

const DEBOUNCE_MS = 300;

function cacheWritten(): boolean {
  return existsSync(cacheDir) && readdirSync(cacheDir).some((f) => f.startsWith('analyses-'));
}
const KEYSTROKE_BUDGET_MS = 45000;

// ---------------------------------------------------------------------------------------------
// Engine in-process

function measureEngine(warm: Workspace, ws: Workspace, n: number): void {
  const texts = ws.files.map((f) => [f, readFileSync(f, 'utf8')] as const);
  const mb = texts.reduce((s, [, t]) => s + Buffer.byteLength(t), 0) / 1e6;
  const parser = unified().use(retextLatin);
  // JIT warm-up on a different corpus (different paragraphs, so no engine cache carries over).
  for (const f of warm.files) {
    const t = readFileSync(f, 'utf8');
    parser.parse(t);
    readDocument(f, t);
  }
  // Wall time and CPU time: on a shared machine the CPU figures are the ones to compare.
  const cpuMs = (from: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(from);
    return (d.user + d.system) / 1000;
  };
  let cpu = process.cpuUsage();
  const tParse = performance.now();
  for (const [, t] of texts) parser.parse(t);
  const parseMs = performance.now() - tParse;
  const parseCpu = cpuMs(cpu);
  cpu = process.cpuUsage();
  const tRead = performance.now();
  const docs = texts.map(([f, t]) => readDocument(relative(ws.root, f), t));
  const readMs = performance.now() - tRead;
  const readCpu = cpuMs(cpu);
  cpu = process.cpuUsage();
  const tCompare = performance.now();
  compareDocuments(docs);
  const compareMs = performance.now() - tCompare;
  const compareCpu = cpuMs(cpu);
  set(`engine.${n}.parse_cpu_ms`, parseCpu);
  set(`engine.${n}.read_cpu_ms`, readCpu);
  set(`engine.${n}.compare_cpu_ms`, compareCpu);
  set(`engine.${n}.analysis_over_parse_cpu`, (readCpu + compareCpu) / parseCpu);
  set(`engine.${n}.read_cpu_mb_per_s`, mb / (readCpu / 1000));
  set(`engine.${n}.corpus_mb`, mb);
  set(`engine.${n}.parse_ms`, parseMs);
  set(`engine.${n}.read_ms`, readMs);
  set(`engine.${n}.compare_ms`, compareMs);
  set(`engine.${n}.read_mb_per_s`, mb / (readMs / 1000));
  set(`engine.${n}.analysis_mb_per_s`, mb / ((readMs + compareMs) / 1000));
  set(`engine.${n}.analysis_over_parse`, (readMs + compareMs) / parseMs);
  const heap = process.memoryUsage();
  set(`engine.${n}.heap_mb`, heap.heapUsed / 2 ** 20);
}

// ---------------------------------------------------------------------------------------------
// Table

const TARGETS: [metric: string, label: string, target: string, ok: (v: number) => boolean][] = [
  ['server.ready_ms.p50', 'server ready after spawn (p50)', '≤ 300 ms', (v) => v <= 300],
  ['server.first_diagnostics_ms.p50', 'first diagnostics after opening a seed (p50)', '≤ 300 ms', (v) => v <= 300],
  ['lsp.1000.hover_ms.p95', 'hover p95 @1,000', '≤ 20 ms', (v) => v <= 20],
  ['lsp.1000.definition_ms.p95', 'definition p95 @1,000', '≤ 20 ms', (v) => v <= 20],
  ['lsp.1000.references_ms.p95', 'references p95 @1,000', '≤ 20 ms', (v) => v <= 20],
  ['lsp.1000.keystroke_after_debounce_ms.p95', 'keystroke→diagnostics p95 @1,000 (after 300 ms debounce)', '≤ 100 ms', (v) => v <= 100],
  ['engine.1000.analysis_over_parse', 'analysis ÷ retext-latin parse @1,000 (wall)', '≤ 1.5', (v) => v <= 1.5],
  ['engine.1000.analysis_over_parse_cpu', 'analysis ÷ retext-latin parse @1,000 (CPU)', '≤ 1.5', (v) => v <= 1.5],
  ['index.10000.first_ms', 'first index @10,000', '≤ 60,000 ms', (v) => v <= 60000],
  ['index.10000.reopen_ms', 'reopen with cache @10,000', '≤ 3,000 ms', (v) => v <= 3000],
  ['index.10000.rss_mb', 'server peak RSS @10,000', '≤ 300 MB', (v) => v <= 300],
  ['vsix.mb', '.vsix size', '≤ 5 MB', (v) => v <= 5],
];

function printTable(): void {
  const rows: string[][] = [['metric', 'value', 'target', '']];
  const targeted = new Set(TARGETS.map((t) => t[0]));
  for (const [metric, label, target, ok] of TARGETS) {
    const v = results[metric];
    rows.push([label, v === undefined || v === null ? 'n/a' : String(v), target, typeof v === 'number' ? (ok(v) ? 'ok' : 'MISS') : '']);
  }
  for (const [k, v] of Object.entries(results)) if (!targeted.has(k) && !k.startsWith('profile.')) rows.push([k, v === null ? 'n/a' : String(v), '', '']);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ');
  process.stdout.write([line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n') + '\n');
  if (notes.length) process.stdout.write('\nnotes:\n' + notes.map((n) => `- ${n}`).join('\n') + '\n');
}

// ---------------------------------------------------------------------------------------------

export async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (!existsSync(join(REPO_ROOT, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `npm run build` first');
  if (args.reopen) return reopenOnly(args.reopen, args.keep, args.typing);
  const started = performance.now();
  set('machine.cores', cpus().length);
  set('machine.node', process.version);
  set('machine.server_malloc_arena_max', serverEnv().MALLOC_ARENA_MAX ?? 'unset');
  // Other work on the machine inflates every figure: record how busy it was.
  set('machine.loadavg_start', loadavg()[0]);
  measureNodeStartup(5);
  set('run.seed', args.seed);
  set('run.started', new Date().toISOString());
  const pools = loadPools(REPO_ROOT);
  set('corpus.pools', pools.length);
  set('corpus.sentences', pools.reduce((s, p) => s + p.sentences.length, 0));
  // One folder per run: two runs at once (two engineers) must not rewrite each other's workspaces.
  const base = mkdtempSync(join(tmpdir(), 'newslens-bench-'));
  cacheDir = join(base, 'server-cache');
  mkdirSync(cacheDir);
  const tiers = [10, 100, 1000, 10000].filter((n) => n <= args.max);
  const spaces = new Map<number, Workspace>();
  for (const n of tiers) {
    const t0 = performance.now();
    // A different seed per tier: no paragraph of one tier reappears in another.
    const ws = generateWorkspace(join(base, `ws-${n}`), n, pools, args.seed * 100003 + n, REPO_ROOT);
    spaces.set(n, ws);
    set(`corpus.${n}.files`, ws.files.length);
    set(`corpus.${n}.mb`, ws.bytes / 1e6);
    log(`[bench] generated ${ws.files.length} articles (${(ws.bytes / 1e6).toFixed(1)} MB) in ${ws.root} (${Math.round(performance.now() - t0)} ms)`);
  }

  // In-process engine at 100 and 1,000 articles (the pair shows how analysis scales), warmed on 10.
  for (const n of tiers.filter((t) => t >= 100 && t <= 1000)) {
    log(`[bench] engine in-process at ${n}`);
    measureEngine(spaces.get(10)!, spaces.get(n)!, n);
  }

  const seeds = spaces.get(tiers[0])!.seeds;
  if (args.lsp) {
    log('[bench] server start-up');
    await measureReady(5);
    await measureFirstDiagnostics(seeds, 3);
  }
  for (const n of tiers) {
    log(`[bench] tier ${n}: CLI check${args.lsp ? ', server index, reopen' : ''}`);
    const client = await benchTier(spaces.get(n)!, n, args);
    if (client && n === 1000) {
      log('[bench] interactive latency at 1,000 articles');
      try {
        await measureInteractive(client, spaces.get(n)!, n);
      } catch (e) {
        notes.push(`interactive measurements at ${n} failed: ${(e as Error).message.slice(0, 300)}`);
      }
    }
    if (client) await client.stop();
    await delay(100);
  }

  const vsix = join(REPO_ROOT, 'newslens.vsix');
  if (existsSync(vsix)) set('vsix.mb', statSync(vsix).size / 1e6);
  else notes.push('newslens.vsix not found (run `npm run package`): size n/a');

  if (args.profile) {
    const n = tiers[tiers.length - 1];
    log(`[bench] CPU profile of the CLI at ${n}`);
    const show = (title: string, hot: Hotspot[]) =>
      process.stdout.write(`\n${title} (self time):\n` + hot.map((h) => `  ${h.share.toFixed(1).padStart(5)}%  ${h.ms.toFixed(0).padStart(6)} ms  ${h.name}`).join('\n') + '\n');
    const cliHot = summariseProfile([join(REPO_ROOT, 'bin', 'newslens'), 'check', spaces.get(n)!.root, '--format', 'json', '--fail-on', 'none'], 20);
    results['profile.cli'] = cliHot.map((h) => `${h.share.toFixed(1)}% ${h.name}`).join(' | ');
    show(`CPU profile of \`newslens check\` on ${n} articles`, cliHot);
    log('[bench] CPU profile of the server bundle load');
    const loadHot = summariseProfile(['-e', `require(${JSON.stringify(join(REPO_ROOT, 'dist', 'server.js'))})`], 12);
    results['profile.server_load'] = loadHot.map((h) => `${h.share.toFixed(1)}% ${h.name}`).join(' | ');
    show('CPU profile of loading dist/server.js', loadHot);
    process.stdout.write('\n');
  }
  set('run.total_s', (performance.now() - started) / 1000);
  set('machine.loadavg_end', loadavg()[0]);
  printTable();
  const out = join(REPO_ROOT, 'bench', 'results.json');
  writeFileSync(out, JSON.stringify({ results, notes }, null, 2) + '\n');
  log(`[bench] wrote ${out}`);
  if (!args.keep) rmSync(base, { recursive: true, force: true });
  else log(`[bench] workspaces kept in ${base}`);
}

/**
 * After a reopen: one article opened and a sentence typed into it. The story's diagnostics come at
 * once (its story compared again); once typing pauses the whole corpus is compared again in a worker
 * and read back. Prints both times and the server's peak RSS then.
 */
async function editAfterReopen(client: LspClient, files: string[]): Promise<void> {
  const file = files[Math.floor(files.length / 2)];
  const uri = fileUri(file);
  const text = readFileSync(file, 'utf8');
  await client.open(uri, text, 1);
  await client.waitForDiagnostics(uri, 60000, 1).catch(() => undefined);
  const before = client.logMessages.length;
  const t0 = performance.now();
  const sentence = '\nThe ministry said on Friday that 40 diplomats had left the country.\n';
  await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: sentence }]);
  const story = await client.waitForDiagnostics(uri, 60000, 2).then(() => performance.now() - t0, () => undefined);
  const full = () => client.logMessages.slice(before).find((m) => /full comparison of \d+ articles in \d+ ms/.test(m));
  await client.waitFor(() => full() !== undefined, 300000, 'the full comparison after the edit').catch(() => undefined);
  const fullMs = full() ? performance.now() - t0 : undefined;
  const rest = () => client.logMessages.slice(before).find((m) => /the rest of the stored comparison/.test(m));
  await client.waitFor(() => rest() !== undefined, 60000, 'the rest of the read-back comparison').catch(() => undefined);
  log(
    `[bench] edit after reopen ${files.length}: story diagnostics ${story === undefined ? 'n/a' : Math.round(story)} ms; ` +
      `full comparison settled ${fullMs === undefined ? 'n/a' : Math.round(fullMs)} ms after the keystroke (${full() ?? 'no log line'}); ` +
      `peak RSS then ${Math.round(client.peakRssMb() ?? 0)} MB, RSS ${Math.round(client.rssMb() ?? 0)} MB`,
  );
}

/**
 * Pauses between bursts of typing (seconds), as a writer makes them: mostly short, some long. Fixed,
 * so that two runs type the same session.
 */
const TYPING_PAUSES = [0.4, 1.8, 0.6, 2.5, 3.2, 0.9, 1.6, 4.0, 2.2, 7.0, 1.2, 2.8, 0.7, 3.5, 5.0, 1.9, 2.6, 0.8, 6.0, 1.4];
const KEYS_PER_BURST = 6;
const KEY_INTERVAL_MS = 120;

/**
 * `--typing` (with --reopen): a writing session in one article of a large workspace, after the
 * edit. Each pause may start a full comparison that the next burst stops. Prints the server's CPU
 * time over the session until the last comparison settled, the comparisons started, stopped and
 * finished, and how long after the last keystroke the result settled.
 */
async function typingSession(client: LspClient, files: string[]): Promise<void> {
  const file = files[Math.floor(files.length / 3)];
  const uri = fileUri(file);
  await client.open(uri, readFileSync(file, 'utf8'), 1);
  await client.waitForDiagnostics(uri, 60000, 1).catch(() => undefined);
  const before = client.logMessages.length;
  const cpu0 = client.cpuMs();
  const t0 = performance.now();
  let version = 1;
  const word = 'quickly ';
  for (const pause of TYPING_PAUSES) {
    for (let k = 0; k < KEYS_PER_BURST; k++) {
      await client.change(uri, ++version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: word[k % word.length] }]);
      await delay(KEY_INTERVAL_MS);
    }
    await delay(pause * 1000);
  }
  const lastKey = performance.now();
  const logs = () => client.logMessages.slice(before);
  const finished = () => logs().filter((m) => /full comparison of \d+ articles in \d+ ms/.test(m));
  // Settled: a comparison finished after the last keystroke (one under way then is stopped or dropped).
  const done = finished().length;
  await client.waitFor(() => finished().length > done, 300000, 'the comparison after the last keystroke').catch(() => undefined);
  const settled = finished().length > done ? performance.now() : undefined;
  const cpu = client.cpuMs();
  const stopped = logs().filter((m) => /full comparison (stopped|dropped)/.test(m)).length;
  log(
    `[bench] typing session ${files.length}: ${TYPING_PAUSES.length} bursts of ${KEYS_PER_BURST} keys over ${((lastKey - t0) / 1000).toFixed(1)} s; ` +
      `server CPU ${cpu0 === undefined || cpu === undefined ? 'n/a' : Math.round(cpu - cpu0)} ms until settled; full comparisons finished ${finished().length}, stopped or dropped ${stopped}; ` +
      `settled ${settled === undefined ? 'n/a' : Math.round(settled - lastKey)} ms after the last keystroke; peak RSS ${Math.round(client.peakRssMb() ?? 0)} MB`,
  );
}

/** `--reopen DIR`: first index and reopen of an existing folder, the focused measurement of a reopen. */
async function reopenOnly(root: string, keep: boolean, typing: boolean): Promise<void> {
  log(`[bench] server started as the extension starts it: MALLOC_ARENA_MAX=${serverEnv().MALLOC_ARENA_MAX ?? 'unset'}`);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name.startsWith('.') ? [] : walk(join(dir, e.name))) : /\.(txt|news)$/.test(e.name) ? [join(dir, e.name)] : []));
  const files = walk(root);
  const ws: Workspace = { root, files, bytes: 0, seeds: [] };
  const base = mkdtempSync(join(tmpdir(), 'newslens-reopen-'));
  cacheDir = join(base, 'server-cache');
  mkdirSync(cacheDir);
  // Generous: this mode measures a reopen, and a first index on a loaded machine may take minutes.
  const timeout = Math.max(120000, files.length * 120);
  const run = async (label: string) => {
    // A loaded machine may take more than the default 8 s to start a 10,000-article scan.
    const outcome = await indexWorkspace(ws, timeout, 60000);
    const scan = () => outcome.client.logMessages.find((m) => /scanned \d+ article/.test(m));
    await outcome.client.waitFor(() => scan() !== undefined, 5000, 'the scan log line').catch(() => undefined);
    const diagnostics = outcome.client.diagnosticLog;
    const bytes = diagnostics.reduce((sum, d) => sum + JSON.stringify(d.params).length, 0);
    const begin = outcome.client.progress.find((p) => p.kind === 'begin');
    const ready = outcome.client.initializeResult ? ` (progress began ${begin ? Math.round(begin.at - outcome.client.spawnedAt) : 'n/a'} ms after spawn)` : '';
    log(`[bench] ${label} ${files.length}: ${outcome.ms === undefined ? 'n/a' : Math.round(outcome.ms)} ms${ready} (via ${outcome.via}), peak RSS ${Math.round(outcome.client.peakRssMb() ?? 0)} MB, ` +
      `${diagnostics.length} publishDiagnostics (${(bytes / 1e6).toFixed(1)} MB JSON), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    log(`[bench]   ${scan() ?? '(no scan line)'}`);
    // After a reopen the rest of the stored comparison is read once the progress has ended: its peak counts too.
    const rest = () => outcome.client.logMessages.find((m) => /the rest of the stored comparison/.test(m));
    if (label === 'reopen') {
      await outcome.client.waitFor(() => rest() !== undefined, 120000, 'the rest of the stored comparison').catch(() => undefined);
      log(`[bench]   ${rest() ?? '(no line about the rest of the stored comparison)'}; peak RSS then ${Math.round(outcome.client.peakRssMb() ?? 0)} MB`);
    }
    return outcome.client;
  };
  try {
    const first = await run('first index');
    const deadline = performance.now() + Math.max(20000, files.length * 5);
    while (performance.now() < deadline && !first.logMessages.some((m) => /analysis cache: \d+ articles? saved/.test(m))) await delay(100);
    // After the progress ends the server still reads back the rest of the comparison and saves the analysis cache.
    log(`[bench]   first index: peak RSS ${Math.round(first.peakRssMb() ?? 0)} MB once the rest is read and the analysis cache saved`);
    await first.stop();
    const reopen = await run('reopen');
    await editAfterReopen(reopen, files);
    if (typing) await typingSession(reopen, files);
    await reopen.stop();
  } finally {
    if (keep) log(`[bench] server cache kept in ${cacheDir}`);
    else rmSync(base, { recursive: true, force: true });
  }
}
export { summariseCpuProfile } from './profile';
