// newslens/status for the status bar: the document's story label, its number of sources, and the
// conflicts shown in that story (dismissed and switched-off findings are not counted).
import type { StatusResult } from '../protocol';
import type { FeatureContext } from './context';
import { visibleFindings } from './diagnostics';

export function status(ctx: FeatureContext, path: string): StatusResult {
  const { view } = ctx;
  const storyId = view.storyOf(path);
  const story = view.corpus.stories.find((s) => s.id === storyId);
  if (!story) return { story: null, sources: 0, conflicts: 0 };
  const conflicts = story.documents.reduce((n, p) => n + visibleFindings(ctx, p).filter((f) => f.kind === 'conflict').length, 0);
  return { story: story.label, sources: story.documents.length, conflicts };
}
