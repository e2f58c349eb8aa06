// Dismiss / restore findings and re-analyse the workspace: thin wrappers over the server's
// newslens/dismiss and newslens/reanalyze requests. Dismissals live in .newslens/dismissed.json.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DISMISSED_FILE, parseDismissed, type Dismissal } from '../../../server/src/engine/dismissals';
import { DISMISS_REQUEST, REANALYZE_REQUEST, type DismissParams } from '../../../server/src/protocol';

/** The fingerprint a diagnostic carries in its LSP `data` (kept by vscode-languageclient). */
export function fingerprintOf(d: vscode.Diagnostic): string | undefined {
  const data = (d as vscode.Diagnostic & { data?: unknown }).data;
  if (typeof data === 'string') return data;
  if (data && typeof data === 'object' && typeof (data as { fingerprint?: unknown }).fingerprint === 'string') {
    return (data as { fingerprint: string }).fingerprint;
  }
  return undefined;
}

function fingerprintArg(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg.length > 0 && arg.length < 512) return arg;
  if (arg && typeof arg === 'object' && typeof (arg as { fingerprint?: unknown }).fingerprint === 'string') return (arg as { fingerprint: string }).fingerprint;
  return undefined;
}

export async function dismissFinding(client: LanguageClient, arg?: unknown): Promise<string | undefined> {
  let fingerprint = fingerprintArg(arg);
  if (!fingerprint) {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const here = vscode.languages
      .getDiagnostics(editor.document.uri)
      .filter((d) => d.source === 'newslens' && d.range.contains(editor.selection.active) && fingerprintOf(d));
    const picked = here.length === 1 ? here[0] : (await vscode.window.showQuickPick(here.map((d) => ({ label: d.message, d })), { placeHolder: 'Finding to dismiss' }))?.d;
    fingerprint = picked && fingerprintOf(picked);
  }
  if (!fingerprint) {
    vscode.window.setStatusBarMessage('NewsLens: no finding at the cursor.', 3000);
    return undefined;
  }
  await client.sendRequest(DISMISS_REQUEST, { fingerprint } satisfies DismissParams);
  return fingerprint;
}

async function readDismissed(): Promise<Dismissal[]> {
  const all: Dismissal[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, DISMISSED_FILE));
      all.push(...parseDismissed(new TextDecoder().decode(bytes)));
    } catch {
      // No dismissals in this folder.
    }
  }
  return all;
}

export async function restoreFindings(client: LanguageClient, arg?: unknown): Promise<string[]> {
  const given = fingerprintArg(arg);
  let fingerprints: string[];
  if (given) {
    fingerprints = [given];
  } else {
    const dismissed = await readDismissed();
    if (dismissed.length === 0) {
      vscode.window.setStatusBarMessage('NewsLens: no dismissed findings.', 3000);
      return [];
    }
    const picked = await vscode.window.showQuickPick(
      dismissed.map((d) => ({ label: d.message ?? d.fingerprint, description: d.code, detail: d.dismissedAt, fingerprint: d.fingerprint })),
      { canPickMany: true, placeHolder: 'Findings to restore' },
    );
    fingerprints = (picked ?? []).map((p) => p.fingerprint);
  }
  for (const fingerprint of fingerprints) await client.sendRequest(DISMISS_REQUEST, { fingerprint, restore: true } satisfies DismissParams);
  return fingerprints;
}

export async function reanalyze(client: LanguageClient): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'NewsLens: re-analysing the workspace' }, () =>
    client.sendRequest(REANALYZE_REQUEST, {}),
  );
}
