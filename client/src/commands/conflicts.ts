// Next / previous conflict: walks NewsLens conflict diagnostics in the active article, then on into
// the other articles of the workspace that have conflicts (in path order), wrapping around.
import * as vscode from 'vscode';

export function isConflict(d: vscode.Diagnostic): boolean {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return d.source === 'newslens' && typeof code === 'string' && code.startsWith('conflict');
}

interface Target {
  uri: vscode.Uri;
  range: vscode.Range;
}

function allConflicts(): Target[] {
  return vscode.languages
    .getDiagnostics()
    .flatMap(([uri, ds]) => ds.filter(isConflict).map((d) => ({ uri, range: d.range })))
    .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()) || a.range.start.compareTo(b.range.start));
}

/** The conflict after (or before) `from`; undefined when there is none anywhere. */
export function nextConflict(targets: Target[], from: { uri: vscode.Uri; position: vscode.Position } | undefined, direction: 1 | -1): Target | undefined {
  if (targets.length === 0) return undefined;
  if (!from) return direction === 1 ? targets[0] : targets[targets.length - 1];
  const key = from.uri.toString();
  const cmp = (t: Target) => t.uri.toString().localeCompare(key) || t.range.start.compareTo(from.position);
  if (direction === 1) return targets.find((t) => cmp(t) > 0) ?? targets[0];
  for (let i = targets.length - 1; i >= 0; i--) if (cmp(targets[i]) < 0) return targets[i];
  return targets[targets.length - 1];
}

export async function goToConflict(direction: 1 | -1): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const target = nextConflict(allConflicts(), editor ? { uri: editor.document.uri, position: editor.selection.active } : undefined, direction);
  if (!target) {
    vscode.window.setStatusBarMessage('NewsLens: no conflicts between sources.', 3000);
    return false;
  }
  const doc = await vscode.workspace.openTextDocument(target.uri);
  const shown = await vscode.window.showTextDocument(doc, { selection: target.range, preview: false });
  shown.revealRange(target.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
