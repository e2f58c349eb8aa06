// Link keys: every mention gets a key that is the same for the same real-world entity across
// documents and languages, found without looking at other documents (so keys are cached per
// document and stable across unrelated edits). Keys come from, in order: acronym definitions in
// the article, gazetteer ids shared across languages, country adjectives, name-part matching of
// people inside the article, descriptions that refer back, and a diacritic-insensitive name key
// in which common institution words are translated ("ministerium" → "ministry").
import type { DocumentAnalysis, Mention } from '../types';
import { countryOfAdjective, lookupGazetteer } from '../data';
import { BODY_ANAPHORA, GOVERNMENT_BODIES } from '../data/governmentBodies';
import { COMPANY_SUFFIXES, INSTITUTION_WORDS, NAME_FUNCTION_WORDS } from '../lexicon/institutionWords';
import { foldName, memoized } from './words';
import { NATIONAL_LANGUAGE_COUNTRY } from '../data/languageCountries';
import { NATIONAL_BODY_NAMES } from '../data/nationalBodyNames';
import { companyCore } from './companyNames';
import { PERSON_TITLES } from '../data/lexicon';
import { SPELLING_VARIANTS } from './spellingVariants';

export interface MentionKey {
  key: string;
  /** The mention refers back to an earlier one (description, "ministeriet"): not an explicit name. */
  anaphoric: boolean;
}

const cache = new WeakMap<DocumentAnalysis, MentionKey[]>();

// Keys repeat across a corpus's articles ("gz:Q35" in every Danish story): one object per distinct
// key instead of one per mention (10,000 articles: 271,000 keys, ~60,000 distinct, ~15 MB while
// a corpus is compared). Bounded so a long session does not keep every key it ever met.
const SHARED_KEYS_LIMIT = 200_000;
const sharedKeys = [new Map<string, MentionKey>(), new Map<string, MentionKey>()];

function shared(k: MentionKey): MentionKey {
  const map = sharedKeys[k.anaphoric ? 1 : 0];
  const known = map.get(k.key);
  if (known) return known;
  if (map.size >= SHARED_KEYS_LIMIT) map.clear();
  map.set(k.key, k);
  return k;
}

export function mentionKeys(doc: DocumentAnalysis): MentionKey[] {
  let keys = cache.get(doc);
  if (!keys) {
    keys = computeKeys(doc);
    cache.set(doc, keys);
  }
  return keys;
}

/** Forgets a document's keys (a one-off comparison is done with them). */
export function forgetMentionKeys(doc: DocumentAnalysis): void {
  cache.delete(doc);
}

const FOLDED_WORDS = new Map(Object.entries(INSTITUTION_WORDS).map(([k, v]) => [foldName(k), v]));
const FOLDED_FUNCTION_WORDS = new Set([...NAME_FUNCTION_WORDS].map(foldName));
/** Government-body phrases of every language ("foreign ministry", "udenrigsministeriet") → type key. */
const BODY_PHRASES = new Map<string, string>();
for (const b of GOVERNMENT_BODIES) {
  BODY_PHRASES.set(b.label, b.key);
  for (const list of Object.values(b.phrases)) for (const p of list ?? []) BODY_PHRASES.set(p, b.key);
}
const ANAPHORA = new Set(Object.values(BODY_ANAPHORA).flat().map((w) => w.toLowerCase()));

/** The diacritic-folded, translated name key of an organisation, place or other name. */
export const nameKey = memoized(nameKeyOnce);

function nameKeyOnce(lemma: string): string {
  const tokens = joinInitials(foldName(lemma).split(' '))
    .filter((t) => t && !FOLDED_FUNCTION_WORDS.has(t))
    .map((t) => FOLDED_WORDS.get(t) ?? SPELLING_VARIANTS.get(t) ?? t);
  while (tokens.length > 1 && COMPANY_SUFFIXES.has(tokens[tokens.length - 1])) tokens.pop();
  return tokens.join(' ');
}

