// newslens/story: the model behind the "Compare sources" panel, built from the corpus analysis for
// the story of one document. Sources in path order; every location is an LSP range in its source.
import type { StoryLocation, StoryModel } from '../protocol';
import type { Span } from '../engine/types';
import { sourceName, type FeatureContext } from './context';

export function storyModel(ctx: FeatureContext, path: string): StoryModel | null {
  const { view } = ctx;
  const storyId = view.storyOf(path);
  const story = view.corpus.stories.find((s) => s.id === storyId);
  if (!story) return null;
  const paths = story.documents.filter((p) => view.document(p));
  const column = new Map(paths.map((p, i) => [p, i]));
  const loc = (p: string, span: Span): StoryLocation => ({ uri: ctx.uriOf(p), range: view.range(p, span) });
  const parts = view.storyParts(story.id);
  const findings = parts.findings.filter((f) => !ctx.dismissed.has(f.fingerprint));
  const findingById = new Map(parts.findings.map((f) => [f.id, f]));

  const sources = paths.map((p) => {
    const doc = view.document(p)!;
    return {
      uri: ctx.uriOf(p),
      name: doc.frontMatter.title ?? sourceName(doc, p),
      ...(doc.frontMatter.outlet ? { outlet: doc.frontMatter.outlet } : {}),
      language: doc.language,
      ...(doc.frontMatter.date ? { date: doc.frontMatter.date } : doc.anchorDate ? { date: doc.anchorDate } : {}),
      conflicts: findings.filter((f) => f.kind === 'conflict' && f.primary.path === p).length,
    };
  });

  const claims = parts.alignments.map((a) => {
    const cells: StoryModel['claims'][number]['cells'] = paths.map(() => null);
    for (const cell of a.cells) {
      const i = column.get(cell.path);
      if (i !== undefined && cells[i] === null) cells[i] = { status: cell.status, text: cell.text, location: loc(cell.path, cell.span) };
    }
    const fs = a.findings.map((id) => findingById.get(id)).filter((f) => f && !ctx.dismissed.has(f.fingerprint));
    return { id: a.id, label: a.label, status: a.status, cells, findings: fs.map((f) => ({ code: f!.code, kind: f!.kind, message: f!.message })) };
  });

  // The story's entities from its documents' entries, not from every entity's mention list (at
  // 10,000 articles those lists are packed and 270,000 references would be made for one story).
  const inStory = new Set<string | undefined>(paths.flatMap((p) => view.corpus.entityOfMention.get(p) ?? []));
  const entities = view.corpus.entities
    .filter((e) => inStory.has(e.id))
    .map((e) => {
      const counts = paths.map(() => 0);
      const first: (StoryLocation | null)[] = paths.map(() => null);
      const firstStart = paths.map(() => Infinity);
      for (const m of e.mentions) {
        const i = column.get(m.path);
        if (i === undefined) continue;
        counts[i]++;
        if (m.start < firstStart[i]) {
          firstStart[i] = m.start;
          first[i] = loc(m.path, m);
        }
      }
      return { id: e.id, name: e.name, type: e.type, counts, first };
    })
    .sort((a, b) => b.counts.filter(Boolean).length - a.counts.filter(Boolean).length || b.counts.reduce((x, y) => x + y, 0) - a.counts.reduce((x, y) => x + y, 0));

  const timeline = paths
    .flatMap((p) =>
      view
        .document(p)!
        .values.filter((v) => v.kind === 'date' || v.kind === 'time')
        .map((v) => ({ normalized: v.normalized, label: v.normalized, text: v.text, location: loc(p, v) })),
    )
    .sort((a, b) => a.normalized.localeCompare(b.normalized));

  return { id: story.id, label: story.label, sources, claims, entities, timeline };
}
