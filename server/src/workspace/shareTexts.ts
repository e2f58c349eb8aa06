// A comparison that comes from a worker thread or from the corpus cache carries its own copy of
// every passage, claim and mention text and of every path (structured clone and JSON both copy
// strings). The same strings are already in memory in the documents they were taken from: taking
// them back from the document (a slice of its text, its own path) lets V8 share them and drop the
// copies. At 10,000 articles the copies are hundreds of MB. For the same reason the worker's reply
// and the corpus cache carry no text a document holds and paths as numbers (compactResult), and
// shareTexts restores both. The worker sends its result story by story: both also work on parts,
// with the path table built once (TextSharer, Compactor).
import { isDeepStrictEqual } from 'node:util';
import type { AlignedClaim, Claim, CorpusAnalysis, DocumentAnalysis, Entity, EntityMentionRef, Finding, Passage, Value } from '../engine/types';

type Result = Omit<CorpusAnalysis, 'documents'> & { paths: string[] };
/** Any share of a result: a story's claims, alignments and findings, or the stories and entities. */
export type ResultPart = Partial<Pick<Result, 'findings' | 'claims' | 'alignments' | 'entities' | 'stories'>>;
export type Documents = ReadonlyMap<string, Pick<DocumentAnalysis, 'text' | 'path'> & Partial<Pick<DocumentAnalysis, 'values'>>>;

interface Located {
  path: string | number;
  text?: string;
}

/** Calls `visit` with every located passage of the part and its span; `visit` rewrites it in place. */
function eachLocated(part: ResultPart, visit: (x: Located, start: number, end: number) => void): void {
  for (const f of part.findings ?? []) {
    visit(f.primary, f.primary.start, f.primary.end);
    for (const r of f.related) visit(r, r.start, r.end);
  }
  for (const c of part.claims ?? []) visit(c, c.span.start, c.span.end);
  for (const a of part.alignments ?? []) for (const cell of a.cells) visit(cell, cell.span.start, cell.span.end);
  for (const e of part.entities ?? []) for (const m of e.mentions) visit(m, m.start, m.end);
}

/**
 * Restores compacted parts (paths from numbers, texts left out) and replaces copied paths and texts
 * by the documents' own, in place. Ids, kinds and statuses come back as one string per distinct
 * value, and a claim's figures and dates as its document's own values: a copied result repeats
 * "agree" or "e12" once per object (at 10,000 articles that was ~100 MB of the server's heap).
 */
export class TextSharer {
  /** The result's paths, as the documents' own strings. */
  readonly paths: string[];
  private readonly strings = new Map<string, string>();
  private readonly valuesAt = new Map<string, Map<string, Value>>();

  constructor(
    paths: readonly string[],
    private readonly documents: Documents,
  ) {
    this.paths = paths.map(this.own);
  }

  /** The document's own string for a path. */
  readonly own = (p: string): string => this.documents.get(p)?.path ?? p;

  /** One string per distinct value. */
  readonly one = (s: string): string => {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  };

  apply<T extends ResultPart>(part: T): T {
    const { paths, documents } = this;
    eachLocated(part, (x, start, end) => {
      const path = typeof x.path === 'number' ? paths[x.path] : this.own(x.path);
      x.path = path;
      const doc = documents.get(path);
      if (x.text !== undefined && end - start !== x.text.length) return;
      // A document whose text is read from a file when asked (lazyAnalysis.ts) holds none to share,
      // and a slice of it would hold it all (V8 keeps a sliced string's whole parent): such a passage
      // keeps the copy it came with, or gets one of its own.
      const held = !doc || !readsItsText(doc);
      if (!held && x.text !== undefined) return;
      const text = doc?.text;
      const slice = text !== undefined && end <= text.length && start <= end ? text.slice(start, end) : undefined;
      x.text = slice !== undefined && (x.text === undefined || slice === x.text) ? (held ? slice : ownCopy(slice)) : x.text ?? '';
    });
    for (const s of part.stories ?? []) s.documents = s.documents.map(this.own);
    this.shareStrings(part);
    return part;
  }