/**
 * Runs of single letters are one dotted abbreviation split by folding ("S.p.A." → "s p a" → "spa",
 * "N.V." → "nv", "U.S." → "us"), so legal forms and acronyms match their undotted spelling.
 */
function joinInitials(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j < tokens.length && tokens[j].length === 1 && /\p{L}/u.test(tokens[j])) j++;
    if (j - i >= 2) {
      out.push(tokens.slice(i, j).join(''));
      i = j - 1;
    } else out.push(tokens[i]);
  }
  return out;
}

/**
 * The name to key a mention by. The reader gives a short name the lemma of the longer name of the
 * article it ends ("Putin" → "Vladimir Putin"), which also catches a name that is only the
 * complement of a longer phrase ("Acme" in "iPlayer di Acme", "Brandt" in "CEO van Brandt"): there the
 * mention's own text is the name.
 */
function linkLemma(m: Mention): string {
  const lemma = m.lemma || m.text;
  if (lemma === m.text || lemma.length <= m.text.length || !lemma.endsWith(m.text)) return lemma;
  const before = foldName(lemma.slice(0, lemma.length - m.text.length)).split(' ').filter(Boolean);
  return before.length && FOLDED_FUNCTION_WORDS.has(before[before.length - 1]) ? m.text : lemma;
}

// A capitalised word, or a camel-case one ("iPhone", "eBay").
const CAPITALISED = String.raw`(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})[\p{L}.'’-]*\)?\s+`;
const THEN_NAME = String.raw`\s+(?:(?:la|le|the|l'|d')\s*)?(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})`;
/** A preposition between two capitalised words: "CEO de Acme", "Bank of America", "iPlayer di Acme". */
const PREPOSITION = new RegExp(`${CAPITALISED}(?:of|de|del|della|di|da|van|von|du|des)${THEN_NAME}`, 'u');
/** A coordinator between two capitalised words: "Acme y Ventura", "Hale and Moreau" (da/de/nl/sv/it too). */
const COORDINATOR = new RegExp(`${CAPITALISED}(?:and|y|e|en|und|og|och|et)${THEN_NAME}`, 'u');

/**
 * The name ends in the complement of a preposition ("CEO de Acme"): inside an article its last
 * word is not a surname of it.
 */
export function isComplementPhrase(name: string): boolean {
  return PREPOSITION.test(name) || COORDINATOR.test(name);
}

/** Person titles of every language, lowercase ("ceo", "presidente", "topman"). */
const ROLE_WORDS = new Set(Object.values(PERSON_TITLES).flat().map((w) => w.toLowerCase()));
const ROLE_PHRASE = new RegExp(`^(?:(?:the|el|la|il|lo|de|het|der|die|das|le)\\s+)?(.+?)\\s+(?:of|de|del|della|di|da|van|von|du|des)${THEN_NAME}`, 'iu');

/** The name holds a person title as a word ("Acme CEO Jane Hale"): a phrase, not a full name. */
export function hasRoleWord(name: string): boolean {
  return name.toLowerCase().split(/\s+/).some((w) => ROLE_WORDS.has(w));
}

/**
 * A role of an organisation ("CEO de Acme", "chief executive officer of Acme", "topman van Brandt"):
 * a person, never the longer form of the organisation's name.
 */
export function isRolePhrase(name: string): boolean {
  const m = ROLE_PHRASE.exec(name);
  return !!m && ROLE_WORDS.has(m[1].toLowerCase());
}

/**
 * Two coordinated names ("Acme y Ventura"): not one name, so not the longer form of either. (A
 * phrase with a preposition still joins its complement across articles: "Besitzer von Hotel
 * Miramar" is about the hotel the other articles name.)
 */
export function isCoordinatedPhrase(name: string): boolean {
  return COORDINATOR.test(name);
}

