// Groups documents into stories: documents that share entities, dates and figures that are rare in
// the corpus report the same story. Features are weighted by inverse document frequency; candidate
// pairs come from an inverted index (no all-pairs loop), and pairs above a cosine threshold are
// joined. Explicit assignments (settings/folders, then front matter `story:`) win.
import type { DocumentAnalysis, Story } from '../types';
import { differentDays, storyDates, type StoryDates } from './storyDates';

export interface StoryGrouping {
  stories: Story[];
  storyOf: Map<string, string>;
  /** Rarity-weighted cosine similarity of two automatically grouped documents; undefined when either was assigned explicitly. */
  similarity(a: string, b: string): number | undefined;
  /**
   * Whether two automatically grouped documents of one story fall in one event: the tighter
   * clusters inside a story (EVENT_SIMILARITY). Undefined when either was assigned explicitly.
   */
  sameEvent(a: string, b: string): boolean | undefined;
}

/** Cosine similarity at or above which two documents report the same story. */
export const STORY_SIMILARITY = 0.2;
/** Event concepts count less than names: two earthquakes are not one story. */
const CONCEPT_WEIGHT = 0.5;
/** Two documents must share at least this many features. */
const MIN_SHARED = 2;
/** Average similarity two clusters of one component need to be one story. */
export const CLUSTER_SIMILARITY = 0.14;
/**
 * Average similarity two clusters of one story need to be one event. Twice the story threshold:
 * two earthquakes on one island, two injuries of one team's players are one story by their shared
 * names, and each event's own reports are about twice as similar among themselves.
 */
export const EVENT_SIMILARITY = 2 * CLUSTER_SIMILARITY;
/** Components larger than this stay single-linked (average link is cubic in their size). */
const MAX_RECLUSTER = 400;

export function groupStories(
  docs: DocumentAnalysis[],
  featuresOf: (doc: DocumentAnalysis) => Map<string, number>,
  labelOf: (features: Map<string, number>) => string,
  overrides: Map<string, string> = new Map(),
  datesOf: (doc: DocumentAnalysis) => StoryDates = storyDates,
): StoryGrouping {
  const explicit = new Map<string, string>();
  const auto: DocumentAnalysis[] = [];
  for (const d of docs) {
    const name = overrides.get(d.path) ?? d.frontMatter.story;
    if (name) explicit.set(d.path, name);
    else auto.push(d);
  }

  // The feature maps live only as long as this call: what the returned closures keep (the
  // comparison calls them story by story) is built from them in typed arrays.
  const feats = auto.map(featuresOf);
  const { weight, vectors } = weigh(feats);
  const cannotLink = eventVeto(new EventYears(feats.map(eventYears)), auto.map(datesOf));
  const cluster = clusterDocuments(vectors, cannotLink);

  // Collect groups: explicit names first, then automatic components.
  const groups = new Map<string, string[]>();
  for (const [path, name] of explicit) {
    const key = `explicit:${name}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(path);
  }
  auto.forEach((d, i) => {
    const key = `auto:${cluster[i]}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(d.path);
  });

  const autoIndex = new Map(auto.map((d, i) => [d.path, i]));
  const ordered = [...groups.entries()].map(([key, paths]) => ({ key, paths: paths.sort() }));
  ordered.sort((a, b) => (a.paths[0] < b.paths[0] ? -1 : a.paths[0] > b.paths[0] ? 1 : 0));
  const stories: Story[] = [];
  const storyOf = new Map<string, string>();
  ordered.forEach((g, i) => {
    const id = `s${i + 1}`;
    let label: string;
    if (g.key.startsWith('explicit:')) label = g.key.slice('explicit:'.length);
    else {
      // Label: the features these documents share, weighted by rarity.
      const weights = new Map<string, number>();
      for (const p of g.paths) {
        const idx = autoIndex.get(p)!;
        for (const [k, tf] of feats[idx]) weights.set(k, (weights.get(k) ?? 0) + weight(k, tf));
      }
      label = labelOf(weights);
    }
    stories.push({ id, label, documents: g.paths });
    for (const p of g.paths) storyOf.set(p, id);
  });
  return { stories, storyOf, ...storyQueries(autoIndex, vectors, cluster, cannotLink) };
}

/**
 * The closures a grouping returns, made here rather than in groupStories: closures share their
 * function's scope, and groupStories' holds every feature map.
 */
