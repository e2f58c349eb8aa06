// Language detection. franc is restricted to the languages we read, and short texts fall back to
// a prior (the document's language for a paragraph) because short Danish passages are easily
// taken for Norwegian.
import { franc } from 'franc';
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
  const guess = ISO3_TO_1[franc(sample, { only, minLength: MIN_DETECTION_LENGTH })];
  if (!guess) return prior;
  // Danish and Norwegian (bokmål) are close; with a Danish prior keep Danish.
  if (prior === 'da' && guess === 'no') return 'da';
  return guess;
}