/** Generational suffixes that follow a surname ("Arcade Comeaux Jr" is still "Comeaux"). */
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Name words of a person, initials and generational suffixes dropped ("Dirk A. Kempthorne Jr." = "Dirk Kempthorne"). */
function personTokens(lemma: string): string[] {
  const t = foldName(lemma).split(' ').filter(Boolean);
  while (t.length > 2 && GENERATIONAL.has(t[t.length - 1])) t.pop();
  const full = t.filter((w) => w.length > 1);
  return full.length >= 2 ? full : t;
}

const LEADING_ARTICLE = /^(the|den|det|de|der|die|das|het|le|la|les|el|los|las|il|lo)\s+/i;

function computeKeys(doc: DocumentAnalysis): MentionKey[] {
  const ms = doc.mentions;
  const keys: MentionKey[] = new Array(ms.length);

  // Full person names of this article, for "Merkel" → "Angela Merkel" and two-part surnames.
  const fullNames: string[][] = [];
  // First words of this article's company names with a descriptor ("Brandt" of "Brandt Motor
  // Company"): companies named after a person, whose bare name in the article is the company.
  const companyHeads = new Set<string>();
  for (const m of ms) if (m.form === 'name') {
    if (m.type === 'person' && !isComplementPhrase(linkLemma(m))) {
      const t = personTokens(linkLemma(m));
      if (t.length >= 2) fullNames.push(t);
    }
    const core = companyCore(nameKey(linkLemma(m)).split(' '));
    if (core?.length === 1) companyHeads.add(core[0]);
  }

  const keyOf = (m: Mention, i: number): MentionKey => {
    // 1. An acronym defined in this article means what the article says it means, even when the
    //    gazetteer knows another body by the same letters.
    if (m.form === 'acronym' || /^[\p{Lu}.&]{2,8}s?$/u.test(m.text)) {
      const def = definitionBefore(doc, m);
      if (def !== undefined) return { key: def, anaphoric: false };
    }
    if (m.gazetteerId) return { key: `gz:${m.gazetteerId}`, anaphoric: ANAPHORA.has(m.text.toLowerCase()) };
    // "Ministry of Foreign Affairs" with no country named: the article's own body of that type.
    const body = m.type === 'organization' ? BODY_PHRASES.get((m.lemma || m.text).toLowerCase()) ?? BODY_PHRASES.get(m.text.toLowerCase()) : undefined;
    if (body) {
      const own = ms.find((x) => x.gazetteerId?.startsWith('gov:') && x.gazetteerId.endsWith(`:${body}`));
      // A ministry named without a country in a language of one state is that state's (the
      // national press's "Udenrigsministeriet"); elsewhere it stays of no country. Only when
      // written as a proper name: a lowercase "indenrigsministerium" is a common noun after an
      // adjective naming some country ("det albanske indenrigsministerium").
      const national = /^\p{Lu}/u.test(m.text) && body.endsWith('-ministry') ? NATIONAL_LANGUAGE_COUNTRY[doc.language] : undefined;
      const named = NATIONAL_BODY_NAMES[(m.lemma || m.text).toLowerCase().replace(LEADING_ARTICLE, '')] ?? NATIONAL_BODY_NAMES[m.text.toLowerCase().replace(LEADING_ARTICLE, '')];
      const country = named ?? adjectiveCountryBefore(doc, m) ?? national;
      return { key: `gz:${own?.gazetteerId ?? `gov:${country ?? 'XX'}:${body}`}`, anaphoric: false };
    }
    if (m.form === 'adjective') {
      const code = countryOfAdjective(m.lemma || m.text) ?? countryOfAdjective(m.text);
      if (code) return { key: `gz:geo:${code}`, anaphoric: false };
    }
    if (m.form === 'description') {
      // "the Strasbourg-based body": the latest earlier named mention of the same type.
      for (let j = i - 1; j >= 0; j--) {
        if (ms[j].type === m.type && ms[j].form !== 'description' && ms[j].form !== 'adjective') return { key: keys[j].key, anaphoric: true };
      }
    }
    // "The Associated Press" when the gazetteer knows "Associated Press".
    const lemma = linkLemma(m);
    // "EE.UU" at a sentence end, whose last period the sentence took: the gazetteer's "EE.UU.".
    if (/\p{L}\.\p{Lu}{1,3}$/u.test(m.text)) {
      const found = lookupGazetteer(`${m.text}.`, doc.language);
      if (found.length === 1) return { key: `gz:${found[0].id}`, anaphoric: false };
    }
    if (m.form === 'name' && LEADING_ARTICLE.test(lemma)) {
      const found = lookupGazetteer(lemma.replace(LEADING_ARTICLE, ''), doc.language);
      if (found.length === 1) return { key: `gz:${found[0].id}`, anaphoric: false };
    }
    // Names share one key space whatever type the reader guessed: "Brasserie Lemaire" may be
    // read as a person in one article and an organisation in another.
    if (m.type === 'person') {
      const t = personTokens(lemma);
      if (t.length === 1 && companyHeads.has(t[0])) return { key: `name:${nameKey(t[0])}`, anaphoric: false };
      const full = fullNames.filter((f) => f.length > t.length && endsWith(f, t));
      const distinct = new Set(full.map((f) => f.join(' ')));
      if (distinct.size === 1) return { key: `name:${nameKey([...distinct][0])}`, anaphoric: false };
      if (t.length >= 2) return { key: `name:${nameKey(t.join(' '))}`, anaphoric: false };
    }
    const k = nameKey(lemma);
    // Nothing name-like left (a mention of punctuation or digits): its own text, in this article.
    return { key: k ? `name:${k}` : `local:${doc.path.split(/[\\/]/).pop()}:${m.text}`, anaphoric: false };
  };
  for (let i = 0; i < ms.length; i++) keys[i] = shared(keyOf(ms[i], i));
  return keys;
}

