// A comparison that comes from a worker thread or from the corpus cache carries its own copy of
// every passage, claim and mention text (structured clone and JSON both copy strings). The same
// text is already in memory as part of the document it was taken from: re-taking it as a slice of
// the document lets V8 share the characters and drop the copy. At 10,000 articles the passages
// alone are hundreds of MB of copies. For the same reason the corpus cache stores no text a
// document already holds (elideTexts), and shareTexts takes it back from the document.
import type { CorpusAnalysis, DocumentAnalysis } from '../engine/types';

type Result = Omit<CorpusAnalysis, 'documents'>;
type Documents = ReadonlyMap<string, Pick<DocumentAnalysis, 'text'>>;

/** Calls `visit` with every located text of the analysis and stores what it returns. */
function eachText(analysis: Result, visit: (path: string, start: number, end: number, text: string | undefined) => string | undefined): void {
  for (const f of analysis.findings) {
    for (const p of [f.primary, ...f.related]) p.text = visit(p.path, p.start, p.end, p.text)!;
  }
  for (const c of analysis.claims) c.text = visit(c.path, c.span.start, c.span.end, c.text)!;
  for (const a of analysis.alignments) for (const cell of a.cells) cell.text = visit(cell.path, cell.span.start, cell.span.end, cell.text)!;
  for (const e of analysis.entities) for (const m of e.mentions) m.text = visit(m.path, m.start, m.end, m.text)!;
}

function sliceOf(documents: Documents, path: string, start: number, end: number): string | undefined {
  const doc = documents.get(path);
  return doc && end <= doc.text.length && start <= end ? doc.text.slice(start, end) : undefined;
}

/**
 * Replaces copied texts by slices of the documents they come from, and fills texts the corpus
 * cache left out (in place); returns the analysis.
 */
export function shareTexts<T extends Result>(analysis: T, documents: Documents): T {
  eachText(analysis, (path, start, end, text) => {
    if (text !== undefined && end - start !== text.length) return text;
    const slice = sliceOf(documents, path, start, end);
    return slice !== undefined && (text === undefined || slice === text) ? slice : text ?? '';
  });
  return analysis;
}

/** Leaves out (in place) every text that is exactly the slice of its document, for storing; shareTexts restores them. */
export function elideTexts<T extends Result>(analysis: T, documents: Documents): T {
  eachText(analysis, (path, start, end, text) => (text !== undefined && end - start === text.length && sliceOf(documents, path, start, end) === text ? undefined : text));
  return analysis;
}
