// Code actions on a finding's range: dismiss it (stored in .newslens/dismissed.json) and open the
// comparison of its story. The dismiss command is executed by the VS Code client (which sends
// newslens/dismiss) or, in other editors, by the server through workspace/executeCommand.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { visibleFindings, type FindingDiagnosticData } from './diagnostics';
import { COMPARE_COMMAND } from './codeLens';

export const DISMISS_COMMAND = 'newslens.dismissFinding';

function overlaps(a: CodeActionParams['range'], b: CodeActionParams['range']): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function codeActions(ctx: FeatureContext, path: string, params: CodeActionParams): CodeAction[] {
  const { view } = ctx;
  if (!view.document(path)) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];
  const findings = visibleFindings(ctx, path).filter((f) => overlaps(view.range(path, f.primary), params.range));
  if (wants(CodeActionKind.QuickFix)) {
    for (const f of findings) {
      const diagnostic = params.context.diagnostics.find((d) => (d.data as FindingDiagnosticData | undefined)?.fingerprint === f.fingerprint);
      actions.push({
        title: `Dismiss this finding (${f.code})`,
        kind: CodeActionKind.QuickFix,
        ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
        command: { title: 'Dismiss finding', command: DISMISS_COMMAND, arguments: [f.fingerprint] },
      });
    }
  }
  const storySize = view.storyDocuments(path).length;
  if (storySize >= 2 && wants(CodeActionKind.Empty)) {
    const offset = view.offsetAt(path, params.range.start);
    const claim = offset === undefined ? undefined : view.claimAt(path, offset);
    const alignment = claim && view.alignmentOf(path, claim.id);
    actions.push({
      title: `Compare sources (${storySize} in this story)`,
      kind: CodeActionKind.Empty,
      command: { title: 'Compare sources', command: COMPARE_COMMAND, arguments: alignment ? [alignment.id] : [] },
    });
  }
  return actions;
}
