// A small LSP client that drives the real language server over stdio, as an editor would. Shared by
// the benchmark harness, the protocol robustness tests and the fuzzer, so all three measure and
// exercise exactly the same process (`node dist/server.js --stdio`).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';

/** The repository root: bundles land at different depths (out/bench, out/test/<suite>), so look for it. */
export const REPO_ROOT = findRoot(__dirname);

export const SERVER_BUNDLE = join(REPO_ROOT, 'dist', 'server.js');

export interface ProgressEvent {
  token: string | number;
  kind: 'begin' | 'report' | 'end';
  title?: string;
  message?: string;
  percentage?: number;
  at: number;
}

export interface SpawnOptions {
  /** Extra node flags (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** What the client answers to workspace/configuration, per requested section. */
  settings?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
}

type Waiter = { test: () => boolean; resolve: () => void };

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics, in arrival order, with its arrival time (performance.now()). */
  readonly diagnosticLog: { params: PublishDiagnosticsParams; at: number }[] = [];
  readonly progress: ProgressEvent[] = [];
  progressReports = 0;
  readonly logMessages: string[] = [];
  stderr = '';
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  readonly spawnedAt: number;
  initializeResult: InitializeResult | undefined;
  private waiters: Waiter[] = [];

  private constructor(readonly process: ChildProcess, options: SpawnOptions) {
    this.spawnedAt = performance.now();
    process.stderr!.setEncoding('utf8');
    process.stderr!.on('data', (s: string) => {
      // Keep the tail only: a noisy server must not grow the test's memory without bound.
      this.stderr = (this.stderr + s).slice(-20000);
    });
    process.on('exit', (code, signal) => {
      this.exited = { code, signal };
      this.wake();
    });
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      this.diagnosticLog.push({ params, at: performance.now() });
      if (this.diagnosticLog.length > 50000) this.diagnosticLog.splice(0, 25000);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logMessages.push(p.message);
      if (this.logMessages.length > 1000) this.logMessages.shift();
      this.wake();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((item) => (item.section && options.settings ? options.settings[item.section] ?? null : null)),
    );
    // vscode-jsonrpc routes $/progress to handlers registered per token (a plain notification
    // handler never sees it): register one for every token the server creates.
    this.connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.connection.onProgress(WorkDoneProgress.type, p.token, (value) => {
        const v = value as { kind: ProgressEvent['kind']; title?: string; message?: string; percentage?: number };
        // Begin and end are kept; reports (many per second in a long scan) are only counted.
        if (v.kind === 'report') this.progressReports++;
        else this.progress.push({ token: p.token, kind: v.kind, title: v.title, message: v.message, percentage: v.percentage, at: performance.now() });
        this.wake();
      });
      return null;
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('workspace/workspaceFolders', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    // A dead server must surface as a failed request, not as an unhandled error event.
    this.connection.onError(() => undefined);
    this.connection.onClose(() => this.wake());
    this.connection.listen();
  }

  static spawn(options: SpawnOptions = {}): LspClient {
    // BENCH_SERVER_NODE_ARGS: node flags for every server the bench starts (bench/README.md: profiles).
    const fromEnvironment = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...fromEnvironment, ...(options.nodeArgs ?? []), SERVER_BUNDLE, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: options.env ?? process.env,
    });
    return new LspClient(child, options);
  }

  get pid(): number {
    return this.process.pid!;
  }

  /** Sends initialize (+ initialized). Returns the result and the time from spawn to the response. */
  async initialize(root?: string): Promise<{ result: InitializeResult; readyMs: number }> {
    const rootUri = root ? pathToFileURL(root).href : null;
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: root ? [{ uri: rootUri, name: 'bench' }] : null,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
      initializationOptions: {},
    })) as InitializeResult;
    const readyMs = performance.now() - this.spawnedAt;
    this.initializeResult = result;
    await this.connection.sendNotification('initialized', {});
    return { result, readyMs };
  }

  open(uri: string, text: string, version = 1, languageId = 'plaintext'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Resolves when `test` holds (checked now and after every message), rejects after `timeoutMs` or on exit. */
  waitFor(test: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server stderr tail: ${this.stderr.slice(-600)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
      if (this.exited) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        clearTimeout(timer);
        reject(new Error(`server exited (${JSON.stringify(this.exited)}) while waiting for ${what}; stderr: ${this.stderr.slice(-600)}`));
      }
    });
  }

  /** Waits for diagnostics of `uri`; with `version`, for diagnostics published for that version or later. */
  waitForDiagnostics(uri: string, timeoutMs: number, version?: number, after = -1): Promise<PublishDiagnosticsParams> {
    const find = () => {
      for (let i = this.diagnosticLog.length - 1; i >= 0; i--) {
        const d = this.diagnosticLog[i];
        if (d.at <= after) break;
        if (d.params.uri !== uri) continue;
        if (version === undefined || (d.params.version !== undefined && d.params.version !== null && d.params.version >= version)) return d.params;
      }
      return undefined;
    };
    return this.waitFor(() => find() !== undefined, timeoutMs, `diagnostics for ${uri}${version !== undefined ? ` v${version}` : ''}`).then(() => find()!);
  }

  /** Peak resident set size of the server process in MiB (Linux /proc VmHWM), or undefined. */
  peakRssMb(): number | undefined {
    return readProcKb(this.pid, 'VmHWM');
  }

  rssMb(): number | undefined {
    return readProcKb(this.pid, 'VmRSS');
  }

  /** The server's CPU time so far, every thread of it (Linux /proc; undefined elsewhere). */
  cpuMs(): number | undefined {
    try {
      const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime (fields 14 and 15), in ticks of USER_HZ = 100.
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return undefined;
    }
  }

  private wake(): void {
    if (this.exited) {
      // Waiters re-check on exit; their own timers or the exit check in waitFor reject them.
      for (const w of [...this.waiters]) if (w.test()) { this.waiters = this.waiters.filter((x) => x !== w); w.resolve(); }
      return;
    }
    for (const w of [...this.waiters]) {
      if (w.test()) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve();
      }
    }
  }

  /** Polite shutdown; kills the process if it does not exit within `graceMs`. */
  async stop(graceMs = 2000): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), delay(graceMs)]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.process.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

function readProcKb(pid: number, field: string): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'server', 'src'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
