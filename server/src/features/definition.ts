// Go to Definition on an entity: its first mention in each other source (the jump between sources).
// With no other source, the entity's first mention in this one.
import type { Location, Position } from 'vscode-languageserver';
import type { FeatureContext } from './context';

export function definition(ctx: FeatureContext, path: string, position: Position): Location[] {
  const offset = ctx.view.offsetAt(path, position);
  if (offset === undefined) return [];
  const entity = ctx.view.entityAt(path, offset);
  if (!entity) return [];
  const firstByPath = new Map<string, (typeof entity.mentions)[number]>();
  for (const m of entity.mentions) {
    const prev = firstByPath.get(m.path);
    if (!prev || m.start < prev.start) firstByPath.set(m.path, m);
  }
  const others = [...firstByPath.entries()].filter(([p]) => p !== path).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const chosen = others.length ? others.map(([, m]) => m) : [...firstByPath.values()];
  return chosen.map((m) => ({ uri: ctx.uriOf(m.path), range: ctx.view.range(m.path, m) }));
}
