// Compares the articles of a corpus: links entities, groups stories, extracts and aligns claims,
// finds conflicts, corroborations, single-source claims and ambiguities. Comparisons happen inside
// a story only, and only in stories with two or more sources.
import type { AlignedClaim, Claim, CorpusAnalysis, DocumentAnalysis, Finding } from '../types';
import { forgetMentionKeys, mentionKeys, type MentionKey } from './linkKeys';
import { forgetSentenceFacts, sentenceConcepts, sentenceFacts } from './sentenceFacts';
import type { EventConcept } from '../lexicon/eventConcepts';
import { groupStories } from './groupStories';
import { buildEntities, KeyUnion, mergeInStories, type NameFacts } from './linkEntities';
import { extractClaims, type ClaimInfo } from './claims';
import { alignClaims, type ClaimGroup } from './align';
import type { NewFinding, StoryContext } from './findings/context';
import { attachReverseHints, precedentConflicts } from './findings/precedent';
import { attributionConflicts } from './findings/attribution';
import { quoteAttributionConflicts } from './findings/quoteAttribution';
import { valueConflicts } from './findings/values';
import { negationConflicts } from './findings/negation';
import { supportFindings } from './findings/support';
import { acronymAmbiguities } from './findings/ambiguity';
import { keepSameEventConflicts } from './findings/pairEvidence';

export interface CompareOptions {
  /** Story id by document path, from folders or settings; overrides automatic grouping. */
  storyOverrides?: Map<string, string>;
  /**
   * One comparison and no other (the CLI, the compare worker): nothing is kept for a later call,
   * and each story's per-article intermediates (sentence facts, link keys, claims) are released
   * once the story is compared, so a large corpus never holds them all at once.
   */
  once?: boolean;
}

const KIND_ORDER = { conflict: 0, ambiguity: 1, corroboration: 2, 'single-source': 3 } as const;

export function compareDocuments(documents: DocumentAnalysis[], options: CompareOptions = {}): CorpusAnalysis {
  const claims: Claim[] = [];
  const alignments: AlignedClaim[] = [];
  const findings: Finding[] = [];
  const whole = compareInParts(documents, options, (part) => {
    for (const c of part.claims) claims.push(c);
    for (const a of part.alignments) alignments.push(a);
    for (const f of part.findings) findings.push(f);
  });
  return { ...whole, claims, alignments, findings };
}

/** One story's share of a comparison: its claims, alignments and findings, numbered corpus-wide. */
export type StoryPart = Pick<CorpusAnalysis, 'claims' | 'alignments' | 'findings'>;
export type CorpusFrame = Omit<CorpusAnalysis, keyof StoryPart>;

/**
 * A result's claims, alignments and findings grouped by story, each in its order: the parts
 * compareInParts gave. `storyOfClaim` tells a claim's story (claims carry their path, not their story).
 */
export function partsByStory(result: StoryPart, storyOfClaim: (claim: Claim) => string | undefined): Map<string, StoryPart> {
  const parts = new Map<string, StoryPart>();
  const partOf = (story: string | undefined): StoryPart => {
    const id = story ?? '';
    let part = parts.get(id);
    if (!part) parts.set(id, (part = { claims: [], alignments: [], findings: [] }));
    return part;
  };
  for (const f of result.findings) partOf(f.story).findings.push(f);
  for (const c of result.claims) partOf(storyOfClaim(c)).claims.push(c);
  for (const a of result.alignments) partOf(a.story).alignments.push(a);
  return parts;
}

/**
 * The comparison story by story: `onStory` receives each story's part as soon as it is compared,
 * and nothing of it is kept here, so a caller that passes the parts on (the compare worker to the
 * server) never holds the whole corpus's claims and findings. `onFrame` receives the stories and
 * entities before the first part. Concatenated, the parts are compareDocuments' lists.
 */
