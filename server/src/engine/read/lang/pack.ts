// A language pack: everything language-specific the reader needs, compiled once into Sets and Maps
// so that reading is lookups only. Built from the data folder (CLDR extract, stopwords-iso,
// curated lexicons); language modules (da.ts, en.ts, generic.ts) add their own rules.
import cldr from '../../data/cldr/cldr.json';
import stopwords from '../../data/stopwords/stopwords.json';
import type { DataLanguage } from '../../data/entryTypes';
import * as L from '../../data/lexicon';
import { GOVERNMENT_BODIES } from '../../data/governmentBodies';

export interface LanguagePack {
  code: string;
  abbreviations: Set<string>;
  /** Abbreviations that may also end a sentence ("osv.", "etc."): merge only before lowercase. */
  finalAbbreviations: Set<string>;
  stopwords: Set<string>;
  common: Set<string>;
  titles: Set<string>;
  /** Longest title length in words. */
  titleMaxWords: number;
  /** First words of titles, also without a final period: a run opening with none holds no title. */
  titleStarts: Set<string>;
  orgHeads: Set<string>;
  orgSuffixes: string[];
  placePrepositions: Set<string>;
  placeHeads: Set<string>;
  capitalisedAdjectives: Set<string>;
  connectors: Set<string>;
  speechVerbs: Set<string>;
  attributionPronouns: Set<string>;
  /** month name (lowercase, wide or abbreviated) → 1..12 */
  months: Map<string, number>;
  /** Short month abbreviations ("oct", "feb") → 1..12: dates only when a day number is next to them. */
  monthAbbreviations: Map<string, number>;
  /** weekday name → ISO weekday 1..7 */
  weekdays: Map<string, number>;
  /** relative phrase ("i går", "tomorrow") → { unit, offset } */
  relative: Map<string, { unit: 'day' | 'week' | 'month' | 'year'; offset: number }>;
  dayParts: Map<string, string>;
  numberWords: Map<string, number>;
  ordinalWords: Map<string, number>;
  vague: Map<string, number>;
  approx: string[];
  durationUnits: Map<string, string>;
  fractions: Map<string, number>;
  eventRelative: string[];
  /** Government-body phrase (lowercase, words joined by one space) → type key. */
  govPhrases: Map<string, string>;
  govMaxWords: number;
  /** First words of government-body phrases, for a cheap reject. */
  govFirstWords: Set<string>;
  /** Lowercase word → bit mask of value rules it can trigger (see values.ts). */
  valueTriggers: Map<string, number>;
  /** Genitive: strip a plain "s" (Scandinavian, German) besides "'s". */
  plainGenitiveS: boolean;
  /** Words between day, month and year ("17 de diciembre de 2026"); empty for most languages. */
  dateJoiners: string[];
  /** Day-before-month order ("24. februar", "24 February") is tried; English also month-first. */
  monthFirst: boolean;
}

interface CldrLang { months: string[][]; days: string[][]; relative: Record<string, Record<string, string>> }
const CLDR = (cldr as unknown as { languages: Record<string, CldrLang> }).languages;
const STOP = (stopwords as unknown as { languages: Record<string, string[]> }).languages;

const set = (xs: string[] | undefined): Set<string> => new Set((xs ?? []).map((x) => x.toLowerCase()));
const map = <T>(o: Record<string, T> | undefined): Map<string, T> => new Map(Object.entries(o ?? {}));

export function buildPack(code: string): LanguagePack {
  const lang = code as DataLanguage;
  const c = CLDR[code];
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  const monthAbbreviations = new Map<string, number>();
  const relative: LanguagePack['relative'] = new Map();
  if (c) {
    c.months.forEach((names, i) => {
      for (const n of names) {
        const bare = n.replace(/\.$/, '');
        // Three-letter abbreviations ("mar", "may") are common words; only wide names and
        // abbreviations of four letters or more are month names on their own.
        if (n === names[0] || bare.length >= 4) months.set(bare, i + 1);
        else if (/^\p{L}+$/u.test(bare)) monthAbbreviations.set(bare, i + 1);
      }
    });
    for (const [a, i] of Object.entries(L.EXTRA_MONTH_ABBREVIATIONS[lang] ?? {})) monthAbbreviations.set(a, i);
    c.days.forEach((names, i) => weekdays.set(names[0], i + 1));
    for (const unit of ['day', 'week', 'month', 'year'] as const) {
      for (const [off, phrase] of Object.entries(c.relative[unit] ?? {})) {
        // CLDR's week-relative weekday phrases are excluded; plain phrases only.
        if (phrase.includes('{')) continue;
        relative.set(phrase, { unit, offset: Number(off) });
      }
    }
  }
  const titles = set(L.PERSON_TITLES[lang]);
  const govPhrases = new Map<string, string>();
  for (const body of GOVERNMENT_BODIES) for (const p of body.phrases[lang] ?? []) govPhrases.set(p, body.key);
  const abbr = set(L.ABBREVIATIONS[lang]);
  return {
    code,
    abbreviations: abbr,
    finalAbbreviations: new Set(['osv', 'mv', 'm.m', 'etc', 'm.fl', 'o.l', 'inc', 'ltd', 'corp', 'co', 'jr', 'sr', 'enz', 'usw', 'lign', 'mm'].filter((a) => abbr.has(a))),
    stopwords: set(STOP[code]),
    common: set(L.COMMON_CAPITALISED[lang]),
    titles,
    titleMaxWords: Math.max(1, ...[...titles].map((t) => t.split(' ').length)),
    titleStarts: new Set([...titles].flatMap((t) => { const w = t.split(' ')[0]; return [w, w.replace(/\.$/, '')]; })),
    orgHeads: set(L.ORG_HEADS[lang]),
    orgSuffixes: L.ORG_SUFFIXES[lang] ?? [],
    placePrepositions: set(L.PLACE_PREPOSITIONS[lang]),
    placeHeads: set(L.PLACE_HEADS[lang]),
    capitalisedAdjectives: set(L.CAPITALISED_ADJECTIVES[lang]),
    // English connectors too: English institution names appear in every language's press.
    connectors: new Set([...set(L.NAME_CONNECTORS[lang]), 'of', 'for', 'and', '&']),
    speechVerbs: set(L.SPEECH_VERBS[lang]),
    attributionPronouns: set(L.ATTRIBUTION_PRONOUNS[lang]),
    months,
    monthAbbreviations,
    weekdays,
    relative,
    dayParts: map(L.DAY_PARTS[lang]),
    numberWords: map(L.NUMBER_WORDS[lang]),
    ordinalWords: map(L.ORDINAL_WORDS[lang]),
    vague: map(L.VAGUE_QUANTITIES[lang]),
    approx: L.APPROX_MARKERS[lang] ?? [],
    durationUnits: map(L.DURATION_UNITS[lang]),
    fractions: map(L.FRACTIONS[lang]),
    eventRelative: L.EVENT_RELATIVE_DAYS[lang] ?? [],
    govPhrases,
    govMaxWords: Math.max(1, ...[...govPhrases.keys()].map((p) => p.split(' ').length)),
    govFirstWords: new Set([...govPhrases.keys()].map((p) => p.split(' ')[0])),
    valueTriggers: new Map(),
    plainGenitiveS: ['da', 'no', 'sv', 'de'].includes(code),
    monthFirst: false,
    dateJoiners: L.DATE_JOINERS[lang] ?? [],
  };
}
