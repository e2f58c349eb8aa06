// Starts a real VS Code (code-server 4.100.3, installed by scripts/setup.d/vscode.sh) on 127.0.0.1
// with throwaway profile folders, in its own process group so that stopping it also ends the
// extension hosts and language servers it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

/** Where scripts/setup.d/vscode.sh installs code-server (keep the two in step). */
export function codeServerBinary(): string {
  const prefix =
    process.env.NEWSLENS_CODE_SERVER_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'newslens', `code-server-${CODE_SERVER_VERSION}`);
  return join(prefix, 'node_modules', '.bin', 'code-server');
}

export function codeServerInstalled(): boolean {
  return existsSync(codeServerBinary()) && existsSync('/usr/bin/chromium');
}

export interface CodeServer {
  url: string;
  /** Scratch folder of this instance (profile, logs, results). */
  dir: string;
  /** Host tests write their results here (passed to the extension host as NEWSLENS_HOST_RESULTS). */
  resultsDir: string;
  log(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** false: workspace trust is on and folders open in Restricted Mode. */
  trusted: boolean;
  settings?: Record<string, unknown>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function startCodeServer(options: StartOptions): Promise<CodeServer> {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-cs-'));
  const userData = join(dir, 'user-data');
  const resultsDir = join(dir, 'results');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(resultsDir);
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'security.workspace.trust.enabled': !options.trusted,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
    'window.restoreWindows': 'none',
    ...options.settings,
  };
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const port = await freePort();
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-getting-started-override', '--user-data-dir', userData, '--extensions-dir', join(dir, 'extensions'),
    ...(options.trusted ? ['--disable-workspace-trust'] : []),
  ];
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    NEWSLENS_HOST_RESULTS: resultsDir,
  };
  let output = '';
  // detached: a new session and process group (setsid), so -pid reaches every child.
  const child: ChildProcess = spawn(codeServerBinary(), args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const listening = new Promise<void>((resolve, reject) => {
    const onData = (b: Buffer) => {
      output += b.toString();
      if (output.includes('HTTP server listening on')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited (${code}) before listening:\n${output}`)));
    setTimeout(() => reject(new Error(`code-server did not listen within 30 s:\n${output}`)), 30_000).unref();
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      const killer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 3000);
      await exited;
      clearTimeout(killer);
    }
    // Children that ignored SIGTERM (language servers) still belong to the group.
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // the group is empty
    }
    if (!process.env.NEWSLENS_KEEP_TMP) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await listening;
  } catch (err) {
    await stop();
    throw err;
  }
  return { url: `http://127.0.0.1:${port}`, dir, resultsDir, log: () => output, stop };
}

export function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}