  private shareStrings(part: ResultPart): void {
    const one = this.one;
    for (const f of part.findings ?? []) {
      f.id = one(f.id);
      f.kind = one(f.kind) as Finding['kind'];
      f.type = one(f.type);
      f.severity = one(f.severity) as Finding['severity'];
      f.code = one(f.code);
      f.story = one(f.story);
    }
    for (const e of part.entities ?? []) {
      this.shareEntityFields(e);
      for (const m of e.mentions) m.form = one(m.form) as EntityMentionRef['form'];
    }
    for (const st of part.stories ?? []) st.id = one(st.id);
    for (const c of part.claims ?? []) {
      c.id = one(c.id);
      c.polarity = one(c.polarity) as Claim['polarity'];
      c.concepts = c.concepts.map(one);
      c.entities = c.entities.map(one);
      if (c.attributedTo !== undefined) c.attributedTo = one(c.attributedTo);
      c.values = c.values.map((v) => this.ownValue(c.path, v));
    }
    for (const a of part.alignments ?? []) {
      a.story = one(a.story);
      a.status = one(a.status) as AlignedClaim['status'];
      a.findings = a.findings.map(one);
      for (const cell of a.cells) {
        cell.claim = one(cell.claim);
        cell.status = one(cell.status) as AlignedClaim['cells'][number]['status'];
      }
    }
  }

  /** An entity's id, type and roles as one string per distinct value (in place); its mentions are left alone. */
  shareEntityFields(e: Pick<Entity, 'id' | 'type' | 'roles'>): void {
    e.id = this.one(e.id);
    e.type = this.one(e.type) as Entity['type'];
    e.roles = e.roles.map(this.one);
  }

  /** The document's own value object when it is the same value (a claim refers to its sentence's values). */
  private ownValue(path: string, v: Value): Value {
    const doc = this.documents.get(path) as Pick<DocumentAnalysis, 'values'> | undefined;
    if (!doc?.values) return v;
    let at = this.valuesAt.get(path);
    if (!at) this.valuesAt.set(path, (at = new Map(doc.values.map((x) => [`${x.start}:${x.end}`, x]))));
    const own = at.get(`${v.start}:${v.end}`);
    return own && isDeepStrictEqual(own, v) ? own : v;
  }
}

/** Whether a document reads its text through a getter, i.e. from a file, instead of holding it. */
function readsItsText(doc: object): boolean {
  return Object.getOwnPropertyDescriptor(doc, 'text')?.get !== undefined;
}

/** A string with its own characters, not a view into a longer one (every UTF-16 code unit kept). */
function ownCopy(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}

/**
 * Gives the findings' passages, notes and messages strings of their own, in place. A finding made
 * from documents that read their texts from a file (lazyAnalysis.ts) holds slices of those texts,
 * and a slice, or a message built around one, keeps the whole article alive: held for a report,
 * 10,000 articles' findings kept nearly every text. Passages shared between findings are copied once.
 */
export function detachFindings(findings: readonly Finding[]): void {
  const seen = new Set<object>();
  const detach = (p: Passage) => {
    if (seen.has(p)) return;
    seen.add(p);
    p.text = ownCopy(p.text);
    if (p.note !== undefined) p.note = ownCopy(p.note);
  };
  for (const f of findings) {
    f.message = ownCopy(f.message);
    detach(f.primary);
    f.related.forEach(detach);
  }
}

/** Leaves out (in place) every text that is exactly the slice of its document and writes paths as their index in `paths`. */
export class Compactor {
  private readonly index: Map<string, number>;

  constructor(
    paths: readonly string[],
    private readonly documents: Documents,
  ) {
    this.index = new Map(paths.map((p, i) => [p, i]));
  }

  apply<T extends ResultPart>(part: T): T {
    eachLocated(part, (x, start, end) => {
      if (typeof x.path !== 'string') return;
      const doc = this.documents.get(x.path);
      if (x.text !== undefined && doc && end - start === x.text.length && end <= doc.text.length && doc.text.slice(start, end) === x.text) x.text = undefined;
      const i = this.index.get(x.path);
      if (i !== undefined) x.path = i;
    });
    return part;
  }
}

/** Restores a whole compacted result and shares its texts with the documents (in place); returns it. */
export function shareTexts<T extends Result>(analysis: T, documents: Documents): T {
  const sharer = new TextSharer(analysis.paths, documents);
  analysis.paths = sharer.paths;
  return sharer.apply(analysis);
}

/** Compacts a whole result for a message or the cache (in place); shareTexts restores it. */
export function compactResult<T extends Result>(analysis: T, documents: Documents): T {
  return new Compactor(analysis.paths, documents).apply(analysis);
}
