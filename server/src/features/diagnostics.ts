// Turns engine findings and document problems into LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { CorpusAnalysis, DocumentAnalysis, Severity } from '../engine/types';
import { LineIndex } from '../engine/report/positions';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function diagnosticsFor(doc: DocumentAnalysis, corpus: CorpusAnalysis): Diagnostic[] {
  const index = new LineIndex(doc.text);
  const range = (start: number, end: number) => ({ start: index.position(start), end: index.position(end) });
  const result: Diagnostic[] = doc.problems.map((p) => ({
    range: range(p.span?.start ?? 0, p.span?.end ?? 0),
    severity: SEVERITY[p.severity],
    code: p.code,
    source: 'newslens',
    message: p.message,
  }));
  for (const f of corpus.findings) {
    if (f.primary.path !== doc.path) continue;
    result.push({ range: range(f.primary.start, f.primary.end), severity: SEVERITY[f.severity], code: f.code, source: 'newslens', message: f.message });
  }
  return result;
}
