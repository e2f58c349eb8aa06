// The default report: one line per finding, like a compiler (`file:line:col: severity: message [code]`),
// then one line per document problem and a summary line.
import type { CorpusAnalysis } from '../types';
import { LineIndex, lineColumn } from './positions';

export function buildTextReport(corpus: CorpusAnalysis): string {
  const indexes = new Map(corpus.documents.map((d) => [d.path, new LineIndex(d.text)]));
  const where = (path: string, offset: number) => {
    const index = indexes.get(path);
    const { line, column } = index ? lineColumn(index, offset) : { line: 1, column: 1 };
    return `${path}:${line}:${column}`;
  };
  const lines: string[] = [];
  for (const doc of corpus.documents) {
    for (const p of doc.problems) lines.push(`${where(doc.path, p.span?.start ?? 0)}: ${p.severity}: ${p.message} [${p.code}]`);
  }
  for (const f of corpus.findings) {
    lines.push(`${where(f.primary.path, f.primary.start)}: ${f.severity}: ${f.message} [${f.code}]`);
    for (const r of f.related) lines.push(`    ${where(r.path, r.start)}: note: ${r.note ? r.note + ': ' : ''}${oneLine(r.text)}`);
  }
  const count = (kind: string) => corpus.findings.filter((f) => f.kind === kind).length;
  lines.push(
    `${corpus.documents.length} documents, ${corpus.stories.length} stories, ${corpus.entities.length} entities: ` +
      `${count('conflict')} conflicts, ${count('corroboration')} corroborations, ${count('single-source')} single-source, ${count('ambiguity')} ambiguities`,
  );
  return lines.join('\n') + '\n';
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? flat.slice(0, 157) + '...' : flat;
}
