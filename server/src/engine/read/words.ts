// Small character-level predicates on words, shared by the readers.

const ALL_CAPS = /^\p{Lu}[\p{Lu}\d&.]*\p{Lu}\.?$/u;

/** Starts with an uppercase letter, or is camel-cased like "iPhone"/"eBay". */
export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return c >= 97 && c <= 122 && w.length > 2 && /^[a-z][A-Z]/.test(w);
  const ch = w[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowercaseWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = w[0];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Two or more capitals, nothing lowercase except a final genitive "s" ("DBUs", "NATO", "U.S."). */
export function isAllCaps(w: string): boolean {
  if (w.length < 2) return false;
  // Most words fail on their second letter: no regular expression for them.
  const c1 = w.charCodeAt(1);
  if (c1 >= 97 && c1 <= 122) return false;
  return ALL_CAPS.test(w);
}

/** Removes a possessive/genitive ending: "Russia's" → "Russia"; plain "s" only when allowed. */
export function stripGenitive(w: string, plainS: boolean): string {
  const n = w.length;
  if (n < 2) return w;
  // Character tests, not regular expressions: this runs for most capitalised words.
  const last = w.charCodeAt(n - 1);
  const prev = w.charCodeAt(n - 2);
  if ((last === 115 || last === 83) && (prev === 39 || prev === 0x2019)) return w.slice(0, -2);
  if ((last === 39 || last === 0x2019) && (prev === 115 || prev === 83)) return w.slice(0, -1);
  if (last !== 115) return w;
  if (plainS && w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** True when only spaces (no line break) separate the end of one token from the start of the next. */
export function sameLineGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return true;
}

/**
 * Short words English title case leaves in lowercase (AP and Chicago style: articles, coordinating
 * conjunctions, short prepositions): "Ellen DeGeneres Returns to Host the Oscars".
 */
const TITLE_MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'onto', 'over']);

/**
 * Title-case or all-capital headline ("Lindsay Lohan Checks Into Rehab", "RED SOX MAKE OFFER"):
 * at least four words, three quarters of them capitalised, or every word but title-case minor words.
 */
export function isHeadline(words: readonly { text: string; kind: number }[], first: number, last: number): boolean {
  let letters = 0;
  let caps = 0;
  let minor = 0;
  for (let k = first; k < last; k++) {
    if (words[k].kind !== 0) continue;
    const w = words[k].text;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    letters++;
    if (isCapitalised(w)) caps++;
    else if (TITLE_MINOR_WORDS.has(w)) minor++;
  }
  // Title case proper: every other word capitalised; else three quarters of all words (all caps, or title case that capitalises small words too).
  return (letters >= 4 && caps / letters >= 0.75) || (caps >= 3 && minor > 0 && caps + minor === letters);
}
