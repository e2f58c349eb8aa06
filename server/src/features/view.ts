// Indexes over one CorpusAnalysis that every feature needs (documents by path, findings by path,
// line tables). Built lazily once per analysis object, so features stay plain functions and the
// language server keeps no analysis of its own.
import type { Range } from 'vscode-languageserver';
import { LineIndex } from '../engine/report/positions';
import type { AlignedClaim, Claim, CorpusAnalysis, DocumentAnalysis, Entity, Finding, Mention, Span } from '../engine/types';

export class AnalysisView {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private readonly lines = new Map<string, LineIndex>();
  private readonly entities = new Map<string, Entity>();
  private readonly findingsAt = new Map<string, Finding[]>();
  private readonly claimsIn = new Map<string, Claim[]>();
  private readonly claimsById = new Map<string, Claim>();
  private readonly alignmentOfClaim = new Map<string, AlignedClaim>();
  private readonly findingsById = new Map<string, Finding>();

  constructor(readonly corpus: CorpusAnalysis) {
    for (const d of corpus.documents) this.docs.set(d.path, d);
    for (const e of corpus.entities) this.entities.set(e.id, e);
    for (const f of corpus.findings) {
      this.findingsById.set(f.id, f);
      push(this.findingsAt, f.primary.path, f);
    }
    for (const c of corpus.claims) {
      this.claimsById.set(c.id, c);
      push(this.claimsIn, c.path, c);
    }
    for (const a of corpus.alignments) for (const cell of a.cells) this.alignmentOfClaim.set(cell.claim, a);
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
    return this.corpus.stories.find((s) => s.id === id)?.documents ?? [];
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
