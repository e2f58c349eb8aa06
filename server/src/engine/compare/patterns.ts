// Compiled lexicon patterns ("udvis*", "træk* sig") matched over a sentence's words.
import type { Word } from './words';

interface Part {
  text: string;
  prefix: boolean;
}

interface Pattern<T> {
  parts: Part[];
  value: T;
}

export interface PatternMatch<T> {
  value: T;
  /** Index of the first and last matched word. */
  first: number;
  last: number;
}

/** Words allowed between the parts of a multi-word pattern. */
const MAX_GAP = 2;

export class PatternSet<T> {
  private readonly exact = new Map<string, Pattern<T>[]>();
  private readonly prefixes = new Map<string, Pattern<T>[]>();
  private maxPrefix = 0;

  add(pattern: string, value: T): void {
    const parts = pattern.toLowerCase().split(/\s+/).filter(Boolean).map((p) => ({ text: p.replace(/\*$/, ''), prefix: p.endsWith('*') }));
    if (!parts.length) return;
    const entry = { parts, value };
    const head = parts[0];
    const map = head.prefix ? this.prefixes : this.exact;
    const list = map.get(head.text);
    if (list) list.push(entry);
    else map.set(head.text, [entry]);
    if (head.prefix) this.maxPrefix = Math.max(this.maxPrefix, head.text.length);
  }

  /** All matches, in word order; a word starts at most one match per pattern. */
  match(ws: Word[]): PatternMatch<T>[] {
    const out: PatternMatch<T>[] = [];
    for (let i = 0; i < ws.length; i++) {
      for (const p of this.candidates(ws[i].norm)) {
        const last = this.rest(p.parts, ws, i);
        if (last >= 0) out.push({ value: p.value, first: i, last });
      }
    }
    return out;
  }

  private candidates(token: string): Pattern<T>[] {
    const found: Pattern<T>[] = [];
    const exact = this.exact.get(token);
    if (exact) found.push(...exact);
    for (let len = Math.min(token.length, this.maxPrefix); len >= 2; len--) {
      const list = this.prefixes.get(token.slice(0, len));
      if (list) found.push(...list);
    }
    return found;
  }

  private rest(parts: Part[], ws: Word[], first: number): number {
    let at = first;
    for (let k = 1; k < parts.length; k++) {
      let found = -1;
      for (let j = at + 1; j <= at + 1 + MAX_GAP && j < ws.length; j++) {
        if (partMatches(parts[k], ws[j].norm)) {
          found = j;
          break;
        }
      }
      if (found < 0) return -1;
      at = found;
    }
    return at;
  }
}

function partMatches(part: Part, token: string): boolean {
  return part.prefix ? token.startsWith(part.text) : token === part.text;
}
