// Mention matching and scores, by the rules in shared/data/README.md: one-to-one matching,
// "exact" = same span (or the gold core span), "overlap" = any shared character; untyped and typed.
export type Type = 'person' | 'organization' | 'place' | 'other';

export interface Span { start: number; end: number; type: Type }
export interface GoldSpan extends Span { core?: [number, number] }

export interface Counts { tp: number; fp: number; fn: number }
export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export function add(a: Counts, b: Counts): void { a.tp += b.tp; a.fp += b.fp; a.fn += b.fn; }
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** One-to-one matching; returns, for each gold index, the matched prediction index or -1. */
export function match(gold: GoldSpan[], pred: Span[], mode: 'exact' | 'overlap', typed: boolean): number[] {
  const used = new Uint8Array(pred.length);
  const result = gold.map(() => -1);
  const exact = (g: GoldSpan, p: Span): boolean => (p.start === g.start && p.end === g.end) || (!!g.core && p.start === g.core[0] && p.end === g.core[1]);
  const overlap = (g: GoldSpan, p: Span): boolean => p.start < g.end && g.start < p.end;
  // Exact pairs first, so an overlap match does not take a better partner.
  for (const test of mode === 'overlap' ? [exact, overlap] : [exact]) {
    gold.forEach((g, gi) => {
      if (result[gi] >= 0) return;
      for (let pi = 0; pi < pred.length; pi++) {
        if (used[pi] || (typed && g.type !== pred[pi].type) || !test(g, pred[pi])) continue;
        used[pi] = 1;
        result[gi] = pi;
        break;
      }
    });
  }
  return result;
}

export function count(gold: GoldSpan[], pred: Span[], mode: 'exact' | 'overlap', typed: boolean): Counts {
  const m = match(gold, pred, mode, typed);
  const tp = m.filter((x) => x >= 0).length;
  return { tp, fp: pred.length - tp, fn: gold.length - tp };
}

export function mapGoldType(dataset: string, t: string): Type {
  if (dataset === 'ecbplus') {
    if (t === 'HUMAN_PART_PER') return 'person';
    if (t === 'HUMAN_PART_ORG') return 'organization';
    if (t === 'HUMAN_PART_GPE' || t.startsWith('LOC')) return 'place';
    return 'other';
  }
  if (t === 'PER') return 'person';
  if (t === 'ORG') return 'organization';
  if (t === 'LOC') return 'place';
  return 'other';
}

// ---- linking -----------------------------------------------------------------------------

export interface LinkItem { doc: string; language: string; gold: string; pred: string }

/** Pairwise P/R over pairs of mentions in different documents (optionally different languages). */
export function pairwise(items: LinkItem[], crossLingual: boolean): Counts {
  const c = zero();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a.doc === b.doc || (crossLingual && a.language === b.language)) continue;
      const g = a.gold === b.gold;
      const p = a.pred === b.pred;
      if (g && p) c.tp++;
      else if (p) c.fp++;
      else if (g) c.fn++;
    }
  }
  return c;
}

/** B³ precision/recall sums over all mentions (divide by the count). */
export function bcubed(items: LinkItem[]): { p: number; r: number; n: number } {
  const byGold = new Map<string, number>();
  const byPred = new Map<string, number>();
  const byBoth = new Map<string, number>();
  for (const it of items) {
    byGold.set(it.gold, (byGold.get(it.gold) ?? 0) + 1);
    byPred.set(it.pred, (byPred.get(it.pred) ?? 0) + 1);
    const k = `${it.gold}\u0000${it.pred}`;
    byBoth.set(k, (byBoth.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const it of items) {
    const both = byBoth.get(`${it.gold}\u0000${it.pred}`)!;
    p += both / byPred.get(it.pred)!;
    r += both / byGold.get(it.gold)!;
  }
  return { p, r, n: items.length };
}
