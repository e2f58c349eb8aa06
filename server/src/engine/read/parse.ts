// Paragraphs, sentences and tokens. Paragraphs are split here (blank lines, one-line headlines,
// lines that end a sentence); each paragraph is parsed by retext-latin on its own and its tree is
// flattened into compact tokens at once, so no full syntax tree is ever held. Sentence breaks
// after abbreviations ("kl.", "hr.", "f.eks."), initials ("H. C.") and ordinals ("3. maj") are undone.
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import type { LanguagePack } from './lang/pack';

export const enum Kind { Word = 0, Punct = 1, Symbol = 2 }

export interface Tok {
  start: number;
  end: number;
  kind: Kind;
  text: string;
  /** `text` lowercased once, for the many lexicon lookups. */
  lower: string;
}

export interface RawSentence {
  start: number;
  end: number;
  paragraph: number;
  /** Index range into the token array. */
  first: number;
  last: number; // exclusive
}

interface UnistNode {
  type: string;
  value?: string;
  children?: UnistNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = unified().use(retextLatin);

/** Bare retext-latin parse of the whole text (the throughput baseline eval measures against). */
export function bareParse(text: string): void {
  parser.parse(text);
}

const SENTENCE_END = /[.!?:;"”'’»)\]]$/;

/** Paragraph spans: blank lines separate; a line break also separates unless the line is soft-wrapped. */
export function splitParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pStart = -1;
  let pEnd = -1;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let eol = pos;
    while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    let s = pos;
    let e = eol;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      if (pStart >= 0) out.push({ start: pStart, end: pEnd });
      pStart = -1;
    } else if (pStart >= 0 && !SENTENCE_END.test(text.slice(Math.max(pStart, pEnd - 1), pEnd)) && isLower(text.charCodeAt(s)) && pEnd - pStart > 40) {
      pEnd = e; // soft-wrapped continuation
    } else {
      if (pStart >= 0) out.push({ start: pStart, end: pEnd });
      pStart = s;
      pEnd = e;
    }
    pos = eol;
    if (pos < n && text.charCodeAt(pos) === 13) pos++;
    if (pos < n && text.charCodeAt(pos) === 10) pos++;
  }
  if (pStart >= 0) out.push({ start: pStart, end: pEnd });
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 11 || c === 0x2028 || c === 0x2029 || c === 0x200b || c === 0xfeff;
}
function isLower(c: number): boolean {
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Parses one paragraph; appends tokens and sentences. */
export function parseParagraph(text: string, start: number, end: number, paragraph: number, pack: LanguagePack, tokens: Tok[], sentences: RawSentence[]): void {
  const slice = text.slice(start, end);
  const root = parser.parse(slice) as UnistNode;
  const firstSentence = sentences.length;
  for (const para of root.children ?? []) {
    if (para.type !== 'ParagraphNode') continue;
    for (const sent of para.children ?? []) {
      if (sent.type !== 'SentenceNode') continue;
      const first = tokens.length;
      for (const child of sent.children ?? []) {
        const kind = child.type === 'WordNode' ? Kind.Word : child.type === 'PunctuationNode' ? Kind.Punct : child.type === 'SymbolNode' ? Kind.Symbol : -1;
        if (kind < 0 || !child.position) continue;
        const s = start + (child.position.start.offset ?? 0);
        const e = start + (child.position.end.offset ?? 0);
        const t = text.slice(s, e);
        tokens.push({ start: s, end: e, kind: kind as Kind, text: t, lower: t.toLowerCase() });
      }
      if (tokens.length === first) continue;
      sentences.push({ start: tokens[first].start, end: tokens[tokens.length - 1].end, paragraph, first, last: tokens.length });
    }
  }
  mergeFalseBreaks(sentences, firstSentence, tokens, pack);
}

/** Joins sentences that retext split after an abbreviation, an initial or a Danish-style ordinal. */
function mergeFalseBreaks(sentences: RawSentence[], from: number, tokens: Tok[], pack: LanguagePack): void {
  for (let i = sentences.length - 2; i >= from; i--) {
    const a = sentences[i];
    const b = sentences[i + 1];
    const lastTok = tokens[a.last - 1];
    const nextTok = tokens[b.first];
    let word: Tok | undefined;
    if (lastTok.kind === Kind.Punct && lastTok.text === '.' && a.last - 2 >= a.first) word = tokens[a.last - 2];
    else if (lastTok.kind === Kind.Word && lastTok.text.endsWith('.')) word = lastTok;
    if (!word || word.kind !== Kind.Word) continue;
    const bare = word.text.replace(/\.$/, '').toLowerCase();
    const nextLower = isLower(nextTok.text.charCodeAt(0));
    const nextDigit = /^\d/.test(nextTok.text);
    let merge = false;
    if (pack.abbreviations.has(bare)) merge = !pack.finalAbbreviations.has(bare) || nextLower || nextDigit;
    else if (/^\p{Lu}$/u.test(word.text.replace(/\.$/, '')) || /^(\p{Lu}\.)+\p{Lu}?$/u.test(word.text)) merge = !nextLower || true; // initials
    else if (/^\d{1,2}\.?$/.test(word.text.replace(/\.$/, '')) && (pack.months.has(nextTok.text.toLowerCase().replace(/\.$/, '')) || nextLower)) merge = true;
    if (merge) {
      a.end = b.end;
      a.last = b.last;
      sentences.splice(i + 1, 1);
    }
  }
}
