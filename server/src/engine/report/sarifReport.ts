// SARIF 2.1.0 for code-scanning tools: one run, one rule per finding code, fingerprints as
// partialFingerprints so dismissals and baselines survive unrelated edits.
import type { CorpusAnalysis, Severity } from '../types';
import { LineIndex, lineColumn } from './positions';
import { TOOL_VERSION } from '../version';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function buildSarifReport(corpus: CorpusAnalysis): object {
  const indexes = new Map(corpus.documents.map((d) => [d.path, new LineIndex(d.text)]));
  const region = (path: string, start: number, end: number, text: string) => {
    const index = indexes.get(path);
    const a = index ? lineColumn(index, start) : { line: 1, column: 1 };
    const b = index ? lineColumn(index, end) : a;
    return {
      artifactLocation: { uri: encodeURI(path) },
      region: { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, charOffset: start, charLength: end - start, snippet: { text } },
    };
  };
  const codes = [...new Set(corpus.findings.map((f) => f.code))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'newslens',
            version: TOOL_VERSION,
            informationUri: 'https://github.com/newslens/newslens',
            rules: codes.map((code) => ({ id: code, name: code.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase()), shortDescription: { text: code } })),
          },
        },
        artifacts: corpus.documents.map((d) => ({ location: { uri: encodeURI(d.path) }, length: d.text.length })),
        results: corpus.findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: codes.indexOf(f.code),
          level: LEVEL[f.severity],
          kind: 'fail',
          message: { text: f.message },
          locations: [{ physicalLocation: region(f.primary.path, f.primary.start, f.primary.end, f.primary.text) }],
          relatedLocations: f.related.map((r, i) => ({ id: i + 1, physicalLocation: region(r.path, r.start, r.end, r.text), message: { text: r.note || r.text } })),
          partialFingerprints: { 'newslens/v1': f.fingerprint },
          properties: { kind: f.kind, type: f.type, story: f.story },
        })),
      },
    ],
  };
}
