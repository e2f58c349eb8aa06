// Reads one article: front matter and markup masking, language per document and paragraph,
// paragraphs and sentences (retext-latin), entity mentions, values, quotes and attribution.
// Each paragraph's syntax tree is flattened and dropped at once; the token array is dropped at
// the end, so only the compact DocumentAnalysis stays in memory.
import { createHash } from 'node:crypto';
import type { DocumentAnalysis, DocumentProblem, LanguageCode, Paragraph, Quote, ReadOptions, Sentence, Value } from '../types';
import { detectLanguage, SUPPORTED_LANGUAGES } from './language';
import { ENGINE_VERSION } from '../version';
import { prepare } from './prepare';
import { parseParagraph, splitParagraphs, type RawSentence, type Tok, Kind } from './parse';
import { languagePack } from './lang/generic';
import type { LanguagePack } from './lang/pack';
import { findEntities } from './entities';
import { findValues } from './values';
import { attribute, findQuoteSpans } from './quotes';
import { findAnchorDate } from './anchor';
import { isCapitalised, isHeadline, isLowercaseWord } from './words';

/** Below this many letters an article is too short to compare. */
export const MIN_ARTICLE_LETTERS = 40;
/** Paragraphs shorter than this take the document's language. */
const MIN_PARAGRAPH_DETECTION = 120;