function storyQueries(autoIndex: Map<string, number>, vectors: FeatureVectors, cluster: Uint32Array, cannotLink: Veto): Pick<StoryGrouping, 'similarity' | 'sameEvent'> {
  const pairSim = (i: number, j: number) => vectors.similarity(i, j);
  const similarity = (a: string, b: string) => {
    const i = autoIndex.get(a);
    const j = autoIndex.get(b);
    return i === undefined || j === undefined ? undefined : pairSim(i, j);
  };
  // Events inside each automatic story, clustered on demand (only stories with a fact conflict ask).
  const eventOf = new Map<number, number>();
  const sameEvent = (a: string, b: string) => {
    const i = autoIndex.get(a);
    const j = autoIndex.get(b);
    if (i === undefined || j === undefined) return undefined;
    if (cluster[i] !== cluster[j]) return false;
    if (!eventOf.has(i)) {
      const members: number[] = [];
      for (let k = 0; k < cluster.length; k++) if (cluster[k] === cluster[i]) members.push(k);
      const events = members.length > MAX_RECLUSTER ? [members] : averageLink(members, pairSim, cannotLink, EVENT_SIMILARITY);
      for (const e of events) for (const k of e) eventOf.set(k, e[0]);
    }
    return eventOf.get(i) === eventOf.get(j);
  };
  return { similarity, sameEvent };
}

/** Evidence that two documents (by index) cannot report one story. */
type Veto = (i: number, j: number) => boolean;

function eventVeto(years: EventYears, dates: StoryDates[]): Veto {
  return (i, j) => years.differ(i, j) || differentDays(dates[i], dates[j]);
}

/**
 * Features weighted by inverse document frequency over the documents being grouped
 * automatically, and those documents as vectors of the features they can share.
 */
function weigh(feats: Map<string, number>[]): { weight: (k: string, tf: number) => number; vectors: FeatureVectors } {
  const df = new Map<string, number>();
  for (const f of feats) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = feats.length;
  const idf = (k: string) => Math.log(1 + n / (df.get(k) ?? 1));
  // Features in very many documents ("United States", "Tuesday") only cost time.
  const maxDf = Math.max(20, Math.floor(n / 10));
  // A feature the article keeps coming back to is central to it; one mentioned once is peripheral.
  const weight = (k: string, tf: number) => idf(k) * (1 + Math.log(tf)) * (k.startsWith('concept:') ? CONCEPT_WEIGHT : 1);
  const norms = feats.map((f) => Math.sqrt([...f].reduce((s, [k, tf]) => s + weight(k, tf) ** 2, 0)) || 1);
  // Only features that can be shared and count get an id: one in a single document is never
  // shared, and one in more than maxDf documents is left out.
  const ids = new Map<string, number>();
  for (const [k, count] of df) if (count >= 2 && count <= maxDf) ids.set(k, ids.size);
  return { weight, vectors: new FeatureVectors(feats, ids, weight, norms) };
}

/**
 * Documents as rarity-weighted vectors over the features they can share, in typed arrays (a
 * feature map per document is several times larger). Document d's entries are start[d] up to
 * start[d + 1], sorted by feature id for lookup; `order` lists them in the document's feature map
 * order, the order its products were always summed in (a floating-point sum depends on it).
 */
class FeatureVectors {
  /** How many features have an id (0 up to this). */
  readonly features: number;
  readonly start: Uint32Array;
  readonly feature: Uint32Array;
  readonly weight: Float64Array;
  /** Per document, its entries' offsets from start[d] in its feature map's order. */
  readonly order: Uint32Array;
  /** Each document's count of all its features, with an id or not: similarity() sums over the smaller document's. */
  readonly size: Uint32Array;
  readonly norm: Float64Array;

  constructor(feats: Map<string, number>[], ids: Map<string, number>, weight: (k: string, tf: number) => number, norms: number[]) {
    this.features = ids.size;
    this.size = Uint32Array.from(feats, (f) => f.size);
    this.norm = Float64Array.from(norms);
    this.start = new Uint32Array(feats.length + 1);
    feats.forEach((f, d) => {
      let count = 0;
      for (const k of f.keys()) if (ids.has(k)) count++;
      this.start[d + 1] = this.start[d] + count;
    });
    const total = this.start[feats.length];
    this.feature = new Uint32Array(total);
    this.weight = new Float64Array(total);
    this.order = new Uint32Array(total);
    feats.forEach((f, d) => {
      const run = [...f].filter(([k]) => ids.has(k)).map(([k, tf]) => ({ feature: ids.get(k)!, weight: weight(k, tf) }));
      const sorted = run.map((_, r) => r).sort((x, y) => run[x].feature - run[y].feature);
      sorted.forEach((r, offset) => {
        this.feature[this.start[d] + offset] = run[r].feature;
        this.weight[this.start[d] + offset] = run[r].weight;
        this.order[this.start[d] + r] = offset;
      });
    });
  }

  get count(): number {
    return this.size.length;
  }

  /** How many entries document d has. */
  length(d: number): number {
    return this.start[d + 1] - this.start[d];
  }

