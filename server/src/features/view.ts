// Indexes over one CorpusAnalysis that every feature needs (documents by path, findings by path,
// line tables). Built lazily once per analysis object, so features stay plain functions and the
// language server keeps no analysis of its own.
import type { Range } from 'vscode-languageserver';
import { LineIndex } from '../engine/report/positions';
import type { AlignedClaim, Claim, CorpusAnalysis, DocumentAnalysis, Entity, Finding, FindingKind, Mention, Span, Story } from '../engine/types';
import { partsByStory, type StoryPart } from '../engine/compare/compareDocuments';

/**
 * Where a stored comparison's story parts are read from when they are not in memory (the
 * workspace's StoryShelf). `replaced` are documents compared again since (an edit's overlay):
 * what the stored parts say of them is left out.
 */
export interface ShelvedParts {
  source: { has(story: string): boolean; read(story: string): StoryPart | undefined; readonly stories: Iterable<string> };
  /** The finding kinds the analysis's own `findings` hold for every document (the stored head's). */
  residentKinds: ReadonlySet<FindingKind>;
  replaced: ReadonlySet<string>;
}

/** A corpus analysis as the server serves it: with `shelved`, most stories' parts stay on disk until asked for. */
export type ServedAnalysis = CorpusAnalysis & { shelved?: ShelvedParts };

/** One story's parts indexed for the features. */
class StoryLookup {
  readonly findingsAt = new Map<string, Finding[]>();
  readonly claimsIn = new Map<string, Claim[]>();
  readonly findingById: Map<string, Finding>;
  readonly claimById: Map<string, Claim>;
  readonly alignmentOfClaim = new Map<string, AlignedClaim>();

  constructor(readonly parts: StoryPart) {
    for (const f of parts.findings) push(this.findingsAt, f.primary.path, f);
    for (const c of parts.claims) push(this.claimsIn, c.path, c);
    this.findingById = new Map(parts.findings.map((f) => [f.id, f]));
    this.claimById = new Map(parts.claims.map((c) => [c.id, c]));
    for (const a of parts.alignments) for (const cell of a.cells) this.alignmentOfClaim.set(cell.claim, a);
  }
}

const EMPTY_PARTS: StoryPart = { claims: [], alignments: [], findings: [] };

export class AnalysisView {
  // Each index is built on first use: an edit in a large workspace makes a new view, and most
  // requests need only one or two of them.
  private docsIndex?: Map<string, DocumentAnalysis>;
  private entitiesIndex?: Map<string, Entity>;
  private memoryIndex?: Map<string, StoryLookup>;
  /** Lookups of shelved stories, by the parts the shelf gave: they go when the shelf lets the parts go. */
  private readonly shelvedLookups = new WeakMap<StoryPart, StoryLookup>();
  private storiesIndex?: Map<string, Story>;

  constructor(readonly corpus: ServedAnalysis) {}

  private get docs(): Map<string, DocumentAnalysis> {
    return (this.docsIndex ??= new Map(this.corpus.documents.map((d) => [d.path, d])));
  }

  private get entities(): Map<string, Entity> {
    return (this.entitiesIndex ??= new Map(this.corpus.entities.map((e) => [e.id, e])));
  }

  /** The analysis's own claims, alignments and findings, grouped by story. */
  private get memory(): Map<string, StoryLookup> {
    if (!this.memoryIndex) {
      const parts = partsByStory(this.corpus, (c) => this.corpus.storyOf.get(c.path));
      this.memoryIndex = new Map([...parts].map(([id, part]) => [id, new StoryLookup(part)]));
    }
    return this.memoryIndex;
  }

  /** A story's parts, indexed: from the shelf when the story is stored there, else from memory. */
  private story(id: string | undefined): StoryLookup | undefined {
    const shelved = this.corpus.shelved;
    if (id === undefined) return undefined;
    if (!shelved?.source.has(id)) return this.memory.get(id);
    const stored = shelved.source.read(id) ?? EMPTY_PARTS;
    let lookup = this.shelvedLookups.get(stored);
    if (!lookup) {
      const { replaced } = shelved;
      const keep = (path: string) => !replaced.has(path);
      const parts = replaced.size === 0 ? stored : {
        findings: stored.findings.filter((f) => keep(f.primary.path) && f.related.every((r) => keep(r.path))),
        claims: stored.claims.filter((c) => keep(c.path)),
        alignments: stored.alignments.filter((a) => a.cells.every((c) => keep(c.path))),
      };
      lookup = new StoryLookup(parts);
      this.shelvedLookups.set(stored, lookup);
    }
    return lookup;
  }

  private storyAt(path: string): StoryLookup | undefined {
    return this.story(this.storyOf(path));
  }

  /** Claims, alignments and findings of one story. */
  storyParts(story: string): StoryPart {
    return this.story(story)?.parts ?? EMPTY_PARTS;
  }

  /** The finding with this fingerprint anywhere in the corpus (reads every shelved story when it is not in memory). */
  findingByFingerprint(fingerprint: string): Finding | undefined {
    const own = this.corpus.findings.find((f) => f.fingerprint === fingerprint);
    if (own || !this.corpus.shelved) return own;
    for (const story of this.corpus.shelved.source.stories) {
      const found = this.storyParts(story).findings.find((f) => f.fingerprint === fingerprint);
      if (found) return found;
    }
    return undefined;
  }

  document(path: string): DocumentAnalysis | undefined {
    return this.docs.get(path);
  }

  lineIndex(path: string): LineIndex | undefined {
    const doc = this.docs.get(path);
    if (!doc) return undefined;
    let idx = lineIndexes.get(doc);
    if (!idx) {
      idx = new LineIndex(doc.text);
      lineIndexes.set(doc, idx);
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
    const id = this.corpus.entityOfMention.get(path)?.[index];
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

  /**
   * A document's findings. Given the kinds the caller shows, a shelved story is not read when the
   * analysis holds every finding of those kinds itself (publishing unopened articles' warnings).
   */
  findingsIn(path: string, onlyKinds?: ReadonlySet<FindingKind>): Finding[] {
    const shelved = this.corpus.shelved;
    if (onlyKinds && shelved && [...onlyKinds].every((k) => shelved.residentKinds.has(k))) {
      return (this.memory.get(this.storyOf(path) ?? '')?.findingsAt.get(path) ?? []).filter((f) => onlyKinds.has(f.kind));
    }
    return this.storyAt(path)?.findingsAt.get(path) ?? [];
  }

  /** A finding of the story of `path`, by id. */
  finding(path: string, id: string): Finding | undefined {
    return this.storyAt(path)?.findingById.get(id);
  }

  claimsOf(path: string): Claim[] {
    return this.storyAt(path)?.claimsIn.get(path) ?? [];
  }

  /** A claim of the story of `path`, by id. */
  claim(path: string, id: string): Claim | undefined {
    return this.storyAt(path)?.claimById.get(id);
  }

  /** The alignment a claim of the story of `path` is in. */
  alignmentOf(path: string, claimId: string): AlignedClaim | undefined {
    return this.storyAt(path)?.alignmentOfClaim.get(claimId);
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

/**
 * Per document, not per view: a view is made for every comparison, and the texts of cached analyses
 * are read from disk (lazyAnalysis.ts), so each new view reading every text again for its diagnostics
 * cost a file read per article.
 */
const lineIndexes = new WeakMap<DocumentAnalysis, LineIndex>();

export function viewOf(corpus: ServedAnalysis): AnalysisView {
  let v = views.get(corpus);
  if (!v) {
    v = new AnalysisView(corpus);
    views.set(corpus, v);
  }
  return v;
}
