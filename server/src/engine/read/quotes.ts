// Quotations (“…”, "…", '…', «…», „…“) and attribution: who a quote or a sentence is credited to.
// A sentence with a speech verb names its source after the verb ("said Johnson", "Det oplyser det
// tyske udenrigsministerium") or before it ("Nordisk Råds formandskab udtaler"). A sentence that
// opens with a pronoun and a speech verb ("Det oplyser X", "It added") passes X to the sentence
// before it when that one has no source of its own; a pronoun source inherits the last one.
import type { Mention, Quote, Sentence } from '../types';
import { Kind, type RawSentence, type Tok } from './parse';
import type { LanguagePack } from './lang/pack';

// Compiled once: a \p{..} literal inside a function is rebuilt on every call once bundled.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /[\p{L}]/u;

const PAIRS: Record<string, string> = { '“': '”', '„': '“', '«': '»', '»': '«', '"': '"', "'": "'", '‘': '’', '‚': '‘', '”': '”' };

/** Quote spans in one paragraph. Apostrophes inside words ("Russia's", "1960'erne") are not quotes. */
export function findQuoteSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = start;
  while (i < end) {
    // Most characters are no quote mark: a code test before the string lookup.
    const code = text.charCodeAt(i);
    if (code !== 0x22 && code !== 0x27 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201e)) { i++; continue; }
    const ch = text[i];
    const close = PAIRS[ch];
    if (close) {
      const prev = i > start ? text[i - 1] : ' ';
      const next = text[i + 1] ?? ' ';
      // An opening mark follows a space/punctuation and precedes a non-space.
      const single = ch === "'" || ch === '‘' || ch === '‚';
      if ((single && LETTER_OR_DIGIT.test(prev)) || /\s/.test(next)) { i++; continue; }
      let j = i + 1;
      let found = -1;
      while (j < end) {
        if (text[j] === close || (close === '“' && text[j] === '”') || (ch === '"' && (text[j] === '”'))) {
          const after = text[j + 1] ?? ' ';
          // A closing single quote is not followed by a letter (that would be an apostrophe).
          if (!(single && LETTER.test(after)) && !/\s/.test(text[j - 1])) { found = j; break; }
        }
        j++;
      }
      if (found > i + 1) {
        out.push({ start: i, end: found + 1 });
        i = found + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}

export interface AttributionInput {
  text: string;
  tokens: Tok[];
  raw: RawSentence[];
  sentences: Sentence[];
  packs: LanguagePack[];
  mentions: Mention[];
  quotes: Quote[];
}

/** Fills Sentence.attribution and Quote.speaker. */
export function attribute(input: AttributionInput): void {
  const { tokens, raw, sentences, packs, mentions, quotes, text } = input;
  // Mentions by sentence, in order (mentions are produced in text order).
  const bySentence: number[][] = raw.map(() => []);
  mentions.forEach((m, idx) => { if (m.form !== 'adjective') bySentence[m.sentence]?.push(idx); });
  // Quotes are in text order and do not nest: binary search for the last one starting before offset.
  const inQuote = (offset: number): boolean => {
    let lo = 0;
    let hi = quotes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].inner.start < offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found >= 0 && offset < quotes[found].inner.end;
  };
  let previous: Sentence['attribution'] | undefined;

  for (let si = 0; si < raw.length; si++) {
    const r = raw[si];
    const pack = packs[si];
    const sm = bySentence[si];
    let verb = -1;
    for (let k = r.first; k < r.last; k++) {
      const t = tokens[k];
      if (t.kind === Kind.Word && pack.speechVerbs.has(t.text.toLowerCase()) && !inQuote(t.start)) { verb = k; break; }
    }
    if (verb < 0) {
      previous = undefined;
      continue;
    }
    const vt = tokens[verb];
    const usable = (idx: number): boolean => !inQuote(mentions[idx].start);
    // After the verb: mentions with no punctuation in between; a person wins, else the longest first one.
    const afterList = sm.filter((idx) => usable(idx) && mentions[idx].start >= vt.end && gapWords(tokens, r, vt.end, mentions[idx].start, false) <= 5);
    let after: number | undefined;
    for (const idx of afterList) {
      const m = mentions[idx];
      if (after === undefined) after = idx;
      else if (m.type === 'person' && mentions[after].type !== 'person') after = idx;
      else if (m.start === mentions[after].start && m.end > mentions[after].end) after = idx;
    }
    // "said the mayor of Palamos, Josep Puig": a name after "of"/"de" is the complement of a role
    // noun; the person in apposition right after the comma is the speaker.
    if (after !== undefined) {
      const a = mentions[after];
      const prevWord = tokens.slice(r.first, r.last).reverse().find((t) => t.end <= a.start);
      const ofLike = !!prevWord && prevWord.kind === Kind.Word && (pack.connectors.has(prevWord.text.toLowerCase()) || pack.placePrepositions.has(prevWord.text.toLowerCase()));
      const next = tokens.slice(r.first, r.last).find((t) => t.start >= a.end);
      if (ofLike && next && next.text === ',') {
        const appositive = sm.find((idx) => usable(idx) && mentions[idx].type === 'person' && mentions[idx].start >= next.end && gapWords(tokens, r, next.end, mentions[idx].start, false) === 0);
        if (appositive !== undefined) after = appositive;
      }
    }
    // Before the verb: the nearest mention (punctuation allowed), the longest of those ending together.
    let before: number | undefined;
    for (const idx of sm) {
      const m = mentions[idx];
      if (!usable(idx) || m.end > vt.start || gapWords(tokens, r, m.end, vt.start, true) > 3) continue;
      if (before === undefined || m.end > mentions[before].end || (m.end === mentions[before].end && m.start < mentions[before].start)) before = idx;
    }
    const firstWord = tokens.slice(r.first, r.last).find((t) => t.kind === Kind.Word);
    const pronounStart = !!firstWord && pack.attributionPronouns.has(firstWord.text.toLowerCase()) && verb - r.first <= 2;
    const punctBefore = verb > r.first && tokens[verb - 1].kind !== Kind.Word;
    let pronoun: Tok | undefined;
    for (let q = verb - 1; q >= Math.max(r.first, verb - 2); q--) if (tokens[q].kind === Kind.Word && pack.attributionPronouns.has(tokens[q].text.toLowerCase())) pronoun = tokens[q];
    let chosen: number | undefined;
    if (after !== undefined && (pronounStart || punctBefore || before === undefined)) chosen = after;
    else if (before !== undefined && !pronoun) chosen = before;
    let attribution: Sentence['attribution'];
    if (chosen !== undefined) {
      const m = mentions[chosen];
      attribution = { mention: chosen, text: m.text, span: { start: m.start, end: m.end } };
    } else if (pronoun && previous) {
      attribution = { ...previous, inherited: true };
    } else if (pronoun) {
      attribution = { text: pronoun.text, span: { start: pronoun.start, end: pronoun.end } };
    }
    if (attribution) {
      sentences[si].attribution = attribution;
      // "Det oplyser X." credits the sentence before it when that one has no source.
      const neutral = !!firstWord && /^(det|dette|it|this|das|dat|het)$/i.test(firstWord.text);
      if (pronounStart && neutral && chosen !== undefined && si > 0 && raw[si - 1].paragraph >= r.paragraph - 1) {
        sentences[si - 1].attribution = { ...attribution, inherited: true };
      }
      previous = attribution.mention !== undefined ? attribution : previous;
    }
  }
  void text;

  // Quote speakers: the attribution of the sentence holding the closing mark, else of the next one.
  for (const q of quotes) {
    const s = sentences[q.sentence];
    let a = s?.attribution;
    if (!a) {
      const endSentence = sentences.findIndex((x) => q.end > x.start && q.end <= x.end);
      a = sentences[endSentence]?.attribution ?? sentences[endSentence + 1]?.attribution;
    }
    if (a) q.speaker = { start: a.span.start, end: a.span.end, text: a.text, ...(a.mention !== undefined ? { mention: a.mention } : {}) };
  }
}

/** Words between two offsets in a sentence; Infinity when punctuation intervenes and is not allowed. */
function gapWords(tokens: Tok[], r: RawSentence, from: number, to: number, punctuationAllowed: boolean): number {
  let n = 0;
  for (let k = r.first; k < r.last; k++) {
    const t = tokens[k];
    if (t.start < from || t.end > to) continue;
    if (t.kind === Kind.Word) n++;
    else if (!punctuationAllowed) return Infinity;
  }
  return n;
}
