// The gazetteer: countries and territories in every data language (CLDR), international
// institutions, news outlets and government bodies by type. Ids are shared across languages so
// the comparing layer can link "Rusland", "Russia" and "Russian Federation" by id alone.
import cldr from './cldr/cldr.json';
import type { EntityType, LanguageCode } from '../types';
import { DATA_LANGUAGES, type CuratedEntry, type DataLanguage } from './entryTypes';
import { INSTITUTIONS } from './institutions';
import { OUTLETS } from './outlets';
import { CITIES } from './cityExonyms';
import { COUNTRY_ALIASES } from './countryAliases';
import { GOVERNMENT_BODIES } from './governmentBodies';
import { countryAdjectiveForms, countryAdjectives } from './countryAdjectives';

export interface GazetteerEntry {
  id: string;
  type: EntityType;
  kind: 'country' | 'institution' | 'outlet' | 'government-body';
  /** Canonical name per language (first listed name). */
  names: Partial<Record<DataLanguage, string>>;
  /** Every name and acronym, all languages. */
  aliases: string[];
  wikidata?: string;
  /** ISO 3166 code for countries and for government bodies of a country. */
  country?: string;
}

interface CldrLanguage { territories: Record<string, string[]> }
const CLDR = cldr as unknown as { languages: Record<string, CldrLanguage> };

/** Normalises a name for lookup: lowercase, typographic apostrophes and dashes folded, spaces collapsed. */
export function normalizeName(name: string): string {
  // Fast path for the common case, one plain word: lowercasing is all there is to do.
  if (isPlainName(name)) return name.toLowerCase();
  return name.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[‐‑–]/g, '-').replace(/\s+/g, ' ').trim();
}

/** normalizeName for a word whose lowercase form is already at hand (a token's `lower`): no new string when plain. */
export function normalizeWord(word: string, lower: string): string {
  return isPlainName(word) ? lower : normalizeName(word);
}

function isPlainName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c <= 32 || c === 96 || c === 0xa0 || c === 0xb4 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff || c === 0x1680) return false;
  }
  return true;
}

const byId = new Map<string, GazetteerEntry>();
/** normalised name → entry ids (names are matched case-insensitively, acronyms case-sensitively). */
const byName = new Map<string, string[]>();
const byAcronym = new Map<string, string[]>();
/** First word of every name → the longest name length in words, for cheap longest-match scanning. */
const firstWordMax = new Map<string, number>();

