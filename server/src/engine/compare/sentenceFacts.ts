// What the comparing layer reads off each sentence on its own: event concepts (with negation),
// "first time ever" and "N-th time" phrases, precedent, conditional and update cues, and which
// mentions, values and quotes stand in it. Depends only on one document, so it is cached per
// DocumentAnalysis object: re-comparing a story after a keystroke re-reads only the edited article.
import type { DocumentAnalysis, Value } from '../types';
import type { EventConcept } from '../lexicon/eventConcepts';
import type { Measure } from '../lexicon/measureNouns';
import { lexiconFor, type Marker } from './lexicons';
import { words, type Word } from './words';
import { ATTRIBUTION_PRONOUNS } from '../data/lexicon';

export interface ConceptHit {
  concept: EventConcept;
  first: number;
  last: number;
  negated: boolean;
}

export interface MarkerHit {
  marker: Marker;
  first: number;
  last: number;
}

export interface MeasureHit {
  measure: Measure;
  first: number;
  last: number;
}

export interface SentenceFacts {
  index: number;
  start: number;
  end: number;
  language: string;
  words: Word[];
  concepts: ConceptHit[];
  markers: MarkerHit[];
  /** Measure nouns: what the sentence's figures may count ("passengers", "deposit rate"). */
  measures: MeasureHit[];
  firstEver: boolean;
  /** 2 for "second time", 3 for "third time"...; 0 when the sentence has none. */
  repeatOrdinal: number;
  /** Mention indices (into DocumentAnalysis.mentions) inside the sentence, in text order. */
  mentions: number[];
  /** Word index of each mention's first and last word, parallel to `mentions`. */
  mentionWords: [number, number][];
  values: Value[];
  /** Share of the sentence's characters inside quotation marks (0..1). */
  quoted: number;
  /** Starts with a pronoun that refers back ("Det oplyser ...", "It added ..."). */
  pronounStart: boolean;
}

/** Words of "since" that turn "first time" into "first time since X" (not a first-ever claim). */
const SINCE = new Set(['since', 'siden', 'seit', 'sedan', 'sinds', 'desde', 'depuis']);
/** Words that bound a "first time" by a period ("first time in 20 years", "første gang i år"). */
const IN = new Set(['in', 'i', 'im', 'en', 'en', 'dans', 'sinds']);

/** "first time since 1990", "first time in 20 years": a first within a period, not ever. */
function limitedFirst(ws: Word[], last: number): boolean {
  for (let j = last + 1; j <= last + 3 && j < ws.length; j++) {
    if (SINCE.has(ws[j].norm)) return true;
    if (IN.has(ws[j].norm) && /^(\d|år|years?|jahren?|decades?|årtier|months?|måneder)/.test(ws[j + 1]?.norm ?? '')) return true;
  }
  return false;
}

const cache = new WeakMap<DocumentAnalysis, SentenceFacts[]>();

export function sentenceFacts(doc: DocumentAnalysis): SentenceFacts[] {
  let facts = cache.get(doc);
  if (!facts) {
    facts = readFacts(doc);
    cache.set(doc, facts);
  }
  return facts;
}

/** Forgets a document's facts (a one-off comparison is done with them). */
export function forgetSentenceFacts(doc: DocumentAnalysis): void {
  cache.delete(doc);
}

/** Mention indices by sentence. */
function mentionsBySentence(doc: DocumentAnalysis): number[][] {
  const bySentence = doc.sentences.map(() => [] as number[]);
  doc.mentions.forEach((m, i) => bySentence[m.sentence]?.push(i));
  return bySentence;
}

function sentenceLanguage(s: DocumentAnalysis['sentences'][number], documentLanguage: string): string {
  return s.language && s.language !== 'und' ? s.language : documentLanguage;
}

/** The event words of a sentence, one reading per expression, none inside a name of several words ("Catching Fire", "Operation Storm"). */
function conceptHits(lex: ReturnType<typeof lexiconFor>, ws: Word[], mentionWords: [number, number][]) {
  const inName = (first: number, last: number) => mentionWords.some(([a, b]) => b > a && first >= a && last <= b);
  return dedupeConcepts(lex.concepts.match(ws)).filter((c) => !inName(c.first, c.last));
}

/**
 * The event concepts of every sentence, in order, as sentenceFacts finds them, without the rest of
 * the facts: story grouping needs only these, and a one-off comparison (which does not keep facts
 * from grouping to the story's turn) would otherwise read every sentence's facts twice.
 */
export function* sentenceConcepts(doc: DocumentAnalysis): Iterable<EventConcept> {
  const bySentenceMentions = mentionsBySentence(doc);
  // Read once: each is a getter on an analysis read lazily (lazyAnalysis.ts).
  const { sentences, mentions, text, language } = doc;
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index];
    const ws = words(text.slice(s.start, s.end), s.start);
    const mentionWords = bySentenceMentions[index].map((mi) => wordSpan(ws, mentions[mi].start, mentions[mi].end));
    for (const c of conceptHits(lexiconFor(sentenceLanguage(s, language)), ws, mentionWords)) yield c.value;
  }
}

