// `npm run fuzz`: the long fuzz run, on demand. Mutated and random articles go through the engine
// in a worker thread (a per-input watchdog terminates hangs) and through the real language server
// over stdio (open → diagnostics → hovers → close). Prints inputs tried, crashes, hangs, offsets
// out of range and per-input time p50/p95/max; failing inputs are saved for replay. Flags:
//   --count N (default 500)   --seed N (default 1)   --timeout MS (default 10000)
//   --no-server               --no-engine            --data DIR (evaluation texts, default /work/shared/data)
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LspClient, REPO_ROOT } from '../../bench/lsp-client';
import { percentile } from '../../bench/stats';
import { rng } from '../../bench/corpus';
import { fuzzInputs, loadBases, type FuzzInput } from './inputs';
import type { EngineOutcome } from './engine-fuzz';
import { checkRange, lineStarts } from './invariants';

interface Args {
  count: number;
  seed: number;
  timeout: number;
  server: boolean;
  engine: boolean;
  data: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { count: 500, seed: 1, timeout: 10000, server: true, engine: true, data: '/work/shared/data' };
  for (let i = 0; i < argv.length; i++) {
    const f = argv[i];
    if (f === '--count') a.count = Number(argv[++i]);
    else if (f === '--seed') a.seed = Number(argv[++i]);
    else if (f === '--timeout') a.timeout = Number(argv[++i]);
    else if (f === '--no-server') a.server = false;
    else if (f === '--no-engine') a.engine = false;
    else if (f === '--data') a.data = argv[++i];
    else throw new Error(`unknown flag ${f} (--count N --seed N --timeout MS --no-server --no-engine --data DIR)`);
  }
  return a;
}

interface Tally {
  tried: number;
  crashes: number;
  hangs: number;
  outOfRange: number;
  times: number[];
  failures: { input: FuzzInput; what: string }[];
}

const tally = (): Tally => ({ tried: 0, crashes: 0, hangs: 0, outOfRange: 0, times: [], failures: [] });

class EngineRunner {
  private worker!: Worker;
  constructor(private readonly companions: string[]) {
    this.start();
  }
  private start(): void {
    this.worker = new Worker(join(__dirname, 'worker.js'), { workerData: { companions: this.companions } });
    this.worker.unref();
  }
  run(id: number, text: string, timeoutMs: number): Promise<EngineOutcome | 'hang' | { crash: string }> {
    return new Promise((resolve) => {
      const done = (v: EngineOutcome | 'hang' | { crash: string }) => {
        clearTimeout(timer);
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
        resolve(v);
      };
      const onMessage = (m: EngineOutcome & { id: number }) => m.id === id && done(m);
      const onError = (e: Error) => {
        done({ crash: String(e?.stack ?? e).split('\n').slice(0, 3).join(' | ') });
        this.start();
      };
      const timer = setTimeout(() => {
        void this.worker.terminate();
        this.start();
        done('hang');
      }, timeoutMs);
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
      this.worker.postMessage({ id, text });
    });
  }
  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

async function fuzzServerOne(client: LspClient, i: number, input: FuzzInput, timeoutMs: number, r: () => number, t: Tally): Promise<'ok' | 'dead'> {
  const uri = `file:///newslens-fuzz/input-${i}.txt`;
  const t0 = performance.now();
  const violations: string[] = [];
  try {
    await client.open(uri, input.text, 1);
    const diag = await client.waitForDiagnostics(uri, timeoutMs, undefined, t0);
    const starts = lineStarts(input.text);
    diag.diagnostics.forEach((d, k) => {
      checkRange(input.text, starts, d.range, `diagnostic ${k}`, violations);
      for (const rel of d.relatedInformation ?? []) if (rel.location.uri === uri) checkRange(input.text, starts, rel.location.range, `diagnostic ${k} related`, violations);
    });
    for (let h = 0; h < 3; h++) {
      const line = Math.floor(r() * (starts.length + 1)); // sometimes one past the last line
      const character = Math.floor(r() * 120);
      try {
        const hover = (await Promise.race([
          client.request<{ range?: Parameters<typeof checkRange>[2] } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } }),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('hover timeout')), timeoutMs)),
        ])) as { range?: Parameters<typeof checkRange>[2] } | null;
        if (hover?.range) checkRange(input.text, starts, hover.range, 'hover range', violations);
      } catch (e) {
        const msg = (e as Error).message;
        if (msg === 'hover timeout') throw e;
        // A ResponseError is a legal answer; a closed connection is not.
        if (client.exited) throw e;
      }
    }
    await client.close(uri);
  } catch (e) {
    t.times.push(performance.now() - t0);
    if (client.exited) {
      t.crashes++;
      t.failures.push({ input, what: `server died: ${JSON.stringify(client.exited)} ${client.stderr.slice(-400)}` });
      return 'dead';
    }
    t.hangs++;
    t.failures.push({ input, what: `server: ${(e as Error).message.slice(0, 300)}` });
    return 'dead';
  }
  t.times.push(performance.now() - t0);
  if (violations.length) {
    t.outOfRange += violations.length;
    t.failures.push({ input, what: `server: ${violations.slice(0, 3).join('; ')}` });
  }
  return 'ok';
}

