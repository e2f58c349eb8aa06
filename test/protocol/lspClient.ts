// A real LSP client for the protocol tests: spawns the bundled server (`node dist/server.js --stdio`)
// and speaks JSON-RPC to it. Tests wait on events (a publishDiagnostics for a URI and version, a
// notification), never on sleeps.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const REPO = path.resolve(__dirname, '../../..');
export const SERVER = path.join(REPO, 'dist/server.js');
export const SEEDS = path.join(REPO, 'seeds');

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

interface Waiter<T> {
  match: (value: T) => boolean;
  resolve: (value: T) => void;
}

export interface StartOptions {
  /** Workspace folder (file-system path); none when omitted. */
  root?: string;
  settings?: Record<string, unknown>;
  /** Advertise dynamic registration of file watching (VS Code does; Neovim 0.7 does not). */
  watchFiles?: boolean;
  workDoneProgress?: boolean;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** Extra node flags for the server process (e.g. --cpu-prof when investigating latency). */
  nodeArgs?: string[];
}

export class TestClient {
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly registrations: unknown[] = [];
  readonly stderr: string[] = [];
  settings: Record<string, unknown>;
  private readonly waiters: Waiter<{ method: string; params: unknown }>[] = [];
  exited: { code: number | null; signal: string | null } | undefined;

  private constructor(
    readonly child: ChildProcess,
    readonly conn: MessageConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    child.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    child.on('exit', (code, signal) => (this.exited = { code, signal }));
    // vscode-jsonrpc routes $/progress to progress handlers, not to the star handler.
    conn.onUnhandledProgress((params) => this.notify('$/progress', params));
    conn.onNotification((method, params) => this.notify(method, params));
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => this.settings));
    conn.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.listen();
  }

  private notify(method: string, params: unknown): void {
    const event = { method, params };
    if (method === 'textDocument/publishDiagnostics') this.publishes.push(params as PublishDiagnosticsParams);
    this.notifications.push(event);
    for (const w of [...this.waiters]) {
      if (w.match(event)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(event);
      }
    }
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    // A throwaway analysis cache per client unless the test shares one on purpose.
    const ownCache = options.env?.NEWSLENS_CACHE_DIR === undefined;
    const cacheDir = options.env?.NEWSLENS_CACHE_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-cache-'));
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NEWSLENS_CACHE_DIR: cacheDir, ...options.env } });
    const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, conn, options);
    // Removed once the server is gone (however it ends): a run of the suites made hundreds of them.
    if (ownCache) child.once('exit', () => fs.rmSync(cacheDir, { recursive: true, force: true }));
    const root = options.root;
    const died = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`the server exited (${code}) before answering initialize: ${client.stderr.join('').slice(-2000)}`))),
    );
    died.catch(() => undefined);
    client.initializeResult = await Promise.race([died, conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root ? fileUri(root) : null,
      workspaceFolders: root ? [{ uri: fileUri(root), name: path.basename(root) }] : null,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: !!options.watchFiles },
        },
        window: { workDoneProgress: !!options.workDoneProgress },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    })]);
    await conn.sendNotification('initialized', {});
    return client;
  }

  initializeResult: unknown;

  /** Resolves with the first notification (already received after `since`, or future) matching. */
  waitFor<T = unknown>(method: string, match: (params: T) => boolean = () => true, timeoutMs = 15000, since = this.notifications.length): Promise<T> {
    const m = (e: { method: string; params: unknown }) => e.method === method && match(e.params as T);
    const seen = this.notifications.slice(since).find(m);
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`timeout after ${timeoutMs} ms waiting for ${method}${this.exited ? ` (server exited ${JSON.stringify(this.exited)})` : ''}; stderr: ${this.stderr.join('').slice(-2000)}`));
      }, timeoutMs);
      const waiter: Waiter<{ method: string; params: unknown }> = {
        match: m,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e.params as T);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** A publishDiagnostics for this document (any spelling of its URI), optionally at a version. */
  diagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true, options: { version?: number; since?: number; timeoutMs?: number } = {}): Promise<PublishDiagnosticsParams> {
    const key = sameFile(uri);
    return this.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => key(p.uri) && (options.version === undefined || p.version === options.version) && match(p),
      options.timeoutMs,
      options.since ?? 0,
    );
  }

  /** The latest publish for a document, if any. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    const key = sameFile(uri);
    return [...this.publishes].reverse().find((p) => key(p.uri));
  }

  open(uri: string, text: string, version = 1, languageId = 'plaintext'): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): void {
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: { newslens: settings } });
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
    this.conn.dispose();
  }
}

/** Compares file URIs by decoded path, so "%c3%a5" and "%C3%A5" are the same file. */
export function sameFile(uri: string): (other: string) => boolean {
  const norm = (u: string) => {
    try {
      return decodeURIComponent(u);
    } catch {
      return u;
    }
  };
  const a = norm(uri);
  return (other) => norm(other) === a;
}
