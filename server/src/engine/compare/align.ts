// Aligns claims of one story across its sources: two claims report the same fact when they share
// entities, event concepts, measures and values, each weighted by how rare it is among the story's claims.
// Pairs are taken best-first; a group holds at most one claim per source.
import type { ClaimInfo } from './claims';

export interface ClaimGroup {
  claims: ClaimInfo[];
  /** Similarity of the weakest link that joined the group (1 for a single claim). */
  score: number;
}

/** Similarity at or above which two claims of different sources are the same claim. */
export const ALIGN_THRESHOLD = 0.4;

export function claimFeatures(c: ClaimInfo): Map<string, number> {
  const f = new Map<string, number>();
  for (const e of c.adjectives) f.set(`a:${e}`, 0.5);
  for (const e of c.entities) f.set(`e:${e}`, 1);
  if (c.speaker) f.set(`e:${c.speaker.key}`, 1);
  for (const ev of [...c.events, ...c.contextEvents]) {
    f.set(`c:${ev.concept.id}`, 1.5);
    f.set(`f:${ev.concept.family}`, 0.5);
  }
  for (const v of c.values) if (valueKey(v.normalized)) f.set(`v:${v.kind}:${v.normalized}`, 1.5);
  // What the figures count ("passagerer" = "passengers"): sentences giving the same measure report
  // the same fact even when their verbs differ or none is an event word.
  if (c.values.some((v) => v.kind === 'number')) for (const m of c.facts.measures) f.set(`m:${m.measure.id}`, 1.5);
  return f;
}

/** Values worth aligning on: not fully unknown dates ("XXXX-XX-XX"). */
function valueKey(normalized: string): boolean {
  return /[0-9]/.test(normalized);
}

function valueKind(k: string): string {
  return k.slice(0, k.indexOf(':', 2));
}

/**
 * A claim's features with their weights squared, in the feature map's order, computed once per
 * story: similarity() meets each claim in many pairs, and a story of a hundred long articles has
 * millions of them.
 */
interface Vector {
  features: Map<string, number>;
  keys: string[];
  /** (weight × idf)² of each key. */
  squares: number[];
  /** The value kind of a value key ("v:date"), else undefined. */
  kinds: (string | undefined)[];
  valueKinds: Set<string>;
}

function vectorOf(f: Map<string, number>, idf: (k: string) => number): Vector {
  const keys: string[] = [];
  const squares: number[] = [];
  const kinds: (string | undefined)[] = [];
  const valueKinds = new Set<string>();
  for (const [k, w] of f) {
    keys.push(k);
    squares.push((w * idf(k)) ** 2);
    const kind = k.startsWith('v:') ? valueKind(k) : undefined;
    kinds.push(kind);
    if (kind !== undefined) valueKinds.add(kind);
  }
  return { features: f, keys, squares, kinds, valueKinds };
}

export function similarity(a: Map<string, number>, b: Map<string, number>, idf: (k: string) => number): { score: number; shared: string[] } {
  return vectorSimilarity(vectorOf(a, idf), vectorOf(b, idf));
}

function vectorSimilarity(a: Vector, b: Vector): { score: number; shared: string[] } {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const shared: string[] = [];
  // A date or figure where the other claim gives a different one of the same kind is the slot
  // the sources may disagree on: it neither counts for nor against the match.
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    const inB = b.features.has(k);
    if (!inB && a.kinds[i] !== undefined && b.valueKinds.has(a.kinds[i]!)) continue;
    const x = a.squares[i];
    na += x;
    if (inB) {
      dot += x;
      shared.push(k);
    }
  }
  for (let i = 0; i < b.keys.length; i++) {
    if (b.kinds[i] !== undefined && !a.features.has(b.keys[i]) && a.valueKinds.has(b.kinds[i]!)) continue;
    nb += b.squares[i];
  }
  return { score: na && nb ? dot / Math.sqrt(na * nb) : 0, shared };
}

/**
 * Enough in common to be the same claim: an event and two anchors (entities or values), an event
 * and one rare anchor (a high score), or three anchors.
 */
function enoughShared(shared: string[], score: number): boolean {
  const exact = shared.filter((k) => k.startsWith('c:') || k.startsWith('m:')).length;
  const family = shared.some((k) => k.startsWith('f:') && k !== 'f:speech') ? 1 : 0;
  const concepts = exact || family;
  const anchors = shared.filter((k) => k.startsWith('e:') || k.startsWith('v:')).length;
  return (concepts >= 1 && anchors >= 2) || (exact >= 2 && anchors >= 1) || (concepts >= 1 && anchors >= 1 && score >= STRONG_SCORE) || anchors >= 3;
}

