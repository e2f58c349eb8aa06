// Workspace symbols: entities across all sources, matched on their canonical name and every alias
// (accents and case folded), each located at its first mention.
import type { SymbolInformation } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { sourceName } from './context';
import { entitySymbolKind } from './symbolKinds';

export const WORKSPACE_SYMBOL_LIMIT = 500;

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Subsequence match, as editors do for symbol search ("coe" finds "Council of Europe"). */
function matches(query: string, candidate: string): boolean {
  if (!query) return true;
  const c = fold(candidate);
  if (c.includes(query)) return true;
  let i = 0;
  for (const ch of c) if (ch === query[i]) i++;
  return i === query.length;
}

export function workspaceSymbols(ctx: FeatureContext, query: string): SymbolInformation[] {
  const q = fold(query.trim());
  const out: SymbolInformation[] = [];
  for (const e of ctx.view.corpus.entities) {
    if (out.length >= WORKSPACE_SYMBOL_LIMIT) break;
    if (![e.name, ...e.aliases].some((n) => matches(q, n))) continue;
    const first = e.mentions.filter((m) => ctx.view.document(m.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start))[0];
    if (!first) continue;
    const sources = new Set(e.mentions.map((m) => m.path)).size;
    out.push({
      name: e.name,
      kind: entitySymbolKind(e.type),
      location: { uri: ctx.uriOf(first.path), range: ctx.view.range(first.path, first) },
      containerName: `${e.type} · ${sources} source${sources === 1 ? '' : 's'} · ${sourceName(ctx.view.document(first.path), first.path)}`,
    });
  }
  return out;
}
