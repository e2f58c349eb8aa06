// Converts the server's locations to VS Code's and opens them in an editor.
import * as vscode from 'vscode';
import type { StoryLocation } from '../../server/src/protocol';

export function toRange(loc: StoryLocation): vscode.Range {
  const { start, end } = loc.range;
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

export function toUri(uri: string): vscode.Uri {
  return vscode.Uri.parse(uri, true);
}

/** One spelling per file: VS Code and Node percent-encode non-ASCII paths differently. */
export function sameDocument(a: string | vscode.Uri, b: string | vscode.Uri): boolean {
  const ua = typeof a === 'string' ? toUri(a) : a;
  const ub = typeof b === 'string' ? toUri(b) : b;
  if (ua.scheme === 'file' && ub.scheme === 'file') return ua.fsPath === ub.fsPath;
  return ua.toString() === ub.toString();
}

export type OpenWhere = 'active' | 'beside';

export async function openLocation(loc: StoryLocation, where: OpenWhere = 'active', preserveFocus = false): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(toUri(loc.uri));
  const range = toRange(loc);
  const column = where === 'beside' ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus, selection: range, preview: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Opens two passages next to each other: `left` in the first column, `right` beside it. */
export async function openSideBySide(left: StoryLocation, right: StoryLocation): Promise<void> {
  const leftDoc = await vscode.workspace.openTextDocument(toUri(left.uri));
  await vscode.window.showTextDocument(leftDoc, { viewColumn: vscode.ViewColumn.One, selection: toRange(left), preview: false });
  const rightDoc = await vscode.workspace.openTextDocument(toUri(right.uri));
  const editor = await vscode.window.showTextDocument(rightDoc, { viewColumn: vscode.ViewColumn.Two, selection: toRange(right), preview: false });
  editor.revealRange(toRange(right), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