  /** The position of document d's r-th entry in its feature map's order. */
  at(d: number, r: number): number {
    return this.start[d] + this.order[this.start[d] + r];
  }

  /** The position of document d's entry for `feature`, or -1. */
  find(d: number, feature: number): number {
    let lo = this.start[d];
    let hi = this.start[d + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.feature[mid] < feature) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.start[d + 1] && this.feature[lo] === feature ? lo : -1;
  }

  /** Cosine similarity of documents i and j over the features they share, 0 below MIN_SHARED of them. */
  similarity(i: number, j: number): number {
    const a = this.size[i] <= this.size[j] ? i : j;
    const b = a === i ? j : i;
    let s = 0;
    let shared = 0;
    for (let r = 0; r < this.length(a); r++) {
      const p = this.at(a, r);
      const q = this.find(b, this.feature[p]);
      if (q < 0) continue;
      s += this.weight[p] * this.weight[q];
      shared++;
    }
    return shared >= MIN_SHARED ? s / (this.norm[i] * this.norm[j]) : 0;
  }
}

/**
 * The cluster of each document (an index of one of its members). Candidate links, pairs above
 * the story threshold (single link), form components; inside each, documents are re-clustered.
 */
function clusterDocuments(vectors: FeatureVectors, cannotLink: Veto): Uint32Array {
  const n = vectors.count;
  const links = candidateLinks(vectors);
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const { i, j } of links) parent[find(j)] = find(i);

  // Single link chains: A shares the team with B, B the coach with C, and two different games
  // become one story. Inside each component, documents are re-clustered by average link: two
  // clusters join only when their documents are similar on average and nothing speaks against it.
  const pairSim = (i: number, j: number) => vectors.similarity(i, j);
  const components = new Map<number, number[]>();
  for (let i = 0; i < n; i++) (components.get(find(i)) ?? components.set(find(i), []).get(find(i))!).push(i);
  const cluster = Uint32Array.from(parent, (_, i) => i);
  const parts = [...components.values()].flatMap((members) => (members.length > MAX_RECLUSTER ? splitComponent(members, links) : [members]));
  for (const members of parts) {
    if (members.length < 2) continue;
    if (members.length > MAX_RECLUSTER) {
      for (const i of members) cluster[i] = members[0];
      continue;
    }
    for (const [c, i] of averageLink(members, pairSim, cannotLink, CLUSTER_SIMILARITY).entries()) for (const d of i) cluster[d] = members[c];
  }
  return cluster;
}

/**
 * Pairs of documents that share MIN_SHARED features and reach STORY_SIMILARITY, found through an
 * inverted index (no all-pairs loop). Each pair's products are summed in the order of the first
 * document's features, as similarity() would for that document.
 */
function candidateLinks(vectors: FeatureVectors): Link[] {
  const n = vectors.count;
  // The inverted index: for each feature, the documents holding it.
  const postings = invert(vectors);
  const score = new Float64Array(n);
  const shared = new Uint32Array(n);
  const touched: number[] = [];
  const links: Link[] = [];
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < vectors.length(i); r++) {
      const p = vectors.at(i, r);
      const w = vectors.weight[p];
      const f = vectors.feature[p];
      for (let q = postings.start[f]; q < postings.start[f + 1]; q++) {
        const j = postings.doc[q];
        if (j <= i) continue;
        if (!shared[j]) touched.push(j);
        score[j] += w * postings.weight[q];
        shared[j]++;
      }
    }
    for (const j of touched) {
      const sim = score[j] / (vectors.norm[i] * vectors.norm[j]);
      if (shared[j] >= MIN_SHARED && sim >= STORY_SIMILARITY) links.push({ i, j, sim });
      score[j] = 0;
      shared[j] = 0;
    }
    touched.length = 0;
  }
  return links;
}

/** For each feature, the documents that hold it (ascending) and its weight in each: feature f's are start[f] up to start[f + 1]. */
function invert(vectors: FeatureVectors): { start: Uint32Array; doc: Uint32Array; weight: Float64Array } {
  const start = new Uint32Array(vectors.features + 1);
  for (const f of vectors.feature) start[f + 1]++;
  for (let f = 0; f < vectors.features; f++) start[f + 1] += start[f];
  const next = start.slice(0, vectors.features);
  const doc = new Uint32Array(vectors.feature.length);
  const weight = new Float64Array(vectors.feature.length);
  for (let d = 0; d < vectors.count; d++)
    for (let p = vectors.start[d]; p < vectors.start[d + 1]; p++) {
      const q = next[vectors.feature[p]]++;
      doc[q] = d;
      weight[q] = vectors.weight[p];
    }
  return { start, doc, weight };
}

interface Link {
  i: number;
  j: number;
  sim: number;
}

/** How much the link threshold rises per step when a component is split. */
const SPLIT_STEP = 0.05;

