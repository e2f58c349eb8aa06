// Finds the files of the test workspace the outer runner prepared (see ../fixtures.ts).
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'newslens.newslens';

export function fileUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test workspace has no folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function api(): Promise<NewsLensApi> {
  const ext = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed in this extension host`);
  return ext.activate();
}
