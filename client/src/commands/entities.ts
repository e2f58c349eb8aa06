// "Show Entity Across Sources": the entity under the cursor (or one picked from the story) with
// every mention in every source, in VS Code's references peek.
import * as vscode from 'vscode';
import { toRange, toUri } from '../locations';
import type { StoryService } from '../storyService';

export async function showEntityAcrossSources(stories: StoryService): Promise<vscode.Location[]> {
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    const locations = await references(editor.document.uri, editor.selection.active);
    if (locations.length > 0) {
      await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, editor.selection.active, locations);
      return locations;
    }
  }
  const story = (await stories.refreshNow()).story;
  if (!story || story.entities.length === 0) {
    vscode.window.setStatusBarMessage('NewsLens: no entity here, and no story with entities is open.', 3000);
    return [];
  }
  const names = new Map(story.sources.map((s, i) => [i, s.name]));
  const picked = await vscode.window.showQuickPick(
    story.entities.map((e) => ({
      label: e.name,
      description: e.type,
      detail: e.counts.map((n, i) => `${names.get(i)}: ${n}`).join(' · '),
      entity: e,
    })),
    { placeHolder: 'Entity to show across sources', matchOnDetail: true },
  );
  const first = picked?.entity.first.find((l) => l !== null);
  if (!first) return [];
  const uri = toUri(first.uri);
  const at = toRange(first).start;
  const locations = await references(uri, at);
  const shown = locations.length > 0 ? locations : picked!.entity.first.flatMap((l) => (l ? [new vscode.Location(toUri(l.uri), toRange(l))] : []));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at), preview: false });
  await vscode.commands.executeCommand('editor.action.showReferences', uri, at, shown);
  return shown;
}

async function references(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Location[]> {
  const found = await vscode.commands.executeCommand<vscode.Location[] | undefined>('vscode.executeReferenceProvider', uri, position);
  return found ?? [];
}
