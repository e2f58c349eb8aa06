// The outline of an article: its claims in text order (with their cross-source status) and the
// entities it names (each at its first mention here, with its other mentions as children).
import type { DocumentSymbol } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { clip } from './markdown';
import { CLAIM_SYMBOL_KIND, entitySymbolKind } from './symbolKinds';

export function documentSymbols(ctx: FeatureContext, path: string): DocumentSymbol[] {
  const { view } = ctx;
  const doc = view.document(path);
  if (!doc) return [];
  const claims: DocumentSymbol[] = view
    .claimsOf(path)
    .slice()
    .sort((a, b) => a.span.start - b.span.start)
    .map((c) => {
      const status = view.alignmentOf(path, c.id)?.status ?? 'single';
      const range = view.range(path, c.span);
      return { name: clip(c.text, 80) || '(claim)', detail: status === 'single' ? 'only this source' : status, kind: CLAIM_SYMBOL_KIND, range, selectionRange: range };
    });
  const byEntity = new Map<string, { name: string; type: Parameters<typeof entitySymbolKind>[0]; spans: { start: number; end: number; text: string }[] }>();
  doc.mentions.forEach((m, i) => {
    const entity = view.entityOfMention(path, i);
    const key = entity?.id ?? `local:${m.lemma}:${m.type}`;
    const entry = byEntity.get(key) ?? { name: entity?.name ?? m.lemma ?? m.text, type: entity?.type ?? m.type, spans: [] };
    entry.spans.push(m);
    byEntity.set(key, entry);
  });
  const entities: DocumentSymbol[] = [...byEntity.values()]
    .map((e) => {
      const spans = e.spans.slice().sort((a, b) => a.start - b.start);
      const first = view.range(path, spans[0]);
      const whole = { start: first.start, end: view.range(path, spans[spans.length - 1]).end };
      return {
        name: e.name || spans[0].text,
        detail: `${e.type} · ${spans.length} mention${spans.length === 1 ? '' : 's'}`,
        kind: entitySymbolKind(e.type),
        range: whole,
        selectionRange: first,
        children: spans.slice(1).map((s) => {
          const r = view.range(path, s);
          return { name: s.text || e.name, kind: entitySymbolKind(e.type), range: r, selectionRange: r };
        }),
      };
    })
    .sort((a, b) => a.selectionRange.start.line - b.selectionRange.start.line || a.selectionRange.start.character - b.selectionRange.start.character);
  return [...claims, ...entities];
}
