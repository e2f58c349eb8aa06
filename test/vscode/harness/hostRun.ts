// Loads the workbench with an extension-host test module (like @vscode/test-electron does for
// desktop VS Code) and collects the module's per-test results.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { HostResult } from '../host/hostMocha';
import { workbenchUrl } from './browser';
import { readJson, type CodeServer } from './codeServer';

export interface HostRun {
  /** The exit code the workbench reported (0 when the module's run() resolved), or 'timeout'. */
  exit: number | 'timeout';
  results: HostResult[];
  console: string[];
  seconds: number;
}

export async function runHostModule(browser: Browser, server: CodeServer, opts: { repo: string; folder: string; module: string; name: string; timeoutMs: number }): Promise<HostRun> {
  const t0 = Date.now();
  const context = await browser.newContext();
  const page = await context.newPage();
  const lines: string[] = [];
  page.on('console', (m) => {
    const text = m.text();
    if (text.includes('[host]') || m.type() === 'error') lines.push(text.slice(0, 2000));
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const exited = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
    await page.goto(workbenchUrl(server.url, opts.folder, opts.repo, opts.module));
    const exit = await Promise.race([exited, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), opts.timeoutMs)))]);
    const results = readJson<HostResult[]>(join(server.resultsDir, `${opts.name}.json`)) ?? [];
    return { exit, results, console: lines, seconds: (Date.now() - t0) / 1000 };
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}
