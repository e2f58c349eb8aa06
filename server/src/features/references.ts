// Find All References on an entity: every mention in every source, in path then text order.
import type { Location, Position } from 'vscode-languageserver';
import type { FeatureContext } from './context';

export function references(ctx: FeatureContext, path: string, position: Position, includeDeclaration = true): Location[] {
  const offset = ctx.view.offsetAt(path, position);
  if (offset === undefined) return [];
  const at = ctx.view.mentionAt(path, offset);
  if (!at?.entity) return [];
  return at.entity.mentions
    .filter((m) => ctx.view.document(m.path))
    .filter((m) => includeDeclaration || !(m.path === path && m.index === at.index))
    .slice()
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start))
    .map((m) => ({ uri: ctx.uriOf(m.path), range: ctx.view.range(m.path, m) }));
}