export function readDocument(path: string, rawText: string, options: ReadOptions = {}): DocumentAnalysis {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const problems: DocumentProblem[] = [];
  const hash = createHash('sha1').update(ENGINE_VERSION).update(text).digest('hex');
  if (looksBinaryText(text)) {
    return empty(path, text, hash, options.language ?? 'und', [{ code: 'binary', severity: 'error', message: 'The file looks binary (control characters), not an article; it was not analysed.' }]);
  }
  const prepared = prepare(text);
  problems.push(...prepared.problems);
  const { masked, frontMatter } = prepared;
  const allowed = options.languages ?? SUPPORTED_LANGUAGES;
  const forced = options.language ?? normLang(frontMatter.language) ?? normLang(prepared.directiveLanguage);
  const language: LanguageCode = forced ?? detectLanguage(masked, 'und', allowed);
  const docPack = languagePack(language === 'und' ? 'en' : language);

  const paragraphs: Paragraph[] = [];
  const raw: RawSentence[] = [];
  const packs: LanguagePack[] = [];
  const tokens: Tok[] = [];
  for (const span of splitParagraphs(masked)) {
    const index = paragraphs.length;
    const before = raw.length;
    const firstTok = tokens.length;
    // retext-latin slows down more than linearly on very long paragraphs: parse them in pieces
    // cut after a sentence end (else at a space), which also bounds the size of any one tree.
    for (let from = span.start; from < span.end;) {
      const to = pieceEnd(masked, from, span.end);
      parseParagraph(masked, from, to, index, docPack, tokens, raw);
      from = to;
      while (from < span.end && /\s/.test(masked[from])) from++;
    }
    // Paragraph language: a paragraph rich in the document language's stop words keeps it
    // (cheap); otherwise franc decides, with the document language as prior.
    let plang = forced ?? language;
    if (!forced && span.end - span.start >= MIN_PARAGRAPH_DETECTION) {
      let words = 0;
      let stop = 0;
      // The first 80 words tell as well as all of them.
      for (let k = firstTok; k < tokens.length && words < 80; k++) {
        if (tokens[k].kind !== Kind.Word) continue;
        words++;
        if (docPack.stopwords.has(tokens[k].lower)) stop++;
      }
      if (words > 0 && stop / words < 0.2) plang = detectLanguage(masked.slice(span.start, Math.min(span.end, span.start + 400)), language, allowed);
    }
    const pack = plang === 'und' ? docPack : languagePack(plang);
    paragraphs.push({ start: span.start, end: span.end, language: plang });
    for (let i = before; i < raw.length; i++) packs.push(pack);
  }
  const sentences: Sentence[] = raw.map((r) => ({ start: r.start, end: r.end, paragraph: r.paragraph, language: paragraphs[r.paragraph].language }));

  // Document-level word evidence for the sentence-start rule.
  const lowercaseSeen = new Set<string>();
  const capitalSeen = new Set<string>();
  const headlines = new Set<number>();
  // A line that is a web address ("http:// www.site.com/news/Lindsay _ Lohan _ Checks _ Into") holds
  // slug words, not prose: no evidence, no mentions.
  const urlLines = new Set<number>();
  raw.forEach((r, i) => {
    const w = r.first < r.last ? tokens[r.first].lower : '';
    if (w === 'http' || w === 'https' || w === 'www') urlLines.add(i);
    else if (isHeadline(tokens, r.first, r.last)) headlines.add(i);
  });
  for (let si = 0; si < raw.length; si++) {
    const r = raw[si];
    // Headlines capitalise every word: they are no evidence that a word is a name.
    if (headlines.has(si) || urlLines.has(si)) continue;
    for (let k = r.first; k < r.last; k++) {
      const t = tokens[k];
      if (t.kind !== Kind.Word) continue;
      if (isLowercaseWord(t.text)) lowercaseSeen.add(t.text);
      else if (k > r.first && tokens[k - 1].kind === Kind.Word && isCapitalised(t.text)) capitalSeen.add(t.lower);
    }
  }

  const { mentions, acronyms } = findEntities({ text, tokens, sentences: raw, packs, lowercaseSeen, capitalSeen, headlines, urlLines });

  const anchor = findAnchorDate(options.anchorDate, frontMatter.date, masked, docPack);
  const anchorDate = anchor ? anchor.toISOString().slice(0, 10) : undefined;
  const sentenceOf = (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const values: Value[] = [];
  const quotes: Quote[] = [];
  const firstSentenceOfParagraph: number[] = [];
  const tokenRange: [number, number][] = [];
  raw.forEach((r, i) => {
    if (firstSentenceOfParagraph[r.paragraph] === undefined) {
      firstSentenceOfParagraph[r.paragraph] = i;
      tokenRange[r.paragraph] = [r.first, r.last];
    } else tokenRange[r.paragraph][1] = r.last;
  });
  function wordsOf(pi: number): Tok[] {
    const range = tokenRange[pi];
    const out: Tok[] = [];
    if (range) for (let k = range[0]; k < range[1]; k++) if (tokens[k].kind === Kind.Word) out.push(tokens[k]);
    return out;
  }
  paragraphs.forEach((p, pi) => {
    const si = firstSentenceOfParagraph[pi];
    const pack = si !== undefined ? packs[si] : docPack;
    findValues(text, masked, p.start, p.end, pack, anchor, sentenceOf, values, wordsOf(pi));
    for (const q of findQuoteSpans(masked, p.start, p.end)) {
      quotes.push({ start: q.start, end: q.end, inner: { start: q.start + 1, end: q.end - 1 }, sentence: sentenceOf(q.start) });
    }
  });
  attribute({ text, tokens, raw, sentences, packs, mentions, quotes });

  const letters = countLetters(masked);
  if (letters < MIN_ARTICLE_LETTERS) {
    problems.push({ code: 'too-short', severity: 'information', message: `Too short to analyse (${letters} letters; NewsLens needs at least ${MIN_ARTICLE_LETTERS}).` });
  }
  const multilingual = sentences.some((s) => s.language && s.language !== language);
  return { path, text, hash, language, frontMatter, ...(anchorDate ? { anchorDate } : {}), ...(multilingual ? { multilingual: true as const } : {}), paragraphs, sentences, mentions, values, quotes, acronyms, problems };
}

const PIECE = 8192;

/** End of the next piece of a long paragraph: after the last sentence end (or space) before PIECE. */
function pieceEnd(text: string, from: number, end: number): number {
  if (end - from <= PIECE * 2) return end;
  const limit = from + PIECE;
  for (let i = limit; i > from + PIECE / 2; i--) {
    const c = text[i - 1];
    // A word of four or more letters before the stop: not an abbreviation or an initial.
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i] ?? ' ') && /\p{Lu}|["“„«]/u.test(text[i + 1] ?? '') && /\p{Ll}{4}$/u.test(text.slice(i - 5, i - 1))) return i;
  }
  for (let i = limit; i > from + PIECE / 2; i--) if (/\s/.test(text[i])) return i;
  return limit;
}

function normLang(l: string | undefined): LanguageCode | undefined {
  if (!l) return undefined;
  const c = l.trim().toLowerCase().slice(0, 2);
  if (c === 'nb' || c === 'nn') return 'no';
  return /^[a-z]{2}$/.test(c) ? c : undefined;
}

function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000)) n++;
  }
  return n;
}

/** NUL bytes or a high share of C0 control characters in the first 8 KB. */
function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    else if (c === 0xfffd) control++;
  }
  return n > 0 && control / n > 0.1;
}

function empty(path: string, text: string, hash: string, language: LanguageCode, problems: DocumentProblem[]): DocumentAnalysis {
  return { path, text, hash, language, frontMatter: {}, paragraphs: [], sentences: [], mentions: [], values: [], quotes: [], acronyms: [], problems };
}
