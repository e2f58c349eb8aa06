// An incremental corpus: documents come and go; each is read once per content version, and the
// comparison is recomputed from the cached per-document analyses.
import type { CorpusAnalysis, DocumentAnalysis, ReadOptions } from './types';
import { readDocument } from './read/readDocument';
import { compareDocuments, type CompareOptions } from './compare/compareDocuments';

export class Corpus {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private cached: CorpusAnalysis | undefined;

  constructor(private readOptions: ReadOptions = {}, private compareOptions: CompareOptions = {}) {}

  /** Adds or replaces a document; returns its analysis. Unchanged text is not re-read. */
  upsert(path: string, text: string): DocumentAnalysis {
    const previous = this.docs.get(path);
    if (previous && previous.text === text) return previous;
    const analysis = readDocument(path, text, this.readOptions);
    this.docs.set(path, analysis);
    this.cached = undefined;
    return analysis;
  }

  /**
   * Adds a document analysed earlier with the same engine and options (the language server's
   * on-disk analysis cache), so an unchanged article is not read again.
   */
  adopt(analysis: DocumentAnalysis): void {
    this.docs.set(analysis.path, analysis);
    this.cached = undefined;
  }

  remove(path: string): boolean {
    const had = this.docs.delete(path);
    if (had) this.cached = undefined;
    return had;
  }

  has(path: string): boolean {
    return this.docs.has(path);
  }

  document(path: string): DocumentAnalysis | undefined {
    return this.docs.get(path);
  }

  /** Number of documents (without sorting their paths). */
  get size(): number {
    return this.docs.size;
  }

  paths(): string[] {
    return [...this.docs.keys()].sort();
  }

  setOptions(readOptions: ReadOptions, compareOptions: CompareOptions = this.compareOptions): void {
    this.readOptions = readOptions;
    this.compareOptions = compareOptions;
    for (const [path, doc] of this.docs) this.docs.set(path, readDocument(path, doc.text, readOptions));
    this.cached = undefined;
  }

  analysis(): CorpusAnalysis {
    this.cached ??= compareDocuments([...this.docs.values()], this.compareOptions);
    return this.cached;
  }
}