function readFacts(doc: DocumentAnalysis): SentenceFacts[] {
  const bySentenceMentions = mentionsBySentence(doc);
  const bySentenceValues = doc.sentences.map(() => [] as Value[]);
  for (const v of doc.values) bySentenceValues[v.sentence]?.push(v);

  return doc.sentences.map((s, index) => {
    const language = sentenceLanguage(s, doc.language);
    const lex = lexiconFor(language);
    const ws = words(doc.text.slice(s.start, s.end), s.start);
    const values = bySentenceValues[index] ?? [];
    // A cue word inside a date is the date's ("May 5" is no modal "may").
    const inDate = (first: number, last: number) => values.some((v) => v.kind === 'date' && ws[first].start >= v.start && ws[last].end <= v.end);
    const markers = lex.markers.match(ws).filter((m) => !inDate(m.first, m.last)).map((m) => ({ marker: m.value, first: m.first, last: m.last }));
    const measures = dedupeConcepts(lex.measures.match(ws)).map((m) => ({ measure: m.value, first: m.first, last: m.last }));
    const negations = markers.filter((m) => m.marker === 'negation');
    const mentions = bySentenceMentions[index] ?? [];
    const mentionWords = mentions.map((mi) => wordSpan(ws, doc.mentions[mi].start, doc.mentions[mi].end));
    // Dutch and German put the participle last and the negation before the objects ("niet om
    // staatshulp heeft gevraagd", "hat nicht um Hilfe gebeten"): a sentence-final event word is
    // reached from farther back.
    const verbFinal = language === 'nl' || language === 'de';
    // The word before the event, or the one before an article or possessive in between, is a preposition.
    const detached = (first: number) => [first - 1, first - 2].some((k, n) => k >= 0 && lex.detachingPrepositions.has(ws[k].norm) && !ws.slice(k + 1, first + 1).some((w) => w.breakBefore) && (n === 0 || lex.determiners.has(ws[first - 1].norm)));
    const concepts = conceptHits(lex, ws, mentionWords).map((c) => ({
      concept: c.value,
      first: c.first,
      last: c.last,
      // Negation binds to a verb standing right after it ("did not leave", "ikke forlade") or right
      // before it (Danish/German main clauses: "forlader ikke"); farther away it is often about
      // something else ("no plans for leaving"). An event noun right after a preposition is the
      // complement of another word, which the negation denies ("not affected by the strike", "vom
      // Streik nicht betroffen").
      negated: !detached(c.first) && negations.some((n) => (n.last < c.first && c.first - n.last <= (verbFinal && c.last === ws.length - 1 ? VERB_FINAL_REACH : 2) && !ws.slice(n.last + 1, c.first + 1).some((w) => w.breakBefore)) || (n.first === c.last + 1 && !ws[n.first].breakBefore)),
    }));
    const firstEver = markers.some((m) => m.marker === 'first-ever' && !limitedFirst(ws, m.last));
    let repeatOrdinal = 0;
    for (let i = 0; i < ws.length && !repeatOrdinal; i++) {
      const norm = ws[i].norm;
      // The pattern only for words opening with a digit: most words are not "2nd", and this runs for every word.
      const n = lex.repeatOrdinals.get(norm) ?? (startsWithDigit(norm) && /^(\d+)(nd|rd|th|\.)$/.exec(norm) ? parseInt(norm, 10) : 0);
      if (n >= 2 && ws.slice(i + 1, i + 3).some((w) => lex.occurrenceNouns.has(w.norm))) repeatOrdinal = n;
    }
    let quotedChars = 0;
    for (const q of doc.quotes) {
      const a = Math.max(q.inner.start, s.start);
      const b = Math.min(q.inner.end, s.end);
      if (b > a) quotedChars += b - a;
    }
    const pronouns = ATTRIBUTION_PRONOUNS[language as keyof typeof ATTRIBUTION_PRONOUNS] ?? [];
    return {
      index,
      start: s.start,
      end: s.end,
      language,
      words: ws,
      concepts,
      markers,
      measures,
      firstEver,
      repeatOrdinal,
      mentions,
      mentionWords,
      values,
      quoted: s.end > s.start ? quotedChars / (s.end - s.start) : 0,
      pronounStart: ws.length > 0 && pronouns.includes(ws[0].norm) && !doc.mentions.some((m) => m.start === ws[0].start),
    };
  });
}

/** Words from a negation to a sentence-final participle in Dutch and German. */
const VERB_FINAL_REACH = 5;

function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** One reading per expression: when a longer pattern starting at the same word covers a shorter one ("strike on" vs "strike"), the longer wins. */
function dedupeConcepts<T extends { first: number; last: number; value: { id: string } }>(hits: T[]): T[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.first === h.first && o.last > h.last));
}

/** Index of the first word ending after `offset` (binary search: sentences can be huge). */
export function wordAt(ws: Word[], offset: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function wordSpan(ws: Word[], start: number, end: number): [number, number] {
  const first = wordAt(ws, start);
  if (first >= ws.length || ws[first].start >= end) return [first, first];
  let last = first;
  while (last + 1 < ws.length && ws[last + 1].start < end) last++;
  return [first, last];
}
