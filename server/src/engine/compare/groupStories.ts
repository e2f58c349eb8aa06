// Groups documents into stories: documents that share entities, dates and figures that are rare in
// the corpus report the same story. Features are weighted by inverse document frequency; candidate
// pairs come from an inverted index (no all-pairs loop), and pairs above a cosine threshold are
// joined. Explicit assignments (settings/folders, then front matter `story:`) win.
import type { DocumentAnalysis, Story } from '../types';

export interface StoryGrouping {
  stories: Story[];
  storyOf: Map<string, string>;
}

/** Cosine similarity at or above which two documents report the same story. */
export const STORY_SIMILARITY = 0.2;
/** Event concepts count less than names: two earthquakes are not one story. */
const CONCEPT_WEIGHT = 0.5;
/** Two documents must share at least this many features. */
const MIN_SHARED = 2;

export function groupStories(
  docs: DocumentAnalysis[],
  featuresOf: (doc: DocumentAnalysis) => Map<string, number>,
  labelOf: (features: Map<string, number>) => string,
  overrides: Map<string, string> = new Map(),
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

  const parent = auto.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
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
      if ((shared.get(j) ?? 0) >= MIN_SHARED && s / (norms[i] * norms[j]) >= STORY_SIMILARITY) parent[find(j)] = find(i);
    }
  }

  // Collect groups: explicit names first, then automatic components.
  const groups = new Map<string, string[]>();
  for (const [path, name] of explicit) {
    const key = `explicit:${name}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(path);
  }
  auto.forEach((d, i) => {
    const key = `auto:${find(i)}`;
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
  return { stories, storyOf };
}