function addName(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function indexName(name: string, id: string, acronym: boolean): void {
  if (acronym) {
    addName(byAcronym, name.replace(/[’‘]/g, "'"), id);
  } else {
    addName(byName, normalizeName(name), id);
  }
  const words = normalizeName(name).split(' ');
  firstWordMax.set(words[0], Math.max(firstWordMax.get(words[0]) ?? 0, words.length));
}

function addEntry(entry: GazetteerEntry): void {
  byId.set(entry.id, entry);
  for (const alias of entry.aliases) {
    // All-capital short names are acronyms: "EU" must not match the word "eu" in another language.
    const isAcronym = /^[\p{Lu}.]{2,6}$/u.test(alias) || /^[\p{Lu}][\p{Ll}]?[\p{Lu}][\p{L}]*$/u.test(alias) && alias.length <= 6;
    indexName(alias, entry.id, isAcronym);
  }
}

function fromCurated(c: CuratedEntry, kind: GazetteerEntry['kind']): GazetteerEntry {
  const names: GazetteerEntry['names'] = {};
  const aliases: string[] = [];
  for (const lang of DATA_LANGUAGES) {
    const list = c.names[lang];
    if (list?.length) {
      names[lang] = list[0];
      aliases.push(...list);
    }
  }
  aliases.push(...(c.acronyms ?? []));
  return { id: c.id, type: c.type, kind, names, aliases: [...new Set(aliases)], wikidata: c.wikidata };
}

// Countries and territories from CLDR. "EU" and "UN" are CLDR territory codes, but they are the
// curated institutions; other pseudo-territories are left out.
const SKIP_TERRITORIES = new Set(['EU', 'UN', 'EZ', 'QO', 'XK']);
const countryCodes = new Set<string>();
for (const lang of DATA_LANGUAGES) for (const code of Object.keys(CLDR.languages[lang]?.territories ?? {})) countryCodes.add(code);
for (const code of countryCodes) {
  if (SKIP_TERRITORIES.has(code)) continue;
  const names: GazetteerEntry['names'] = {};
  const aliases: string[] = [];
  for (const lang of DATA_LANGUAGES) {
    const list = [...(CLDR.languages[lang]?.territories[code] ?? []), ...(COUNTRY_ALIASES[code]?.[lang] ?? [])];
    // CLDR variants carry parenthesised notes ("Falklandsøerne (Islas Malvinas)"); keep the plain part.
    const clean = list.map((n) => n.replace(/\s*\(.*\)\s*$/, '')).filter(Boolean);
    if (clean.length) names[lang] = clean[0];
    aliases.push(...clean);
  }
  addEntry({ id: `geo:${code}`, type: 'place', kind: 'country', names, aliases: [...new Set(aliases)], country: code });
}
for (const c of INSTITUTIONS) addEntry(fromCurated(c, 'institution'));
// Cities with different names by language; an institutions.ts entry of the same id wins.
for (const c of CITIES) if (!byId.has(c.id)) addEntry(fromCurated(c, 'institution'));
for (const c of OUTLETS) addEntry(fromCurated(c, 'outlet'));

/** The entry for an id, including derived government-body ids ("gov:RU:foreign-ministry"). */
export function gazetteerEntry(id: string): GazetteerEntry | undefined {
  const found = byId.get(id);
  if (found) return found;
  const m = /^gov:([A-Z]{2}|XX):(.+)$/.exec(id);
  if (!m) return undefined;
  const body = GOVERNMENT_BODIES.find((b) => b.key === m[2]);
  if (!body) return undefined;
  const country = m[1] === 'XX' ? undefined : byId.get(`geo:${m[1]}`);
  const names: GazetteerEntry['names'] = {};
  for (const lang of DATA_LANGUAGES) {
    const phrase = body.phrases[lang]?.[0];
    if (!phrase) continue;
    const adj = country ? countryAdjectives(m[1])?.[lang] : undefined;
    names[lang] = adj ? `${adj} ${phrase}` : phrase;
  }
  return { id, type: 'organization', kind: 'government-body', names, aliases: Object.values(names) as string[], country: country?.country };
}

/** Entries whose name or acronym is `name` (genitive not folded here). Language narrows ties only. */
export function lookupGazetteer(name: string, language?: LanguageCode): GazetteerEntry[] {
  const ids = [...(byAcronym.get(name.replace(/[’‘]/g, "'")) ?? []), ...(byName.get(normalizeName(name)) ?? [])];
  const entries = [...new Set(ids)].map((id) => byId.get(id)!).filter(Boolean);
  if (entries.length > 1 && language) {
    const preferred = entries.filter((e) => e.aliases.some((a) => normalizeName(a) === normalizeName(name) && (e.names[language as DataLanguage] !== undefined)));
    if (preferred.length) return preferred;
  }
  return entries;
}

/** Ids of a name (case-insensitive) or an acronym (case-sensitive); used by the reader's scanner. */
export function gazetteerIds(normalized: string, original: string): string[] | undefined {
  return byAcronym.get(original) ?? byName.get(normalized);
}

/** Longest name length in words among names starting with this (normalised) word; 0 when none. */
export function maxNameWords(firstWord: string): number {
  return firstWordMax.get(firstWord) ?? 0;
}

/** Canonical name of an id in a language (falls back to English, then any language). */
export function canonicalName(id: string, language: LanguageCode = 'en'): string | undefined {
  const e = gazetteerEntry(id);
  if (!e) return undefined;
  return e.names[language as DataLanguage] ?? e.names.en ?? Object.values(e.names)[0];
}

const ADJECTIVES = countryAdjectiveForms();
/** Country code(s) of an adjective form ("russiske" → RU), any data language. */
export function countryOfAdjective(word: string): string | undefined {
  const c = word.charCodeAt(0);
  // Fast path: an all-lowercase ASCII-initial word is its own key.
  const key = c >= 97 && c <= 122 && word === word.toLowerCase() ? word : word.toLowerCase();
  return ADJECTIVES.get(key)?.[0]?.code;
}
/** The same for a word already lowercased (a token's `lower`): no case conversion per call. */
const ADJECTIVE_CODES = new Map([...ADJECTIVES].map(([form, list]) => [form, list[0]?.code]));
export function countryOfLowerAdjective(lower: string): string | undefined {
  return ADJECTIVE_CODES.get(lower);
}
export { countryAdjectives };