function summary(name: string, t: Tally): string {
  const p = (q: number) => (t.times.length ? percentile(t.times, q).toFixed(1) : 'n/a');
  return `${name.padEnd(7)} inputs ${t.tried}  crashes ${t.crashes}  hangs ${t.hangs}  out-of-range offsets ${t.outOfRange}  per-input ms p50 ${p(50)} p95 ${p(95)} max ${t.times.length ? Math.max(...t.times).toFixed(1) : 'n/a'}`;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const bases = loadBases(REPO_ROOT, args.data);
  process.stderr.write(`[fuzz] ${args.count} inputs from ${bases.length} base articles, seed ${args.seed}, watchdog ${args.timeout} ms\n`);
  const engine = tally();
  const server = tally();
  const runner = args.engine ? new EngineRunner(bases.slice(0, 3).map((b) => b.text)) : undefined;
  let client: LspClient | undefined;
  const startServer = async () => {
    client = LspClient.spawn();
    await client.initialize();
  };
  if (args.server) await startServer();
  const r = rng(args.seed ^ 0x5eed);
  let i = 0;
  for (const input of fuzzInputs(bases, args.count, args.seed)) {
    if (runner) {
      engine.tried++;
      const out = await runner.run(i, input.text, args.timeout);
      if (out === 'hang') {
        engine.hangs++;
        engine.times.push(args.timeout);
        engine.failures.push({ input, what: `engine: no answer within ${args.timeout} ms` });
      } else if ('crash' in out) {
        engine.crashes++;
        engine.failures.push({ input, what: `engine worker died: ${out.crash}` });
      } else {
        engine.times.push(out.ms);
        if (out.error) {
          engine.crashes++;
          engine.failures.push({ input, what: `engine threw in ${out.error}` });
        }
        if (out.violations.length) {
          engine.outOfRange += out.violations.length;
          engine.failures.push({ input, what: `engine: ${out.violations.slice(0, 3).join('; ')}` });
        }
      }
    }
    if (client) {
      server.tried++;
      if ((await fuzzServerOne(client, i, input, args.timeout, r, server)) === 'dead') {
        await client.stop(500);
        await startServer();
      }
    }
    i++;
    if (i % 100 === 0) process.stderr.write(`[fuzz] ${i}/${args.count}\n`);
  }
  await runner?.stop();
  await client?.stop();

  const failures = [...engine.failures, ...server.failures];
  const dir = join(tmpdir(), 'newslens-fuzz', `seed-${args.seed}`);
  if (failures.length) {
    mkdirSync(dir, { recursive: true });
    failures.slice(0, 200).forEach((f, k) => {
      writeFileSync(join(dir, `${k}.txt`), f.input.text);
      writeFileSync(join(dir, `${k}.json`), JSON.stringify({ name: f.input.name, what: f.what }, null, 2));
    });
  }
  const lines = [summary('engine', engine), summary('server', server)];
  if (failures.length) {
    lines.push(`${failures.length} failing inputs (first 200 saved in ${dir}):`);
    for (const f of failures.slice(0, 15)) lines.push(`  ${f.input.name}\n    ${f.what.slice(0, 400)}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return failures.length ? 1 : 0;
}
