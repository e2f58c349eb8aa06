// Turns engine findings and document problems into LSP diagnostics: stable code, a docs link,
// source "newslens", severity from settings ("off" hides), related passages in the other sources,
// the fingerprint in `data` (the client's dismiss command reads it). Dismissed findings are left out.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { DocumentProblem, Finding, FindingKind, Severity } from '../engine/types';
import type { SeveritySetting } from '../protocol';
import { severitySettingFor } from '../workspace/settings';
import type { FeatureContext } from './context';
import { findingDocHref } from './findingDocs';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Diagnostic.data: no analysis-local ids, so a diagnostic is the same however the analysis was reached. */
export interface FindingDiagnosticData {
  fingerprint: string;
  kind: string;
}

/** Findings of a document that are shown: not dismissed and not switched off in the settings. */
const FINDING_KINDS: FindingKind[] = ['conflict', 'corroboration', 'single-source', 'ambiguity'];

export function visibleFindings(ctx: FeatureContext, path: string, onlyKinds?: ReadonlySet<FindingKind>): Finding[] {
  return ctx.view.findingsIn(path, onlyKinds).filter((f) => !ctx.dismissed.has(f.fingerprint) && severitySettingFor(ctx.settings, f.kind) !== 'off');
}

export function problemDiagnostic(p: DocumentProblem, range: Diagnostic['range']): Diagnostic {
  const href = findingDocHref(`problem/${p.code}`);
  return {
    range,
    severity: SEVERITY[p.severity],
    code: p.code,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'newslens',
    message: p.message,
  };
}

/**
 * How much of a document's diagnostics to build: everything (an open document), only the
 * document's own problems and the findings shown as errors or warnings, or nothing.
 */
export type DiagnosticsScope = 'all' | 'warnings' | 'none';

export function diagnosticsFor(ctx: FeatureContext, path: string, extraProblems: DocumentProblem[] = [], scope: DiagnosticsScope = 'all'): Diagnostic[] {
  if (scope === 'none') return [];
  const doc = ctx.view.document(path);
  const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const problems = [...extraProblems, ...(doc?.problems ?? [])];
  const result: Diagnostic[] = problems.map((p) => problemDiagnostic(p, doc && p.span ? ctx.view.range(path, p.span) : zero));
  if (!doc) return result;
  // Only the kinds shown as errors or warnings: a stored comparison need not read the story for them.
  const onlyKinds = scope === 'warnings' ? new Set(FINDING_KINDS.filter((k) => ['error', 'warning'].includes(severitySettingFor(ctx.settings, k)))) : undefined;
  for (const f of visibleFindings(ctx, path, onlyKinds)) {
    const setting = severitySettingFor(ctx.settings, f.kind) as Exclude<SeveritySetting, 'off'>;
    // Filtered before any range is computed: most findings of a large workspace are never shown.
    if (scope === 'warnings' && setting !== 'error' && setting !== 'warning') continue;
    const related: DiagnosticRelatedInformation[] = f.related
      .filter((r) => ctx.view.document(r.path))
      .map((r) => ({ location: { uri: ctx.uriOf(r.path), range: ctx.view.range(r.path, r) }, message: r.note ?? r.text }));
    const href = findingDocHref(f.code);
    const data: FindingDiagnosticData = { fingerprint: f.fingerprint, kind: f.kind };
    result.push({
      range: ctx.view.range(path, f.primary),
      severity: SEVERITY[setting],
      code: f.code,
      ...(href ? { codeDescription: { href } } : {}),
      source: 'newslens',
      message: f.message,
      ...(related.length ? { relatedInformation: related } : {}),
      data,
    });
  }
  return result;
}