export function compareInParts(documents: DocumentAnalysis[], options: CompareOptions, onStory: (part: StoryPart, story: string) => void, onFrame?: (frame: CorpusFrame) => void): CorpusFrame {
  // One analysis per path: a later one replaces an earlier one (an edit of the same file).
  const docs = [...new Map(documents.map((d) => [d.path, d])).values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const docByPath = new Map(docs.map((d) => [d.path, d]));
  const keysOf = (d: DocumentAnalysis) => mentionKeys(d);

  // Stories, from link keys (document-local, so grouping does not depend on other stories) and
  // anchored values.
  // A one-off comparison keeps no article's sentence facts or features from grouping to its
  // story's turn: all of them at once are the largest part of a large corpus's comparison.
  // Its features read only the event concepts of the facts (sentenceConcepts).
  const featuresOf = options.once ? (d: DocumentAnalysis) => readFeatures(d, keysOf, sentenceConcepts) : storyFeatures(keysOf);
  const { stories, storyOf, similarity, sameEvent } = groupStories(docs, featuresOf, (weights) => storyLabel(weights), options.storyOverrides);

  const union = new KeyUnion();
  const nameFacts: NameFacts = new Map();
  mergeInStories(stories, docByPath, keysOf, union, 'story', nameFacts);
  // Then the names still apart across stories, where the match is unique in the whole corpus.
  mergeInStories([{ id: '*', label: '', documents: docs.map((d) => d.path) }], docByPath, keysOf, union, 'corpus', nameFacts);
  nameFacts.clear();
  const table = buildEntities(docs, keysOf, union, options.once);
  const resolve = (k: string) => union.find(k);
  const entityName = (k: string) => table.nameOfKey.get(union.find(k)) ?? k.replace(/^[a-z]+:/, '');
  // Story labels read better with entity names than with keys.
  for (const s of stories) s.label = [...new Set(s.label.split(' · ').map((k) => (k.includes(':') ? entityName(k) : k)))].join(' · ');

  const frame: CorpusFrame = { documents: docs, stories, storyOf, entities: table.entities, entityOfMention: table.entityOfMention };
  onFrame?.(frame);
  let findingNo = 0;
  let alignmentNo = 0;
  // The same fingerprint twice (one passage found by two routes) is one finding: the first met.
  const fingerprints = new Set<string>();
  let claimNo = 0;
  for (const story of stories) {
    const storyDocs = story.documents.map((p) => docByPath.get(p)!);
    let result: StoryResult | undefined;
    if (options.once) {
      result = { docs: storyDocs, signature: '', ...analyseStory(story.id, storyDocs, keysOf, resolve, entityName, similarity, sameEvent) };
    } else {
      // A story whose articles and entity names did not change since the last call is not
      // compared again: a keystroke re-compares only the edited article's story.
      const signature = storySignature(storyDocs, keysOf, resolve, entityName);
      const cacheKey = `${story.id}|${story.documents.join('|')}`;
      result = storyCache.get(cacheKey);
      if (!result || result.signature !== signature || result.docs.some((d, i) => d !== storyDocs[i])) {
        result = { docs: storyDocs, signature, ...analyseStory(story.id, storyDocs, keysOf, resolve, entityName, similarity, sameEvent) };
        if (storyCache.size >= STORY_CACHE_SIZE) storyCache.delete(storyCache.keys().next().value!);
        storyCache.set(cacheKey, result);
      }
    }
    const claimIds = new Map<ClaimInfo, string>();
    const claims: Claim[] = [];
    for (const c of result.infos) {
      const id = `c${++claimNo}`;
      claimIds.set(c, id);
      claims.push(toClaim(c, id, resolve, table.idOfKey));
    }
    // Findings are numbered story by story (their order is by story first), so a story's
    // alignments are built, and its claims let go, before the next story is compared.
    const findings = numberFindings(result.findings.filter((f) => !fingerprints.has(f.fingerprint) && fingerprints.add(f.fingerprint)), findingNo);
    findingNo += findings.length;
    const findingsByPath = new Map<string, Finding[]>();
    for (const f of findings) (findingsByPath.get(f.primary.path) ?? findingsByPath.set(f.primary.path, []).get(f.primary.path)!).push(f);
    const alignments = result.groups.map((g) => toAlignment(`a${++alignmentNo}`, story.id, g, findingsByPath, entityName, claimIds));
    if (options.once) for (const d of storyDocs) releaseDocument(d);
    onStory({ claims, alignments, findings }, story.id);
  }
  return frame;
}

/** Drops what was derived from one article for the comparison (it is derived again if asked). */
function releaseDocument(d: DocumentAnalysis): void {
  forgetSentenceFacts(d);
  forgetMentionKeys(d);
  specificCache.delete(d);
}

interface StoryResult {
  docs: DocumentAnalysis[];
  signature: string;
  infos: ClaimInfo[];
  groups: ClaimGroup[];
  findings: NewFinding[];
}

const STORY_CACHE_SIZE = 5000;
const storyCache = new Map<string, StoryResult>();

/** What a story's comparison depends on besides its articles: the entities their mentions resolve to, and their names. */
function storySignature(docs: DocumentAnalysis[], keysOf: (d: DocumentAnalysis) => MentionKey[], resolve: (k: string) => string, entityName: (k: string) => string): string {
  const parts: string[] = [];
  for (const d of docs) for (const k of keysOf(d)) {
    const r = resolve(k.key);
    parts.push(r === k.key ? r : `${k.key}>${r}`, entityName(r));
  }
  return parts.join('\u0000');
}

function analyseStory(
  storyId: string,
  storyDocs: DocumentAnalysis[],
  keysOf: (d: DocumentAnalysis) => MentionKey[],
  resolve: (k: string) => string,
  entityName: (k: string) => string,
  similarity: (a: string, b: string) => number | undefined,
  sameEvent: (a: string, b: string) => boolean | undefined,
): Omit<StoryResult, 'docs' | 'signature'> {
  const findings: NewFinding[] = [];
  const infos: ClaimInfo[] = storyDocs.flatMap((d) => extractClaims(d, keysOf(d), resolve));
  infos.forEach((c, i) => (c.id = `c${i + 1}`));
  const { groups, partners } = storyDocs.length >= 2 ? alignClaims(infos) : { groups: infos.map((c) => ({ claims: [c], score: 1 })), partners: new Map<ClaimInfo, ClaimInfo[]>() };
  const ctx: StoryContext = { story: storyId, docs: storyDocs, claims: infos, groups, partners, entityName };
  for (const d of storyDocs) findings.push(...acronymAmbiguities(ctx, d, keysOf(d), entityName));
  if (storyDocs.length >= 2) {
    const { conflicts: precedents, reverse } = precedentConflicts(ctx);
    findings.push(...precedents, ...attributionConflicts(ctx), ...quoteAttributionConflicts(ctx));
    const contradictions = keepSameEventConflicts([...valueConflicts(ctx), ...negationConflicts(ctx)], storyDocs, specificValues, similarity, sameEvent);
    findings.push(...contradictions);
    // A claim another source contradicts is not corroborated by that source; a "first ever"
    // claim at odds with a precedent is not a plain single-source claim.
    const byStart = new Map(infos.map((c) => [`${c.doc.path}#${c.facts.start}`, c]));
    const claimAt = (path: string, start: number) => byStart.get(`${path}#${start}`);
    const contradicted = new Set<string>();
    for (const f of contradictions) {
      const a = claimAt(f.primary.path, f.primary.start);
      for (const r of f.related) {
        const b = claimAt(r.path, r.start);
        if (a && b) contradicted.add(`${a.id}|${b.id}`).add(`${b.id}|${a.id}`);
      }
    }
    const disputed = new Set(precedents.filter((f) => f.severity === 'warning').map((f) => claimAt(f.primary.path, f.primary.start)).filter((c): c is ClaimInfo => !!c));
    const support = supportFindings(ctx, contradicted, disputed);
    findings.push(...support, ...attachReverseHints(ctx, support, reverse));
  }
  return { infos, groups, findings };
}

/** The documents of the story that holds `path` (the document itself when it is alone). */
export function storyDocuments(corpus: CorpusAnalysis, path: string): DocumentAnalysis[] {
  const id = corpus.storyOf.get(path);
  const story = corpus.stories.find((s) => s.id === id);
  if (!story) return corpus.documents.filter((d) => d.path === path);
  const wanted = new Set(story.documents);
  return corpus.documents.filter((d) => wanted.has(d.path));
}

const featureCache = new WeakMap<DocumentAnalysis, Map<string, number>>();
const specificCache = new WeakMap<DocumentAnalysis, Set<string>>();

/** A document's specific figures and dates (the value features of story grouping). */
function specificValues(d: DocumentAnalysis): Set<string> {
  let s = specificCache.get(d);
  if (!s) {
    s = new Set<string>();
    for (const k of readFeatures(d, mentionKeys).keys()) if (k.startsWith('date:') || k.startsWith('number:')) s.add(k);
    specificCache.set(d, s);
  }
  return s;
}

function storyFeatures(keysOf: (d: DocumentAnalysis) => ReturnType<typeof mentionKeys>) {
  return (d: DocumentAnalysis): Map<string, number> => {
    let f = featureCache.get(d);
    if (!f) featureCache.set(d, (f = readFeatures(d, keysOf)));
    return f;
  };
}

/** Event concepts of a document, sentence by sentence, from its (cached) sentence facts. */
function* conceptsOfFacts(d: DocumentAnalysis): Iterable<EventConcept> {
  for (const s of sentenceFacts(d)) for (const c of s.concepts) yield c.concept;
}

/** A document's story features: link keys, anchored dates and figures, event concepts (with counts). */
function readFeatures(d: DocumentAnalysis, keysOf: (d: DocumentAnalysis) => ReturnType<typeof mentionKeys>, conceptsOf: (d: DocumentAnalysis) => Iterable<EventConcept> = conceptsOfFacts): Map<string, number> {
  {
    const f = new Map<string, number>();
    const add = (k: string) => f.set(k, (f.get(k) ?? 0) + 1);
    for (const k of keysOf(d)) if (!k.key.startsWith('local:') && !k.anaphoric) add(k.key);
    for (const v of d.values) {
      if (v.relative || v.kind === 'ordinal') continue;
      const n = Number(v.normalized);
      if (v.kind === 'date' && /\d/.test(v.normalized) && !/W/.test(v.normalized)) add(`date:${v.normalized}`);
      else if (v.kind === 'number' && (n >= 10 || !Number.isInteger(n)) && !v.approx) add(`number:${v.normalized}`);
    }
    // Event concepts are language-neutral, so they carry a story across languages where the
    // reader finds few names; a corpus-wide rare one ("quake") weighs, a common one ("say") not.
    for (const c of conceptsOf(d)) if (!c.speech) add(`concept:${c.id}`);
    return f;
  }
}

function storyLabel(weights: Map<string, number>): string {
  const top = [...weights.entries()].filter(([k]) => !k.startsWith('date:') && !k.startsWith('number:') && !k.startsWith('concept:')).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
  return top.length ? top.map(([k]) => k).join(' · ') : 'story';
}

function toClaim(c: ClaimInfo, claimId: string, resolve: (k: string) => string, idOfKey: Map<string, string>): Claim {
  const id = (k: string) => idOfKey.get(resolve(k));
  const s = c.doc.sentences[c.facts.index];
  const claim: Claim = {
    id: claimId,
    path: c.doc.path,
    sentence: c.facts.index,
    span: { start: s.start, end: s.end },
    text: c.doc.text.slice(s.start, s.end),
    concepts: [...new Set(c.facts.concepts.map((h) => h.concept.id))],
    entities: [...new Set([...c.entities, ...c.adjectives].map(id).filter((x): x is string => !!x))],
    polarity: c.polarity,
    values: c.values,
  };
  const speaker = c.speaker ? id(c.speaker.key) : undefined;
  if (speaker) claim.attributedTo = speaker;
  return claim;
}

/** One story's findings (fingerprints already unique), in report order, numbered after `before` others. */
function numberFindings(pending: NewFinding[], before: number): Finding[] {
  const sorted = pending.sort(
    (a, b) =>
      (a.primary.path < b.primary.path ? -1 : a.primary.path > b.primary.path ? 1 : 0) ||
      a.primary.start - b.primary.start ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.fingerprint < b.fingerprint ? -1 : 1),
  );
  return sorted.map((f, i) => ({ id: `f${before + i + 1}`, ...f }));
}

