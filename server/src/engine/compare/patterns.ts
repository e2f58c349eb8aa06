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

/** A character trie over the prefix patterns' first parts ("udvis*" → u, d, v, i, s). */
interface PrefixNode<T> {
  next: Map<number, PrefixNode<T>>;
  /** Patterns whose first part is the prefix spelled down to this node. */
  patterns?: Pattern<T>[];
}

export class PatternSet<T> {
  private readonly exact = new Map<string, Pattern<T>[]>();
  private readonly prefixes = new Map<string, Pattern<T>[]>();
  private maxPrefix = 0;
  /** `prefixes` as a trie, built at the first match: a word is walked letter by letter (most leave it after a letter or two) instead of looking up each of its prefixes. */
  private trie: PrefixNode<T> | undefined;

  add(pattern: string, value: T): void {
    const parts = pattern.toLowerCase().split(/\s+/).filter(Boolean).map((p) => ({ text: p.replace(/\*$/, ''), prefix: p.endsWith('*') }));
    if (!parts.length) return;
    const entry = { parts, value };
    const head = parts[0];
    const map = head.prefix ? this.prefixes : this.exact;
    const list = map.get(head.text);
    if (list) list.push(entry);
    else map.set(head.text, [entry]);
    if (head.prefix) {
      this.maxPrefix = Math.max(this.maxPrefix, head.text.length);
      this.trie = undefined;
    }
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

  /** Patterns whose first part the word matches: exact ones, then prefixes from the longest (two letters at least). */
  private candidates(token: string): Pattern<T>[] {
    const found: Pattern<T>[] = [];
    const exact = this.exact.get(token);
    if (exact) found.push(...exact);
    if (this.maxPrefix < 2) return found;
    let along: Pattern<T>[][] | undefined;
    let node: PrefixNode<T> | undefined = this.prefixTrie();
    for (let i = 0; i < token.length; i++) {
      node = node.next.get(token.charCodeAt(i));
      if (!node) break;
      if (node.patterns && i >= 1) (along ??= []).push(node.patterns);
    }
    if (along) for (let k = along.length - 1; k >= 0; k--) found.push(...along[k]);
    return found;
  }

  private prefixTrie(): PrefixNode<T> {
    if (this.trie) return this.trie;
    const root: PrefixNode<T> = { next: new Map() };
    for (const [head, patterns] of this.prefixes) {
      let node = root;
      for (let i = 0; i < head.length; i++) {
        const c = head.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map() }));
        node = child;
      }
      node.patterns = patterns;
    }
    return (this.trie = root);
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
