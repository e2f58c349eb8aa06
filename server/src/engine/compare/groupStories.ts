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

  // Document frequencies over the documents being grouped automatically.
  const feats = auto.map(featuresOf);
  const df = new Map<string, number>();
  for (const f of feats) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = auto.length;
  const idf = (k: string) => Math.log(1 + n / (df.get(k) ?? 1));
  // Features in very many documents ("United States", "Tuesday") only cost time.
  const maxDf = Math.max(20, Math.floor(n / 10));
  // A feature the article keeps coming back to is central to it; one mentioned once is peripheral.
  const weight = (k: string, tf: number) => idf(k) * (1 + Math.log(tf)) * (k.startsWith('concept:') ? CONCEPT_WEIGHT : 1);
  const norms = feats.map((f) => Math.sqrt([...f].reduce((s, [k, tf]) => s + weight(k, tf) ** 2, 0)) || 1);
  const postings = new Map<string, number[]>();
  feats.forEach((f, i) => {
    for (const k of f.keys()) {
      if ((df.get(k) ?? 0) > maxDf) continue;
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });

  // Candidate links: pairs above the threshold (single link, as before). They form components.
  const parent = auto.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // The links, kept to split components too large to re-cluster (below).
  const links: Link[] = [];
  for (let i = 0; i < n; i++) {
    const score = new Map<number, number>();
    const shared = new Map<number, number>();
    for (const [k, tf] of feats[i]) {
      const list = postings.get(k);
      if (!list) continue;
      const w = weight(k, tf);
      for (const j of list) {
        if (j <= i) continue;
        score.set(j, (score.get(j) ?? 0) + w * weight(k, feats[j].get(k)!));
        shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    for (const [j, s] of score) {
      const sim = s / (norms[i] * norms[j]);
      if ((shared.get(j) ?? 0) >= MIN_SHARED && sim >= STORY_SIMILARITY) {
        parent[find(j)] = find(i);
        links.push({ i, j, sim });
      }
    }
  }

  // Single link chains: A shares the team with B, B the coach with C, and two different games
  // become one story. Inside each component, documents are re-clustered by average link: two
  // clusters join only when their documents are similar on average and nothing speaks against it.
  const pairSim = (i: number, j: number): number => {
    let s = 0;
    let shared = 0;
    const [a, b] = feats[i].size <= feats[j].size ? [feats[i], feats[j]] : [feats[j], feats[i]];
    for (const [k, tf] of a) {
      const tf2 = b.get(k);
      if (tf2 === undefined || (df.get(k) ?? 0) > maxDf) continue;
      s += weight(k, tf) * weight(k, tf2);
      shared++;
    }
    return shared >= MIN_SHARED ? s / (norms[i] * norms[j]) : 0;
  };
  const years = feats.map(eventYears);
  const dates = auto.map(datesOf);
  const cannotLink = (i: number, j: number) => differentYears(years[i], years[j]) || differentDays(dates[i], dates[j]);
  const components = new Map<number, number[]>();
  for (let i = 0; i < n; i++) (components.get(find(i)) ?? components.set(find(i), []).get(find(i))!).push(i);
  const cluster = auto.map((_, i) => i);
  const parts = [...components.values()].flatMap((members) => (members.length > MAX_RECLUSTER ? splitComponent(members, links) : [members]));
  for (const members of parts) {
    if (members.length < 2) continue;
    if (members.length > MAX_RECLUSTER) {
      for (const i of members) cluster[i] = members[0];
      continue;
    }
    for (const [c, i] of averageLink(members, pairSim, cannotLink, CLUSTER_SIMILARITY).entries()) for (const d of i) cluster[d] = members[c];
  }

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
      const members = auto.map((_, k) => k).filter((k) => cluster[k] === cluster[i]);
      const events = members.length > MAX_RECLUSTER ? [members] : averageLink(members, pairSim, cannotLink, EVENT_SIMILARITY);
      for (const e of events) for (const k of e) eventOf.set(k, e[0]);
    }
    return eventOf.get(i) === eventOf.get(j);
  };
  return { stories, storyOf, similarity, sameEvent };
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

/** Evidence against one story: both articles date their events, and to years two or more apart. */
function differentYears(a: Set<number>, b: Set<number>): boolean {
  if (!a.size || !b.size) return false;
  for (const x of a) for (const y of b) if (Math.abs(x - y) <= 1) return false;
  return true;
}