function toAlignment(id: string, story: string, g: ClaimGroup, findingsByPath: Map<string, Finding[]>, entityName: (k: string) => string, claimIds: Map<ClaimInfo, string>): AlignedClaim {
  const at = (c: ClaimInfo) => (findingsByPath.get(c.doc.path) ?? []).filter((f) => f.primary.path === c.doc.path && f.primary.start >= c.facts.start && f.primary.end <= c.facts.end);
  const cells = g.claims.map((c) => {
    const conflicted = at(c).some((f) => f.kind === 'conflict' && f.severity !== 'hint');
    return { path: c.doc.path, claim: claimIds.get(c) ?? c.id, text: c.doc.text.slice(c.facts.start, c.facts.end), span: { start: c.facts.start, end: c.facts.end }, status: conflicted ? ('conflict' as const) : ('agree' as const) };
  });
  const concepts = [...new Set(g.claims.flatMap((c) => c.events.map((e) => e.concept.id)))];
  const entities = [...new Set(g.claims.flatMap((c) => [...c.entities]))].slice(0, 2).map(entityName);
  const label = [...concepts.slice(0, 2), ...entities].join(' · ') || cells[0].text.slice(0, 60);
  const status = cells.some((c) => c.status === 'conflict') ? 'conflict' : g.claims.length >= 2 ? 'agree' : 'single';
  return { id, story, label, status, cells, findings: g.claims.flatMap(at).map((f) => f.id) };
}