/**
 * The two claims are the only ones of the story that report an event ("Norberg has not yet had the
 * medical" / "passed the medical on Monday") or give a figure of one measure ("passengers"): that
 * alone makes them the same claim, as long as nothing else tells them apart: the similarity
 * threshold still holds, and the caller requires that they do not both name participants without
 * sharing one (different actors, different events).
 */
function rareEvent(shared: string[], df: Map<string, number>): boolean {
  return shared.some((k) => (k.startsWith('c:') || k.startsWith('m:')) && df.get(k) === 2);
}

/** Similarity at which one shared event and one shared anchor suffice. */
const STRONG_SCORE = 0.55;

export interface Alignment {
  groups: ClaimGroup[];
  /** Every claim of another source similar enough to be the same claim (groups keep one per source). */
  partners: Map<ClaimInfo, ClaimInfo[]>;
}

export function alignClaims(claims: ClaimInfo[]): Alignment {
  const features = claims.map(claimFeatures);
  const df = new Map<string, number>();
  for (const f of features) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = claims.length;
  // Each feature's weight once (the same value each time: pairs are many, features few).
  const idfOf = new Map<string, number>();
  for (const [k, d] of df) idfOf.set(k, Math.log(1 + n / d));
  const idf = (k: string) => idfOf.get(k) ?? Math.log(1 + n);

  // Candidate pairs through shared features (an inverted index; stories are small, but a story
  // of a hundred long articles should not cost all pairs).
  const postings = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const k of f.keys()) (postings.get(k) ?? postings.set(k, []).get(k)!).push(i);
  });
  const vectors = features.map((f) => vectorOf(f, idf));
  const edges: { i: number; j: number; score: number }[] = [];
  // Families of events other than speech, the "concept" that enoughShared() also counts.
  const families = features.map((f) => [...f.keys()].filter((k) => k.startsWith('f:') && k !== 'f:speech'));
  // Per candidate, the anchors (entities, values) and exact events or measures it shares with
  // the claim at hand, counted through the index: a pair that cannot meet enoughShared() nor
  // rareEvent() is not scored. Every clause of both needs an anchor or an exact event in common.
  const seenFor = new Int32Array(n).fill(-1);
  const anchors = new Int32Array(n);
  const exact = new Int32Array(n);
  const met: number[] = [];
  for (let i = 0; i < n; i++) {
    met.length = 0;
    for (const k of vectors[i].keys) {
      const anchor = k.startsWith('e:') || k.startsWith('v:');
      if (!anchor && !k.startsWith('c:') && !k.startsWith('m:')) continue;
      for (const j of postings.get(k)!) {
        if (j <= i || claims[j].doc === claims[i].doc) continue;
        if (seenFor[j] !== i) {
          seenFor[j] = i;
          anchors[j] = 0;
          exact[j] = 0;
          met.push(j);
        }
        if (anchor) anchors[j]++;
        else exact[j]++;
      }
    }
    for (const j of met) {
      // Without an exact event: three anchors, or one or two with an event family in common.
      if (exact[j] === 0 && anchors[j] < 3 && !(anchors[j] >= 1 && families[i].some((f) => features[j].has(f)))) continue;
      const { score, shared } = vectorSimilarity(vectors[i], vectors[j]);
      if (score >= ALIGN_THRESHOLD && (enoughShared(shared, score) || (rareEvent(shared, df) && !(claims[i].entities.size && claims[j].entities.size)))) edges.push({ i, j, score });
    }
  }
  edges.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const partners = new Map<ClaimInfo, ClaimInfo[]>();
  for (const { i, j } of edges) {
    (partners.get(claims[i]) ?? partners.set(claims[i], []).get(claims[i])!).push(claims[j]);
    (partners.get(claims[j]) ?? partners.set(claims[j], []).get(claims[j])!).push(claims[i]);
  }

  const group = claims.map((_, i) => i);
  const members = new Map<number, number[]>(claims.map((_, i) => [i, [i]]));
  // The sources of each group, kept as groups join (not rebuilt for every edge of a large story).
  const sources = new Map<number, Set<ClaimInfo['doc']>>(claims.map((c, i) => [i, new Set([c.doc])]));
  const weakest = new Map<number, number>();
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
  for (const { i, j, score } of edges) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const ma = members.get(a)!;
    const mb = members.get(b)!;
    // One claim per source in a group.
    const docs = sources.get(a)!;
    if (mb.some((x) => docs.has(claims[x].doc))) continue;
    group[b] = a;
    for (const x of mb) {
      ma.push(x);
      docs.add(claims[x].doc);
    }
    members.delete(b);
    sources.delete(b);
    weakest.set(a, Math.min(score, weakest.get(a) ?? 1, weakest.get(b) ?? 1));
  }
  const groups = [...members.entries()].map(([root, list]) => ({
    claims: list.sort((x, y) => x - y).map((x) => claims[x]),
    score: weakest.get(root) ?? 1,
  }));
  return { groups, partners };
}
