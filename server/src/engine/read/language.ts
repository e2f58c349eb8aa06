// Language detection. franc is restricted to the languages we read, and short texts fall back to
// a prior (the document's language for a paragraph) because short Danish passages are easily
// taken for Norwegian.
import { franc } from 'franc';
import { data as francData } from 'franc/data.js';
import { expressions as francScripts } from 'franc/expressions.js';
import type { LanguageCode } from '../types';
import stopwords from '../data/stopwords/stopwords.json';

const STOP = new Map(Object.entries((stopwords as unknown as { languages: Record<string, string[]> }).languages).map(([l, ws]) => [l, new Set(ws)]));
/** Below this many characters franc's trigrams are unreliable; stop-word shares decide first. */
const SHORT_TEXT = 300;

/** Stop word → bit set of the languages (index in STOP_LANGS) that list it: one lookup per word. */
const STOP_LANGS = [...STOP.keys()];
const STOP_BITS = new Map<string, number>();
STOP_LANGS.forEach((l, i) => { for (const w of STOP.get(l)!) STOP_BITS.set(w, (STOP_BITS.get(w) ?? 0) | (1 << i)); });

/** The language whose stop words make up clearly the largest share of a short text's words. */
function byStopwords(text: string, languages: LanguageCode[]): LanguageCode | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 4) return undefined;
  const hitsByLang = new Array<number>(STOP_LANGS.length).fill(0);
  for (const w of words) {
    let bits = STOP_BITS.get(w) ?? 0;
    for (let i = 0; bits; i++, bits >>>= 1) if (bits & 1) hitsByLang[i]++;
  }
  let best: LanguageCode | undefined;
  let bestShare = 0;
  let second = 0;
  for (const l of languages) {
    const li = STOP_LANGS.indexOf(l);
    if (li < 0) continue;
    const hits = hitsByLang[li];
    const share = hits / words.length;
    if (share > bestShare) { second = bestShare; bestShare = share; best = l; } else if (share > second) second = share;
  }
  return bestShare >= 0.25 && bestShare - second >= 0.1 ? best : undefined;
}

/** ISO 639-3 (franc) -> ISO 639-1. */
const ISO3_TO_1: Record<string, LanguageCode> = {
  dan: 'da', eng: 'en', deu: 'de', swe: 'sv', nob: 'no', nno: 'no', nld: 'nl', spa: 'es', fra: 'fr', ita: 'it', por: 'pt',
};
const ISO1_TO_3: Record<string, string[]> = {};
for (const [three, one] of Object.entries(ISO3_TO_1)) (ISO1_TO_3[one] ??= []).push(three);

// franc's answer among Latin-script languages, without its per-call work: franc matches ~30
// script expressions over the sample to find its script and rebuilds its language filter on every
// call. When Latin letters are a strict majority of the sample no other script can outnumber
// them, so franc would take its Latin models; the distance (franc's: per trigram of the cleaned
// sample, |count - rank - 1| when the model has it, else 300) is computed here against models
// built once, and the least distance wins, ties to the first in franc's data order, as franc's
// stable sort does. Any other sample goes to franc itself.
const FRANC_MAX_LENGTH = 2048;
const FRANC_MAX_DIFFERENCE = 300;
const LATIN = francScripts.Latin;
const LATIN_ONE = new RegExp(`^(?:${LATIN.source})$`);
/** Per UTF-16 code unit outside the surrogates: 0 not yet known, 1 not Latin, 2 Latin (franc's expression). */
const LATIN_UNIT = new Uint8Array(0x10000);
/** A trigram of three UTF-16 code units as one number (exact: 48 bits). */
const trigramKey = (a: number, b: number, c: number): number => (a * 0x10000 + b) * 0x10000 + c;
/** franc's Latin models (trigram → rank; a repeated trigram keeps its first rank, as in franc), in franc's data order. */
const LATIN_MODELS: [string, Map<number, number>][] = Object.entries(francData.Latin).map(([lang, model]) => {
  const ranks = new Map<number, number>();
  model.split('|').forEach((t, i) => {
    if (t.length !== 3) return; // never equal to a three-unit slice of the sample
    const key = trigramKey(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2));
    if (!ranks.has(key)) ranks.set(key, i);
  });
  return [lang, ranks];
});

/** How many characters of the sample franc's Latin expression matches. */
function latinCount(sample: string): number {
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      LATIN.lastIndex = 0;
      return sample.match(LATIN)?.length ?? 0;
    }
    let known = LATIN_UNIT[c];
    if (known === 0) LATIN_UNIT[c] = known = LATIN_ONE.test(sample[i]) ? 2 : 1;
    if (known === 2) n++;
  }
  return n;
}

/** Trigram counts of a sample cleaned as franc (trigram-utils) cleans it. */
function trigramCounts(value: string): Map<number, number> {
  const clean = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const key = trigramKey(clean.charCodeAt(i), clean.charCodeAt(i + 1), clean.charCodeAt(i + 2));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** franc(value, { only, minLength }) with the Latin fast path above. */
export function francLanguage(value: string, only: string[], minLength: number): string {
  if (!value || value.length < minLength) return 'und';
  const sample = value.slice(0, FRANC_MAX_LENGTH);
  if (latinCount(sample) * 2 <= sample.length) return franc(value, { only, minLength });
  const counts = trigramCounts(sample);
  let best = 'und';
  let bestDistance = Infinity;
  for (const [lang, model] of LATIN_MODELS) {
    if (!only.includes(lang)) continue;
    let distance = 0;
    for (const [t, count] of counts) {
      const rank = model.get(t);
      distance += rank === undefined ? FRANC_MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    if (distance < bestDistance) {
      bestDistance = distance;
      best = lang;
    }
  }
  return best;
}

export const SUPPORTED_LANGUAGES: LanguageCode[] = ['da', 'en', 'de', 'sv', 'no', 'nl', 'es', 'fr', 'it', 'pt'];
export const MIN_DETECTION_LENGTH = 20;

export function detectLanguage(text: string, prior: LanguageCode = 'und', languages: LanguageCode[] = SUPPORTED_LANGUAGES): LanguageCode {
  // 1,500 characters tell Danish from Norwegian reliably enough; more only costs time.
  const sample = text.length > 1500 ? text.slice(0, 1500) : text;
  if (sample.replace(/\s+/g, '').length < MIN_DETECTION_LENGTH) return prior;
  {
    // Stop-word shares decide when one language clearly leads (cheap); franc settles the rest.
    const guess = byStopwords(sample.length > 600 ? sample.slice(0, 600) : sample, languages);
    if (guess) return prior === 'da' && guess === 'no' ? 'da' : guess;
  }
  const only = languages.flatMap((l) => ISO1_TO_3[l] ?? []);
  const guess = ISO3_TO_1[francLanguage(sample, only, MIN_DETECTION_LENGTH)];
  if (!guess) return prior;
  // Danish and Norwegian (bokmål) are close; with a Danish prior keep Danish.
  if (prior === 'da' && guess === 'no') return 'da';
  return guess;
}
