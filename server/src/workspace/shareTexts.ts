// A comparison that comes from a worker thread or from the corpus cache carries its own copy of
// every passage, claim and mention text and of every path (structured clone and JSON both copy
// strings). The same strings are already in memory in the documents they were taken from: taking
// them back from the document (a slice of its text, its own path) lets V8 share them and drop the
// copies. At 10,000 articles the copies are hundreds of MB. For the same reason the worker's reply
// and the corpus cache carry no text a document holds and paths as numbers (compactResult), and
// shareTexts restores both.
import type { CorpusAnalysis, DocumentAnalysis } from '../engine/types';

type Result = Omit<CorpusAnalysis, 'documents'> & { paths: string[] };
type Documents = ReadonlyMap<string, Pick<DocumentAnalysis, 'text' | 'path'>>;

interface Located {
  path: string | number;
  text?: string;
}

/** Calls `visit` with every located passage of the analysis and its span; `visit` rewrites it in place. */
function eachLocated(analysis: Result, visit: (x: Located, start: number, end: number) => void): void {
  for (const f of analysis.findings) {
    visit(f.primary, f.primary.start, f.primary.end);
    for (const r of f.related) visit(r, r.start, r.end);
  }
  for (const c of analysis.claims) visit(c, c.span.start, c.span.end);
  for (const a of analysis.alignments) for (const cell of a.cells) visit(cell, cell.span.start, cell.span.end);
  for (const e of analysis.entities) for (const m of e.mentions) visit(m, m.start, m.end);
}

/**
 * Restores a compacted result (paths from numbers, texts left out) and replaces copied paths and
 * texts by the documents' own (in place); returns the analysis.
 */
export function shareTexts<T extends Result>(analysis: T, documents: Documents): T {
  const own = (p: string) => documents.get(p)?.path ?? p;
  const paths = analysis.paths.map(own);
  analysis.paths = paths;
  eachLocated(analysis, (x, start, end) => {
    const path = typeof x.path === 'number' ? paths[x.path] : own(x.path);
    x.path = path;
    const doc = documents.get(path);
    if (x.text !== undefined && end - start !== x.text.length) return;
    const slice = doc && end <= doc.text.length && start <= end ? doc.text.slice(start, end) : undefined;
    x.text = slice !== undefined && (x.text === undefined || slice === x.text) ? slice : x.text ?? '';
  });
  for (const s of analysis.stories) s.documents = s.documents.map(own);
  return analysis;
}

/**
 * Leaves out (in place) every text that is exactly the slice of its document and writes paths as
 * their index in `analysis.paths`, for a message or the cache; shareTexts restores both.
 */
export function compactResult<T extends Result>(analysis: T, documents: Documents): T {
  const index = new Map(analysis.paths.map((p, i) => [p, i]));
  eachLocated(analysis, (x, start, end) => {
    if (typeof x.path !== 'string') return;
    const doc = documents.get(x.path);
    if (x.text !== undefined && doc && end - start === x.text.length && end <= doc.text.length && doc.text.slice(start, end) === x.text) x.text = undefined;
    const i = index.get(x.path);
    if (i !== undefined) x.path = i;
  });
  return analysis;
}
