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
import { foldName } from './words';

export interface MentionKey {
  key: string;
  /** The mention refers back to an earlier one (description, "ministeriet"): not an explicit name. */
  anaphoric: boolean;
}

const cache = new WeakMap<DocumentAnalysis, MentionKey[]>();

export function mentionKeys(doc: DocumentAnalysis): MentionKey[] {
  let keys = cache.get(doc);
  if (!keys) {
    keys = computeKeys(doc);
    cache.set(doc, keys);
  }
  return keys;
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
export function nameKey(lemma: string): string {
  const tokens = foldName(lemma)
    .split(' ')
    .filter((t) => t && !FOLDED_FUNCTION_WORDS.has(t))
    .map((t) => FOLDED_WORDS.get(t) ?? t);
  while (tokens.length > 1 && COMPANY_SUFFIXES.has(tokens[tokens.length - 1])) tokens.pop();
  return tokens.join(' ');
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
  for (const m of ms) if (m.type === 'person' && m.form === 'name') {
    const t = personTokens(m.lemma || m.text);
    if (t.length >= 2) fullNames.push(t);
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
      return { key: `gz:${own?.gazetteerId ?? `gov:XX:${body}`}`, anaphoric: false };
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
    if (m.form === 'name' && LEADING_ARTICLE.test(m.lemma || m.text)) {
      const found = lookupGazetteer((m.lemma || m.text).replace(LEADING_ARTICLE, ''), doc.language);
      if (found.length === 1) return { key: `gz:${found[0].id}`, anaphoric: false };
    }
    // Names share one key space whatever type the reader guessed: "Brasserie Lemaire" may be
    // read as a person in one article and an organisation in another.
    if (m.type === 'person') {
      const t = personTokens(m.lemma || m.text);
      const full = fullNames.filter((f) => f.length > t.length && endsWith(f, t));
      const distinct = new Set(full.map((f) => f.join(' ')));
      if (distinct.size === 1) return { key: `name:${nameKey([...distinct][0])}`, anaphoric: false };
      if (t.length >= 2) return { key: `name:${nameKey(t.join(' '))}`, anaphoric: false };
    }
    const k = nameKey(m.lemma || m.text);
    // Nothing name-like left (a mention of punctuation or digits): its own text, in this article.
    return { key: k ? `name:${k}` : `local:${doc.path.split(/[\\/]/).pop()}:${m.text}`, anaphoric: false };
  };
  for (let i = 0; i < ms.length; i++) keys[i] = keyOf(ms[i], i);
  return keys;
}

function endsWith(full: string[], part: string[]): boolean {
  for (let k = 1; k <= part.length; k++) if (full[full.length - k] !== part[part.length - k]) return false;
  return true;
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
