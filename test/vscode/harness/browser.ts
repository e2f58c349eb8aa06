// Headless Debian chromium through playwright-core (no browser download), and the workbench URL
// that loads the extension under development (and optionally an extension-host test module).
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The workbench URL for `folder` with the extension at `extensionPath` (and a host test module). */
export function workbenchUrl(base: string, folder: string, extensionPath: string, testsPath?: string): string {
  const authority = new URL(base).host;
  const payload: [string, string][] = [['extensionDevelopmentPath', `vscode-remote://${authority}${extensionPath}`]];
  if (testsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${testsPath}`]);
  return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