/**
 * A component too large for average link (a chain through a large corpus: the same team, the same
 * agency in hundreds of articles) is not one story. It is split by its own links at rising
 * thresholds — the weakest links go first — until every part is small enough to re-cluster.
 * Linear in the component's links per step; parts that stay too large at similarity 1 stay whole.
 */
function splitComponent(members: number[], links: readonly Link[]): number[][] {
  const inside = new Set(members);
  let edges = links.filter((l) => inside.has(l.i));
  let pending = [members];
  const done: number[][] = [];
  for (let threshold = STORY_SIMILARITY + SPLIT_STEP; pending.length && threshold <= 1; threshold += SPLIT_STEP) {
    edges = edges.filter((l) => l.sim >= threshold);
    const parent = new Map<number, number>();
    const find = (i: number): number => {
      const p = parent.get(i) ?? i;
      if (p === i) return i;
      const r = find(p);
      parent.set(i, r);
      return r;
    };
    const big = new Set(pending.flat());
    for (const l of edges) if (big.has(l.i)) parent.set(find(l.j), find(l.i));
    const parts = new Map<number, number[]>();
    for (const i of big) (parts.get(find(i)) ?? parts.set(find(i), []).get(find(i))!).push(i);
    pending = [];
    for (const p of parts.values()) (p.length > MAX_RECLUSTER ? pending : done).push(p.sort((a, b) => a - b));
  }
  return [...done, ...pending];
}

/**
 * Average-link clustering of `members` (indices): repeatedly joins the two clusters with the
 * highest mean pairwise similarity while it reaches `threshold`, unless a pair of their
 * documents cannot be the same story. Returns the clusters as lists of indices.
 */
function averageLink(members: number[], sim: (i: number, j: number) => number, cannotLink: (i: number, j: number) => boolean, threshold: number): number[][] {
  const m = members.length;
  const clusters: (number[] | null)[] = members.map((d) => [d]);
  // Sum of pairwise similarities and veto between clusters, indexed by cluster position.
  const sum = Array.from({ length: m }, () => new Float64Array(m));
  const veto = Array.from({ length: m }, () => new Uint8Array(m));
  for (let a = 0; a < m; a++)
    for (let b = a + 1; b < m; b++) {
      sum[a][b] = sum[b][a] = sim(members[a], members[b]);
      veto[a][b] = veto[b][a] = cannotLink(members[a], members[b]) ? 1 : 0;
    }
  for (;;) {
    let best = -1;
    let ba = -1;
    let bb = -1;
    for (let a = 0; a < m; a++) {
      const ca = clusters[a];
      if (!ca) continue;
      for (let b = a + 1; b < m; b++) {
        const cb = clusters[b];
        if (!cb || veto[a][b]) continue;
        const avg = sum[a][b] / (ca.length * cb.length);
        if (avg > best) [best, ba, bb] = [avg, a, b];
      }
    }
    if (best < threshold) break;
    clusters[ba]!.push(...clusters[bb]!);
    clusters[bb] = null;
    for (let c = 0; c < m; c++) {
      sum[ba][c] = sum[c][ba] = sum[ba][c] + sum[bb][c];
      veto[ba][c] = veto[c][ba] = veto[ba][c] | veto[bb][c];
    }
  }
  return clusters.filter((c): c is number[] => !!c);
}

/**
 * Years of the dates an article gives to the day or month ("2008-12-09", "2005-03"): the
 * article's own events. Bare years ("since 1998") are background and do not count.
 */
function eventYears(f: Map<string, number>): Set<number> {
  const ys = new Set<number>();
  for (const k of f.keys()) {
    const m = /^date:(\d{4})-\d{2}/.exec(k);
    if (m) ys.add(Number(m[1]));
  }
  return ys;
}

/** The documents' event years in one array (a set per document is far larger): document d's are year[start[d]] up to year[start[d + 1]]. */
class EventYears {
  readonly start: Uint32Array;
  readonly year: Uint16Array;

  constructor(perDocument: Set<number>[]) {
    this.start = new Uint32Array(perDocument.length + 1);
    perDocument.forEach((ys, d) => (this.start[d + 1] = this.start[d] + ys.size));
    this.year = Uint16Array.from(perDocument.flatMap((ys) => [...ys]));
  }

  /** Evidence against one story: both articles date their events, and to years two or more apart. */
  differ(a: number, b: number): boolean {
    if (this.start[a] === this.start[a + 1] || this.start[b] === this.start[b + 1]) return false;
    for (let p = this.start[a]; p < this.start[a + 1]; p++) for (let q = this.start[b]; q < this.start[b + 1]; q++) if (Math.abs(this.year[p] - this.year[q]) <= 1) return false;
    return true;
  }
}
