// Document highlights: the other mentions of the same entity in this article.
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import type { FeatureContext } from './context';

export function documentHighlights(ctx: FeatureContext, path: string, position: Position): DocumentHighlight[] {
  const offset = ctx.view.offsetAt(path, position);
  if (offset === undefined) return [];
  const entity = ctx.view.entityAt(path, offset);
  if (!entity) return [];
  return entity.mentions
    .filter((m) => m.path === path)
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ range: ctx.view.range(path, m), kind: DocumentHighlightKind.Text }));
}
