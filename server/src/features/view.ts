// Indexes over one CorpusAnalysis that every feature needs (documents by path, findings by path,
// line tables). Built lazily once per analysis object, so features stay plain functions and the
// language server keeps no analysis of its own.
import type { Range } from 'vscode-languageserver';
import { LineIndex } from '../engine/report/positions';
import type { AlignedClaim, Claim, CorpusAnalysis, DocumentAnalysis, Entity, Finding, Mention, Span, Story } from '../engine/types';

export class AnalysisView {
  // Each index is built on first use: an edit in a large workspace makes a new view, and most
  // requests need only one or two of them.
  private readonly lines = new Map<string, LineIndex>();
  private docsIndex?: Map<string, DocumentAnalysis>;
  private entitiesIndex?: Map<string, Entity>;
  private findingsAtIndex?: Map<string, Finding[]>;
  private findingsByIdIndex?: Map<string, Finding>;
  private claimsInIndex?: Map<string, Claim[]>;
  private claimsByIdIndex?: Map<string, Claim>;
  private alignmentOfClaimIndex?: Map<string, AlignedClaim>;
  private storiesIndex?: Map<string, Story>;

  constructor(readonly corpus: CorpusAnalysis) {}

  private get docs(): Map<string, DocumentAnalysis> {
    return (this.docsIndex ??= new Map(this.corpus.documents.map((d) => [d.path, d])));
  }

  private get entities(): Map<string, Entity> {
    return (this.entitiesIndex ??= new Map(this.corpus.entities.map((e) => [e.id, e])));
  }

  private get findingsAt(): Map<string, Finding[]> {
    if (!this.findingsAtIndex) {
      this.findingsAtIndex = new Map();
      for (const f of this.corpus.findings) push(this.findingsAtIndex, f.primary.path, f);
    }
    return this.findingsAtIndex;
  }

  private get findingsById(): Map<string, Finding> {
    return (this.findingsByIdIndex ??= new Map(this.corpus.findings.map((f) => [f.id, f])));
  }

  private get claimsIn(): Map<string, Claim[]> {
    if (!this.claimsInIndex) {
      this.claimsInIndex = new Map();
      for (const c of this.corpus.claims) push(this.claimsInIndex, c.path, c);
    }
    return this.claimsInIndex;
  }

  private get claimsById(): Map<string, Claim> {
    return (this.claimsByIdIndex ??= new Map(this.corpus.claims.map((c) => [c.id, c])));
  }

  private get alignmentOfClaim(): Map<string, AlignedClaim> {
    if (!this.alignmentOfClaimIndex) {
      this.alignmentOfClaimIndex = new Map();
      for (const a of this.corpus.alignments) for (const cell of a.cells) this.alignmentOfClaimIndex.set(cell.claim, a);
    }
    return this.alignmentOfClaimIndex;
  }

  document(path: string): DocumentAnalysis | undefined {
    return this.docs.get(path);
  }

  lineIndex(path: string): LineIndex | undefined {
    let idx = this.lines.get(path);
    if (!idx) {
      const doc = this.docs.get(path);
      if (!doc) return undefined;
      idx = new LineIndex(doc.text);
      this.lines.set(path, idx);
    }
    return idx;
  }

  range(path: string, span: Span): Range {
    const idx = this.lineIndex(path);
    if (!idx) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: idx.position(span.start), end: idx.position(span.end) };
  }

  /** Offset of an LSP position in a document; undefined when the position is outside the text. */
  offsetAt(path: string, position: { line: number; character: number }): number | undefined {
    const doc = this.docs.get(path);
    const idx = this.lineIndex(path);
    if (!doc || !idx) return undefined;
    if (!Number.isInteger(position.line) || !Number.isInteger(position.character)) return undefined;
    if (position.line < 0 || position.character < 0 || position.line >= idx.lineCount) return undefined;
    return idx.offset(position.line, position.character, doc.text.length);
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  entityOfMention(path: string, index: number): Entity | undefined {
    const id = this.corpus.entityOfMention.get(`${path}#${index}`);
    return id === undefined ? undefined : this.entities.get(id);
  }

  /** The mention under an offset (the end is inclusive so a cursor just after a word still counts). */
  mentionAt(path: string, offset: number): { mention: Mention; index: number; entity?: Entity } | undefined {
    const doc = this.docs.get(path);
    if (!doc) return undefined;
    let found: { mention: Mention; index: number } | undefined;
    doc.mentions.forEach((mention, index) => {
      if (offset >= mention.start && offset <= mention.end && (!found || mention.end - mention.start < found.mention.end - found.mention.start)) {
        found = { mention, index };
      }
    });
    return found && { ...found, entity: this.entityOfMention(path, found.index) };
  }

  entityAt(path: string, offset: number): Entity | undefined {
    return this.mentionAt(path, offset)?.entity;
  }

  findingsIn(path: string): Finding[] {
    return this.findingsAt.get(path) ?? [];
  }

  finding(id: string): Finding | undefined {
    return this.findingsById.get(id);
  }

  claimsOf(path: string): Claim[] {
    return this.claimsIn.get(path) ?? [];
  }

  claim(id: string): Claim | undefined {
    return this.claimsById.get(id);
  }

  alignmentOf(claimId: string): AlignedClaim | undefined {
    return this.alignmentOfClaim.get(claimId);
  }

  claimAt(path: string, offset: number): Claim | undefined {
    return this.claimsOf(path).find((c) => offset >= c.span.start && offset <= c.span.end);
  }

  /** The sentence holding a span, for quoting the context of a mention. */
  sentenceText(path: string, sentence: number): string {
    const doc = this.docs.get(path);
    const s = doc?.sentences[sentence];
    return doc && s ? doc.text.slice(s.start, s.end) : '';
  }

  storyOf(path: string): string | undefined {
    return this.corpus.storyOf.get(path);
  }

  storyDocuments(path: string): string[] {
    const id = this.storyOf(path);
    // Indexed: publishing every article of a 10,000-article workspace asks once per article.
    this.storiesIndex ??= new Map(this.corpus.stories.map((s) => [s.id, s]));
    return (id !== undefined && this.storiesIndex.get(id)?.documents) || [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const views = new WeakMap<CorpusAnalysis, AnalysisView>();

export function viewOf(corpus: CorpusAnalysis): AnalysisView {
  let v = views.get(corpus);
  if (!v) {
    v = new AnalysisView(corpus);
    views.set(corpus, v);
  }
  return v;
}
