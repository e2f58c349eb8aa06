// Word tokens of a sentence, lowercased, with offsets; the comparing layer matches its lexicons on
// these. Kept separate from the reader's tokens so that the comparison works on any analysis.

export interface Word {
  /** Lowercased text, typographic apostrophes folded to "'". */
  norm: string;
  start: number;
  end: number;
  /** True when a comma, semicolon, colon or dash stands between the previous word and this one. */
  breakBefore: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*(?:n['’]t)?|[,;:–—()]/gu;

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  let pendingBreak = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const t = m[0];
    if (t.length === 1 && ',;:–—()'.includes(t)) {
      pendingBreak = true;
      continue;
    }
    const lower = t.toLowerCase();
    out.push({ norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: offset + m.index, end: offset + m.index + t.length, breakBefore: pendingBreak });
    pendingBreak = false;
  }
  return out;
}

/** Distinct strings a memo of a pure string function keeps; it starts over beyond. */
const MEMO_SIZE = 50_000;

/** A pure function of a string, remembered: names recur within an article and across a corpus. */
export function memoized<T>(f: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s: string): T => {
    let r = memo.get(s);
    if (r === undefined) {
      r = f(s);
      if (memo.size >= MEMO_SIZE) memo.clear();
      memo.set(s, r);
    }
    return r;
  };
}

/** Lowercase, strip diacritics (ø→o, æ→ae, ß→ss too), collapse spaces: for comparing names. */
export const foldName = memoized(foldNameOnce);

function foldNameOnce(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'aa').replace(/ß/g, 'ss').replace(/œ/g, 'oe')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‐‑–-]/g, ' ')
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Short stable hash (FNV-1a, 32 bit, hex) for fingerprints. */
export function hash32(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