/** The country of an adjective right before the mention ("albanske indenrigsministerium"), if any. */
function adjectiveCountryBefore(doc: DocumentAnalysis, m: Mention): string | undefined {
  const before = /([\p{L}]+)\s+$/u.exec(doc.text.slice(Math.max(0, m.start - 40), m.start));
  return before ? countryOfAdjective(before[1]) : undefined;
}

function endsWith(full: string[], part: string[]): boolean {
  for (let k = 1; k <= part.length; k++) if (full[full.length - k] !== part[part.length - k]) return false;
  return true;
}

/** Every acronym the article defines, with the key of its expansion ("STP" → name:port workers union). */
export function acronymDefinitions(doc: DocumentAnalysis): { acronym: string; key: string }[] {
  return doc.acronyms.map((d) => {
    const exp = doc.mentions.find((x) => x.start < d.expansion.end && x.end > d.expansion.start && x.start >= d.expansion.start);
    return { acronym: d.acronym, key: exp?.gazetteerId ? `gz:${exp.gazetteerId}` : `name:${nameKey(d.expansion.text)}` };
  });
}

/**
 * The key of the expansion of the latest definition of this acronym at or before the mention
 * ("Council of Europe (COE)"), or undefined when the article defines no such acronym.
 */
function definitionBefore(doc: DocumentAnalysis, m: Mention): string | undefined {
  const letters = m.text.replace(/['’]s$|s$/u, '');
  let best: { start: number; key: string } | undefined;
  for (const d of doc.acronyms) {
    if (d.acronym !== m.text && d.acronym !== letters) continue;
    if (d.start > m.start) continue;
    if (best && best.start > d.start) continue;
    const exp = doc.mentions.find((x) => x.start < d.expansion.end && x.end > d.expansion.start && x !== m);
    const key = exp?.gazetteerId ? `gz:${exp.gazetteerId}` : `name:${nameKey(d.expansion.text)}`;
    best = { start: d.start, key };
  }
  return best?.key;
}
