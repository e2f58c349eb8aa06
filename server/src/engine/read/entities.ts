// Entity mentions in one pass over the tokens of each sentence: government bodies by type,
// gazetteer names (longest match), acronyms defined in the text, country adjectives, and
// capitalised runs with sentence-start, stop-word, title, particle and head-word handling.
import type { AcronymDefinition, EntityType, Mention, MentionForm } from '../types';
import { Kind, type RawSentence, type Tok } from './parse';
import type { LanguagePack } from './lang/pack';
import { gazetteerEntry, gazetteerIds, maxNameWords, normalizeName, normalizeWord, countryOfAdjective, countryOfLowerAdjective, canonicalName } from '../data/gazetteer';
import { NAME_PARTICLES, FACILITY_NOUNS_EN, FACILITY_MODIFIERS_EN, GROUP_NOUNS_EN, AUXILIARIES_EN, PERSON_NOUNS_EN, BODY_NOUNS_EN, CASUALTY_WORDS_EN, COUNT_NOUNS_EN } from '../data/lexicon';
import { US_STATE_ABBREVIATIONS, US_STATE_MAX_WORDS, US_STATE_NAMES } from '../data/usStates';
import { GIVEN_NAMES } from '../data/givenNames';
import { CITY_NAMES } from '../data/cities';
import { BODY_ANAPHORA } from '../data/governmentBodies';
import { isAllCaps, isCapitalised, isLowercaseWord, sameLineGap, stripGenitive } from './words';

export interface EntityContext {
  text: string;
  tokens: Tok[];
  sentences: RawSentence[];
  packs: LanguagePack[]; // per sentence
  /** Lowercased words seen written in lowercase somewhere in the document. */
  lowercaseSeen: Set<string>;
  /** Words seen capitalised away from sentence start (headlines excluded). */
  capitalSeen: Set<string>;
  /** Indexes of headline sentences (title case or all capitals). */
  headlines: Set<number>;
  /** Indexes of sentences that are web addresses: read for nothing. */
  urlLines?: Set<number>;
}

const PARTICLES = new Set(NAME_PARTICLES);
const OPENERS = new Set(['"', '“', '„', '«', '»', "'", '‘', '‚', '(', '[', ':', '-', '–', '—', '•', '*']);
const DESCRIPTION_SUFFIX = /^(\p{Lu}[\p{L}.]*)-(based|baserede|baseret|basierte|basierten|baserade|baserte|gebaseerde)$/u;
const ORG_NOUNS = new Set(['body', 'organization', 'organisation', 'group', 'company', 'firm', 'institution', 'agency', 'organ', 'organisationen', 'organisation', 'institution', 'selskab', 'virksomhed', 'gruppe', 'organ', 'organisasjon', 'organisationen', 'bank', 'court']);
const MINISTRY_ANAPHORA = new Set(BODY_ANAPHORA.ministry);
// Regular expressions used per token live here, compiled once (bundlers turn a \p{..} literal
// inside a function into a RegExp built on every call).
const HYPHEN_LOWER_TAIL = /^([\p{Lu}][\p{L}\p{N}.]*)-(\p{Ll}[\p{L}-]*)$/u;
const LOWER_HYPHEN_NAME = /^(\p{Ll}+)-(\p{Lu}[\p{L}]*)$/u;
const MIXED_ACRONYM = /^\p{Lu}[\p{Ll}]?\p{Lu}/u;
const ACRONYM_SHAPE = /^[\p{Lu}][\p{L}&]{1,9}$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const DIGIT_LED_WORD = /^\d+\p{Ll}{2,}$/u;
const ORDINAL_SUFFIX = /\d(st|nd|rd|th)$/;
const HYPHEN_LOWER = /-\p{Ll}/u;
const INITIAL = /^\p{Lu}\.$/u;
const FACILITY_NOUNS = new Set(FACILITY_NOUNS_EN);
const GROUP_NOUNS = new Set(GROUP_NOUNS_EN);
const PERSON_NOUNS = new Set(PERSON_NOUNS_EN);
const SIBILANT_PLURAL = /(?:ss|ch|sh|x)es$/;
const BODY_NOUNS = new Set(BODY_NOUNS_EN);
const CASUALTY_WORDS = new Set(CASUALTY_WORDS_EN);
const COUNT_NOUNS = new Set(COUNT_NOUNS_EN);
const NICKNAME_QUOTES = new Set(['"', "'", '‘', '’', '“', '”']);
const CORPORATE_ABBREVIATION = /\b(?:Inc|Corp|Ltd|Co|Cos|Bros|Plc)\.$/;
const VERB_OR_PLURAL_ENDING = /(?:ed|ing|s|ly)$/;
const ARTICLES_EN = new Set(['a', 'an', 'the', 'one']);
/** Words that follow a noun, never an adjective's noun: relative pronouns and coordinators. */
const NOUN_FOLLOWERS_EN = new Set(['who', 'whose', 'and', 'or', 'but', 'in', 'from', 'with']);
const PUBLIC_BODY_HEADS = new Set(['commission', 'committee', 'council', 'parliament', 'assembly', 'government', 'court', 'embassy', 'consulate', 'senate', 'congress', 'police']);
const LEGAL_FORMS = new Set(['inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh', 'a/s', 'aps', 'ab', 'asa', 'bv', 'nv', 'sa', 'spa', 's.p.a.']);
/** Last words of English names of buildings and sites (typed as places, as English corpora do). */
const FACILITY_HEADS_EN = new Set(['center', 'centre', 'clinic', 'theatre', 'theater', 'arena', 'stadium', 'courthouse', 'prison', 'jail', 'penitentiary', 'hotel', 'mall', 'hospital', 'unit', 'building', 'tower', 'towers', 'plaza', 'cathedral', 'temple', 'mosque']);
/** Last words of English place names ("Beverly Hills", "Palm Springs", "Hawaiian Gardens"). */
const PLACE_LAST_WORDS_EN = new Set(['hills', 'heights', 'springs', 'falls', 'gardens', 'park', 'beach', 'valley', 'county', 'city', 'town', 'village', 'island', 'islands', 'bay', 'harbor', 'harbour']);
const HONORIFICS_EN = new Set(['Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms']);
/** A lowercase English word for a person or group of people, singular or regular plural ("thieves", "gunmen", "deputies"). */
function isPersonNoun(w: string): boolean {
  if (PERSON_NOUNS.has(w) || GROUP_NOUNS.has(w)) return true;
  const n = w.length;
  if (n < 4) return false;
  if (w.endsWith('men')) return PERSON_NOUNS.has(`${w.slice(0, -3)}man`);
  if (w.charCodeAt(n - 1) !== 115) return w === 'children';
  if (w.endsWith('ies')) return PERSON_NOUNS.has(`${w.slice(0, -3)}y`);
  if (w.endsWith('ves')) return PERSON_NOUNS.has(`${w.slice(0, -3)}f`) || PERSON_NOUNS.has(`${w.slice(0, -3)}fe`);
  // "bosses", "witnesses", "coaches": plural "-es" after a sibilant.
  if (SIBILANT_PLURAL.test(w)) return PERSON_NOUNS.has(w.slice(0, -2));
  return PERSON_NOUNS.has(w.slice(0, -1));
}
const QUOTE_OPEN = new Set(['"', '“', '„', '«', '»']);
const QUOTE_CLOSE = new Set(['"', '”', '“', '»', '«']);
/** Small words inside title-case titles ("Lord of the Rings", "Fire and Blood"). */
const TITLE_JOINERS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'from', 'or', 'og', 'i', 'på', 'af', 'til', 'med', 'for', 'en', 'et', 'den', 'det', 'de']);
const AUXILIARIES = new Set(AUXILIARIES_EN);
// English indefinite pronouns that open sentences as subjects ("Everyone has"); the stop-word list
// is no guide here, as it also holds names ("microsoft").
const PRONOUNS_EN = new Set(['everyone', 'everybody', 'everything', 'nobody', 'nothing', 'noone', 'someone', 'somebody', 'something', 'anyone', 'anybody', 'anything', 'none', 'others', 'each', 'either', 'neither', 'much', 'little', 'few', 'such', 'whoever', 'whatever', 'there', 'here', 'i', 'it', 'he', 'she', 'we', 'they', 'you', 'this', 'that', 'these', 'those', 'what', 'who', 'which', 'all', 'both', 'some', 'many', 'most', 'one', 'two', 'three']);
const FACILITY_MODIFIERS = new Set(FACILITY_MODIFIERS_EN);
/** First words of English place names that are not given names ("New Bedford", "San Diego", "Los Angeles"). */
const PLACE_FIRST_WORDS = new Set(['New', 'San', 'Santa', 'Los', 'Las', 'Fort', 'Port', 'Saint', 'St.', 'St', 'El', 'Lake', 'Mount', 'Mt', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'Greater']);

interface AcronymInfo { type: EntityType; gazetteerId?: string; lemma: string }

export function findEntities(ctx: EntityContext): { mentions: Mention[]; acronyms: AcronymDefinition[] } {
  const { text, tokens } = ctx;
  const mentions: Mention[] = [];
  const acronyms: AcronymDefinition[] = [];
  const docAcronyms = new Map<string, AcronymInfo>();
  const surnames = new Map<string, string>();
  let lastMinistry: Mention | undefined;
  /** Set by typeOfRun when a one-word English name got its type by default; see the end. */
  let unsureSingle = false;
  const unsure: Mention[] = [];
  const lastBodyCountry = new Map<string, string>();
  // How many sentences each capitalised word opens: a word that opens several sentences and is
  // never written in lowercase is a name the article keeps returning to ("Microsoft released ...",
  // "Microsoft said ..."); common openers are stop words, adverbs in -ly, or seen in lowercase.
  const openers = new Map<string, number>();
  for (let si = 0; si < ctx.sentences.length; si++) {
    if (ctx.urlLines?.has(si)) continue;
    const r = ctx.sentences[si];
    let q = r.first;
    while (q < r.last && ctx.tokens[q].kind !== Kind.Word) q++;
    // Counted without a possessive ending: "Microsoft releases ..." and "Microsoft's bad month ..." open with one name.
    if (q < r.last && isCapitalised(ctx.tokens[q].text)) {
      const key = stripGenitive(ctx.tokens[q].text, false).toLowerCase();
      openers.set(key, (openers.get(key) ?? 0) + 1);
    }
  }

  // English possessives are not part of the name ("Tara Reid's publicist" names "Tara Reid");
  // elsewhere the genitive is a letter of the word ("Danmarks") and stays.
  let englishPossessive = false;
  const emit = (s: number, e: number, type: EntityType, form: MentionForm, lemma: string, sentence: number, gazetteerId?: string, role?: string): Mention => {
    if (englishPossessive && e - s > 3) {
      const last = text.charCodeAt(e - 1);
      if (last === 115 || last === 83) {
        const apo = text.charCodeAt(e - 2);
        if (apo === 39 || apo === 0x2019) e -= 2;
      } else if (last === 46 && form === 'name' && text.charCodeAt(e - 2) >= 97 && text.charCodeAt(e - 2) <= 122 && !CORPORATE_ABBREVIATION.test(text.slice(Math.max(s, e - 6), e))) {
        // A final abbreviation's period is punctuation to English corpora ("Arcade Joseph Comeaux Jr"),
        // except in a company's legal form ("Apple Inc.", "Microsoft Corp.").
        e -= 1;
      }
    }
    const m: Mention = { start: s, end: e, text: text.slice(s, e), type, form, lemma, sentence };
    if (gazetteerId) m.gazetteerId = gazetteerId;
    if (role) m.role = role;
    mentions.push(m);
    return m;
  };
  /** A word for a person or group as a participant ("Woman", "Police"): see Mention.participant. */
  const emitParticipant = (t: Tok, sentence: number): Mention => {
    const m = emit(t.start, t.end, 'person', 'name', t.text, sentence);
    m.participant = true;
    return m;
  };

  for (let si = 0; si < ctx.sentences.length; si++) {
    if (ctx.urlLines?.has(si)) continue;
    const sent = ctx.sentences[si];
    const pack = ctx.packs[si];
    englishPossessive = pack.code === 'en';
    const end = sent.last;
    let initial = true;
    // In a headline every word is capitalised: a word belongs to a name only when the body
    // capitalises it too, or the gazetteer knows it ("Lindsay Lohan Checks Into Rehab").
    const headline = ctx.headlines.has(si);
    const commonInHeadline = (w: string): boolean => {
      if (!headline) return false;
      // A given name is a name in a headline too ("Lindsay Lohan Checks Into Rehab").
      if (pack.code === 'en' && GIVEN_NAMES.has(w)) return false;
      const l = stripGenitive(w, pack.plainGenitiveS).toLowerCase();
      if (ctx.capitalSeen.has(l) || ctx.capitalSeen.has(w.toLowerCase())) return false;
      return !gazetteerIds(normalizeName(w), w) && !gazetteerIds(normalizeName(stripGenitive(w, pack.plainGenitiveS)), stripGenitive(w, pack.plainGenitiveS));
    };
    /** A title waiting for its name; `from` is set for an honorific kept in the name's span. */
    let pendingRole: { text: string; at: number; from?: number } | undefined;
    let k = sent.first;

    const isHead = (w: string): boolean => pack.orgHeads.has(w) || pack.titles.has(w) || pack.placeHeads.has(w);
    const wordAt = (i: number): Tok | undefined => (i < end && tokens[i].kind === Kind.Word ? tokens[i] : undefined);
    const joined = (i: number): boolean => i > sent.first && sameLineGap(text, tokens[i - 1].end, tokens[i].start);
    const genitive = (w: string): string => stripGenitive(w, pack.plainGenitiveS);
    const countryBefore = (i: number): { code: string; start: number } | undefined => {
      const prev = i - 1 >= sent.first ? tokens[i - 1] : undefined;
      if (!prev || prev.kind !== Kind.Word) return undefined;
      const adj = countryOfLowerAdjective(prev.lower);
      if (adj) return { code: adj, start: prev.start };
      const ids = gazetteerIds(normalizeName(genitive(prev.text)), genitive(prev.text));
      const geo = ids?.find((id) => id.startsWith('geo:'));
      if (geo && genitive(prev.text) !== prev.text) return { code: geo.slice(4), start: prev.start };
      return undefined;
    };

    while (k < end) {
      const t = tokens[k];
      if (t.kind !== Kind.Word) {
        if (QUOTE_OPEN.has(t.text)) {
          const after = quotedTitle(k);
          if (after > 0) { k = after; initial = false; continue; }
        }
        if (OPENERS.has(t.text)) initial = true;
        k++;
        continue;
      }
      const lower = t.lower;

      // 1. Government bodies by type ("foreign ministry", "udenrigsministerium", "Ministry of Defence").
      const gov = matchGovernmentBody(k);
      if (gov) {
        k = gov;
        initial = false;
        continue;
      }

      // 2. Acronyms defined earlier in this document.
      const acr = docAcronyms.size ? docAcronyms.get(t.text) ?? docAcronyms.get(t.text.replace(/['’]?s$/, '')) : undefined;
      if (acr && isAllCaps(t.text.replace(/['’]?s$/, ''))) {
        emit(t.start, t.end, acr.type, 'acronym', acr.lemma, si, acr.gazetteerId);
        k++;
        initial = false;
        continue;
      }

      if (lastMinistry && MINISTRY_ANAPHORA.has(lower) && !['of', 'for'].includes(wordAt(k + 1)?.text.toLowerCase() ?? '')) {
        emit(t.start, t.end, 'organization', 'description', lastMinistry.lemma, si, lastMinistry.gazetteerId);
        k++;
        initial = false;
        continue;
      }
      if (isCapitalised(t.text)) {
        // Hyphen compound with a lowercase tail: "Strasbourg-baserede", "EU-landene".
        const hy = t.text.includes('-') ? HYPHEN_LOWER_TAIL.exec(t.text) : null;
        if (hy) {
          handleHyphenCompound(k, hy[1], hy[2]);
          k++;
          initial = false;
          continue;
        }
        // 3. Gazetteer, longest match.
        let gz = matchGazetteer(k);
        // A given name before a surname is not the place it also names ("Maurice Cheeks", "Jordan Smith").
        if (gz && gz.len === 1 && pack.code === 'en' && GIVEN_NAMES.has(t.text)) {
          const nx = wordAt(k + 1);
          if (nx && joined(k + 1) && isCapitalised(nx.text) && !pack.titles.has(nx.lower)) gz = undefined;
        }
        // A country name right before another capitalised word opens a company's name ("France
        // Telecom", "Russia Today"); not in a headline, where every word is capitalised.
        if (gz && gz.len === 1 && pack.code === 'en' && !headline && gz.id.startsWith('geo:') && stripGenitive(t.text, false) === t.text && !isAllCaps(t.text)) {
          const nx = wordAt(k + 1);
          if (nx && joined(k + 1) && isCapitalised(nx.text) && !isAllCaps(nx.text) && !pack.stopwords.has(nx.lower) && !countryOfLowerAdjective(nx.lower)
            && !pack.months.has(nx.lower) && !pack.weekdays.has(nx.lower) && !isHead(nx.lower) && !gazetteerIds(normalizeName(nx.text), nx.text)) gz = undefined;
        }
        if (gz) {
          const dropIt = initial && gz.len === 1 && !gz.acronym && ctx.lowercaseSeen.has(lower) && !isAllCaps(t.text);
          if (!dropIt) {
            const entry = gazetteerEntry(gz.id);
            // "a Paris jewellery store", "a Queens street": a known place modifying a facility
            // noun; English corpora mark the phrase, which still stands for (and links to) the place.
            const last = k + gz.len;
            const facility = pack.code === 'en' && entry?.type === 'place' && !gz.acronym && stripGenitive(tokens[last - 1].text, false) === tokens[last - 1].text ? facilityEnd(last) : last;
            const m = emit(t.start, tokens[facility - 1].end, entry?.type ?? 'other', gz.acronym ? 'acronym' : 'name', gz.lemma, si, gz.id);
            k = facility;
            k = maybeAcronymDefinition(k, m);
            initial = false;
            continue;
          }
        }
        // 4. Capitalised country adjective ("Russian").
        const adj = countryOfLowerAdjective(t.lower);
        const nextW = wordAt(k + 1);
        // Outside English a capitalised adjective mid-sentence starts a name ("Danske Bank").
        // In English only when a head word follows within three words ("American Medical Association").
        const inName = !!nextW && joined(k + 1) && isCapitalised(nextW.text) && (pack.code !== 'en' ? !initial : orgHeadWithin(k + 1, 3));
        if (adj && !inName && !(initial && pack.stopwords.has(lower))) {
          if (nounUse(k)) emit(t.start, t.end, 'person', 'name', t.text, si);
          else emit(t.start, t.end, 'place', 'adjective', t.text, si, `geo:${adj}`);
          k++;
          initial = false;
          continue;
        }
        // 5. Capitalised run.
        k = capitalisedRun(k);
        initial = false;
        continue;
      }

      // Lowercase words: adjectives ("russiske"), "anti-Russian", ministry anaphora, titles.
      const adjL = countryOfLowerAdjective(lower);
      if (adjL) {
        emit(t.start, t.end, 'place', 'adjective', t.text, si, `geo:${adjL}`);
      } else if (t.text.includes('-')) {
        const parts = LOWER_HYPHEN_NAME.exec(t.text);
        if (parts) {
          const tailStart = t.start + parts[1].length + 1;
          const code = countryOfAdjective(parts[2]);
          if (code) emit(tailStart, t.end, 'place', 'adjective', parts[2], si, `geo:${code}`);
          else {
            const ids = gazetteerIds(normalizeName(parts[2]), parts[2]);
            if (ids) emit(tailStart, t.end, gazetteerEntry(ids[0])?.type ?? 'other', 'name', parts[2], si, ids[0]);
          }
        }
      } else if (pack.titles.has(lower)) {
        pendingRole = { text: t.text, at: k };
      }
      initial = false;
      k++;
    }

    // ---- helpers bound to this sentence -------------------------------------------------
    /**
     * A quoted title: every word capitalised (small joining words aside) between quotes, as in
     * "American Pie" or "Twilight." (a period before the closing quote stays out). Returns the index
     * after the closing quote, or -1.
     */
    function quotedTitle(q: number): number {
      // Danish (DDT) marks few quoted titles and capitalises only their first word: English only.
      if (pack.code !== 'en') return -1;
      let j = q + 1;
      let firstWord = -1;
      let lastCap = -1;
      let words = 0;
      for (; j < end && j - q <= 9; j++) {
        const tok = tokens[j];
        if (j > q + 1 && tok.start !== tokens[j - 1].end && !sameLineGap(text, tokens[j - 1].end, tok.start)) return -1;
        if (tok.kind === Kind.Word) {
          if (isCapitalised(tok.text)) { lastCap = j; if (firstWord < 0) firstWord = j; words++; continue; }
          if (firstWord >= 0 && TITLE_JOINERS.has(tok.lower)) continue;
          return -1;
        }
        if (QUOTE_CLOSE.has(tok.text)) break;
        if ((tok.text === '.' || tok.text === ',' || tok.text === '!' || tok.text === '?') && j + 1 < end && QUOTE_CLOSE.has(tokens[j + 1].text) && lastCap === j - 1) continue;
        return -1;
      }
      if (j >= end || !QUOTE_CLOSE.has(tokens[j].text) || firstWord !== q + 1 || lastCap < 0) return -1;
      // The closing quote must follow the title (a period may sit between them).
      if (tokens[j].start !== tokens[j - 1].end) return -1;
      if (words === 1) {
        const w = tokens[firstWord];
        if (pack.stopwords.has(w.lower) || ctx.lowercaseSeen.has(w.lower) || pack.common.has(w.lower) || isAllCaps(w.text)) return -1;
        if (gazetteerIds(normalizeName(w.text), w.text) || countryOfLowerAdjective(w.lower) || GIVEN_NAMES.has(w.text) || surnames.has(w.lower)) return -1;
      }
      emit(tokens[firstWord].start, tokens[lastCap].end, 'other', 'name', text.slice(tokens[firstWord].start, tokens[lastCap].end), si);
      return j + 1;
    }

    function matchGovernmentBody(i: number): number | undefined {
      const first = tokens[i].lower;
      // Cheap filter: every phrase's first word must be a known phrase start.
      if (!pack.govFirstWords.has(first) && !(first.charCodeAt(first.length - 1) === 115 && pack.govFirstWords.has(genitive(first)))) return undefined;
      let max = 0;
      for (let len = Math.min(pack.govMaxWords, end - i); len >= 1; len--) {
        let key = '';
        let ok = true;
        for (let j = 0; j < len; j++) {
          const w = wordAt(i + j);
          if (!w || (j > 0 && !joined(i + j))) { ok = false; break; }
          key += (j ? ' ' : '') + (j === len - 1 ? genitive(w.text).toLowerCase() : w.text.toLowerCase());
        }
        if (!ok) continue;
        let bodyKey = pack.govPhrases.get(key);
        if (!bodyKey && len === 1) bodyKey = pack.govPhrases.get(first);
        if (!bodyKey) continue;
        max = len;
        // Country: adjective or genitive before, "of <country>" after.
        let country = countryBefore(i);
        let spanStart = country ? country.start : tokens[i].start;
        let last = i + max;
        let ofCountry: { start: number; end: number; lemma: string; id: string } | undefined;
        if (!country && wordAt(last)?.text.toLowerCase() === 'of') {
          let j = last + 1;
          if (wordAt(j)?.text.toLowerCase() === 'the') j++;
          const gz = wordAt(j) ? matchGazetteer(j) : undefined;
          if (gz?.id.startsWith('geo:')) {
            country = { code: gz.id.slice(4), start: tokens[i].start };
            ofCountry = { start: tokens[j].start, end: tokens[j + gz.len - 1].end, lemma: gz.lemma, id: gz.id };
            last = j + gz.len;
          }
        }
        const generic = bodyKey === 'government' || bodyKey === 'police' || bodyKey === 'army' || bodyKey === 'parliament';
        if (!country && generic && !lastBodyCountry.has(bodyKey)) return undefined;
        // Without a country of its own, a body refers back to the last one of its type that had
        // one ("the Russian foreign ministry ... Ministry of Foreign Affairs officials").
        const code = country?.code ?? lastBodyCountry.get(bodyKey);
        if (country) lastBodyCountry.set(bodyKey, country.code);
        const id = code ? `gov:${code}:${bodyKey}` : undefined;
        const cname = code ? canonicalName(`geo:${code}`, 'en') : undefined;
        const label = bodyKey.replace('-', ' ');
        let capital = isCapitalised(tokens[i].text) && !initialWord(i);
        for (let q = i + 1; q < i + max; q++) if (isCapitalised(tokens[q].text)) capital = true;
        const m = emit(spanStart, tokens[last - 1].end, 'organization', capital ? 'name' : 'description', cname ? `${cname} ${label}` : label, si, id);
        if (bodyKey.endsWith('ministry')) lastMinistry = m;
        // "the government of Turkmenistan": the country is a mention of its own too.
        if (ofCountry) emit(ofCountry.start, ofCountry.end, 'place', 'name', ofCountry.lemma, si, ofCountry.id);
        spanStart = 0;
        return last;
      }
      return undefined;
    }

    function matchGazetteer(i: number): { id: string; len: number; lemma: string; acronym: boolean } | undefined {
      const w0 = tokens[i].text;
      // The first word's forms are computed once: most words are looked up at one length only.
      const n0 = normalizeWord(w0, tokens[i].lower);
      const g0 = genitive(w0);
      const ng0 = g0 === w0 ? n0 : normalizeName(g0);
      const maxW = Math.max(maxNameWords(n0), maxNameWords(ng0), 1);
      for (let len = Math.min(maxW, end - i); len >= 1; len--) {
        let key = '';
        let raw = '';
        let ok = true;
        if (len === 1) {
          if (tokens[i].kind !== Kind.Word) ok = false;
          else { key = n0; raw = w0; }
        } else {
          for (let j = 0; j < len; j++) {
            const w = wordAt(i + j);
            if (!w || (j > 0 && !joined(i + j))) { ok = false; break; }
            key += (j ? ' ' : '') + normalizeWord(w.text, w.lower);
            raw += (j ? ' ' : '') + w.text;
          }
        }
        if (!ok) continue;
        let ids = gazetteerIds(key, raw);
        let lemma = raw;
        if (!ids) {
          const lastW = tokens[i + len - 1].text;
          const g = len === 1 ? g0 : genitive(lastW);
          if (g !== lastW) {
            lemma = raw.slice(0, raw.length - lastW.length) + g;
            ids = gazetteerIds(len === 1 ? ng0 : normalizeName(lemma), lemma);
          }
        }
        if (ids) return { id: ids[0], len, lemma, acronym: isAllCaps(lemma) || MIXED_ACRONYM.test(lemma) && lemma.length <= 6 && !lemma.includes(' ') };
      }
      return undefined;
    }

    function maybeAcronymDefinition(i: number, m: Mention): number {
      const open = tokens[i];
      const acrTok = tokens[i + 1];
      const close = tokens[i + 2];
      if (!open || !acrTok || !close || i + 2 >= end) return i;
      if (open.text !== '(' || close.text !== ')' || acrTok.kind !== Kind.Word) return i;
      if (!ACRONYM_SHAPE.test(acrTok.text) || !TWO_CAPITALS.test(acrTok.text)) return i;
      acronyms.push({ start: acrTok.start, end: acrTok.end, acronym: acrTok.text, expansion: { start: m.start, end: m.end, text: m.text } });
      const info: AcronymInfo = { type: m.type, gazetteerId: m.gazetteerId, lemma: m.lemma };
      docAcronyms.set(acrTok.text, info);
      emit(acrTok.start, acrTok.end, m.type, 'acronym', m.lemma, si, m.gazetteerId);
      return i + 3;
    }

    function handleHyphenCompound(i: number, head: string, tail: string): void {
      const t = tokens[i];
      const ids = gazetteerIds(normalizeName(head), head);
      const type: EntityType = ids ? gazetteerEntry(ids[0])?.type ?? 'other' : 'place';
      const desc = DESCRIPTION_SUFFIX.exec(t.text);
      const adjCode = ids ? undefined : countryOfAdjective(head);
      if (adjCode) emit(t.start, t.start + head.length, 'place', 'adjective', head, si, `geo:${adjCode}`);
      else if (ids || isAllCaps(head) || ctx.capitalSeen.has(head.toLowerCase()) || desc) {
        emit(t.start, t.start + head.length, ids ? type : isAllCaps(head) ? 'organization' : type, isAllCaps(head) ? 'acronym' : 'name', head, si, ids?.[0]);
      }
      // "the Strasbourg-based body": a description of an organisation.
      const noun = wordAt(i + 1);
      if (desc && noun && isLowercaseWord(noun.text) && joined(i + 1)) {
        emit(t.start, noun.end, ORG_NOUNS.has(noun.text.toLowerCase()) ? 'organization' : 'other', 'description', `${desc[1]}-${tail} ${noun.text}`, si);
      }
    }

    function capitalisedRun(i: number): number {
      let j = i + 1;
      const calendar = (w: Tok): boolean => {
        let l = w.lower;
        if (pack.weekdays.has(l) || pack.months.has(l) || pack.monthAbbreviations.has(l)) return true;
        const last = l.charCodeAt(l.length - 1);
        if (last !== 115 && last !== 46 && last !== 39 && last !== 0x2019) return false;
        l = stripGenitive(l, false).replace(/\.$/, '');
        return pack.weekdays.has(l) || pack.months.has(l) || pack.monthAbbreviations.has(l);
      };
      if (commonInHeadline(tokens[i].text)) {
        // "Woman Killed In Queens Hit-And-Run": a word for a person is a participant even in a headline.
        if (pack.code === 'en' && (isPersonNoun(tokens[i].lower) || countSubject(i))) emitParticipant(tokens[i], si);
        return i + 1;
      }
      // "Three killed as rioters bomb bank", "Ten dead in quake": a bare count of people is a participant.
      if (pack.code === 'en' && countSubject(i)) {
        emitParticipant(tokens[i], si);
        return i + 1;
      }
      let hasHead = isHead(tokens[i].text.toLowerCase());
      while (j < end) {
        // A quoted nickname between given name and surname: "Vincent 'The Chin' Gigante".
        if (j === i + 1 && tokens[j].kind !== Kind.Word && GIVEN_NAMES.has(tokens[i].text)) {
          const after = nicknameEnd(j);
          if (after > 0) { j = after; continue; }
        }
        const w = wordAt(j);
        if (!w || !joined(j)) break;
        // An English possessive ends a name ("Evansville's Purple Aces", "KYW's Pat Loeb" are two)
        // unless a head word follows ("Sam's Club", "the District Attorney's Office").
        if (englishPossessive && stripGenitive(tokens[j - 1].text, false) !== tokens[j - 1].text && !isHead(w.lower)) break;
        // In a headline the word after a given name is the surname, unless the body writes it in lowercase ("Lindsay Lohan Checks Into Rehab").
        if (calendar(w) || (headline && commonInHeadline(w.text) && !(j === i + 1 && pack.code === 'en' && GIVEN_NAMES.has(tokens[i].text) && !ctx.lowercaseSeen.has(w.lower) && !pack.stopwords.has(w.lower)))) break;
        // A digit-led word inside a name ("Philadelphia 76ers"); not "1990s" or ordinals.
        const c0 = w.text.charCodeAt(0);
        if (c0 >= 48 && c0 <= 57 && DIGIT_LED_WORD.test(w.text) && !ORDINAL_SUFFIX.test(w.text)) { j++; continue; }
        // A company's legal form ends its name ("TallGrass Distribution Ltd Christmas party").
        if (LEGAL_FORMS.has(tokens[j - 1].lower)) break;
        if (isCapitalised(w.text) && !(w.text.includes('-') && HYPHEN_LOWER.test(w.text))) {
          if (!hasHead && pack.code === 'en' && countryOfLowerAdjective(w.lower)) break;
          if (isHead(w.lower) || (w.lower.endsWith('s') && isHead(w.lower.replace(/['’]s$/, '')))) hasHead = true;
          j++;
          continue;
        }
        const lw = w.text.toLowerCase();
        const next = wordAt(j + 1);
        const next2 = wordAt(j + 2);
        if (next && joined(j + 1) && isCapitalised(next.text) && !calendar(next)) {
          if (PARTICLES.has(lw) && !pack.connectors.has(lw)) { j += 2; continue; }
          // German "der"/"des" join nouns ("Sitzung des Kabinetts"): a name only after a head word.
          if (PARTICLES.has(lw) && !hasHead && lw !== 'the' && lw !== 'of' && !(pack.code === 'de' && pack.connectors.has(lw))) { j += 2; continue; }
          // "and" joins words inside one name ("Fire and Rescue"), not two names ("Surrey Police and ...").
          const coordinating = lw === 'and' || lw === 'og' || lw === 'und' || lw === 'och' || lw === 'en' || lw === 'et' || lw === 'e' || lw === 'y';
          // A repeated first word after "and" starts a second name ("Kent Police and Kent Fire").
          // Nor does one that is an acronym, a title or a known name ("Emory University and CNN",
          // "Larry Lucchino and General Manager Theo Epstein").
          const secondName = coordinating && (next.text === tokens[i].text || isAllCaps(next.text) || pack.titles.has(next.lower) || !!gazetteerIds(normalizeName(next.text), next.text));
          // "of <country>" after a public body names the country apart ("Central Elections Commission of Turkmenistan").
          const ofCountry = lw === 'of' && hasHead && PUBLIC_BODY_HEADS.has(tokens[j - 1].lower) && !!gazetteerIds(normalizeName(next.text), next.text)?.some((id) => id.startsWith('geo:'));
          if (pack.connectors.has(lw) && (hasHead || isHead(next.text.toLowerCase())) && !secondName && !ofCountry) { j += 2; continue; }
        } else if (hasHead && next2 && pack.connectors.has(lw) && next && pack.connectors.has(next.text.toLowerCase()) && joined(j + 2) && isCapitalised(next2.text) && !/^(and|og|und|och|en|et|e|y)$/.test(lw)) {
          j += 3; // "of the"
          continue;
        }
        break;
      }
      let s = i;
      let e = j;
      // An English sentence opening with one capitalised word and a verb ("Microsoft has released",
      // "Police said"): the word is the subject, a name or a group of people, not a common opener.
      let subject = false;
      // A sentence opening with a bare word for a person is headline style ("Judge sentences
      // Orozco to death", "Climber dead after fall"), and a bare plural or group word is the
      // subject ("Police arrested ...", "Firefighters battled ...", "Voters in Turkmenistan
      // began ..."): either names a participant of the story.
      if (pack.code === 'en' && e - s === 1 && initialWord(s) && isPersonNoun(tokens[s].lower)) {
        emitParticipant(tokens[s], si);
        return j;
      }
      if (pack.code === 'en' && e - s === 1 && initialWord(s)) {
        const nx = wordAt(e);
        const lw = tokens[s].lower;
        subject = !!nx && joined(e) && (AUXILIARIES.has(nx.lower) || pack.speechVerbs.has(nx.lower)) && nx.lower !== 'according'
          && (GROUP_NOUNS.has(lw) || (!pack.common.has(lw) && !PRONOUNS_EN.has(lw) && !pack.months.has(lw) && !pack.weekdays.has(lw) && !pack.relative.has(lw)));
        if (subject) {
          const sm = GROUP_NOUNS.has(lw) || isPersonNoun(lw) ? emitParticipant(tokens[s], si) : emit(tokens[s].start, tokens[s].end, typeOfRun(tokens.slice(s, e), s, e, undefined, tokens[s].text), 'name', tokens[s].text, si);
          if (unsureSingle && sm.type === 'organization') unsure.push(sm);
          unsureSingle = false;
          return j;
        }
      }
      // Sentence start: a capitalised common word is not a name.
      if (initialWord(s)) {
        const lw = tokens[s].text.toLowerCase();
        const single = e - s === 1;
        // German capitalises its articles at sentence start ("Die Ablöse", "Der Vertrag"): a
        // stop word never opens a German name, whatever follows it.
        // A surname of a person named in full earlier is that person even when the word is also a
        // common one ("W. Mark Felt ... Felt died at his home").
        if (single && surnames.has(lw) && isCapitalised(tokens[s].text)) {
          // falls through to the name reading below
        } else if (pack.common.has(lw) || ctx.lowercaseSeen.has(lw) || pack.speechVerbs.has(lw) || ((single || pack.code === 'de') && pack.stopwords.has(lw)) || pack.months.has(lw) || pack.weekdays.has(lw)) {
          // Read the rest afresh: it may start a gazetteer name ("The Kremlin", "With Russia's").
          return s + 1;
        }
      }
      // Titles: "Secretary-General Jens Stoltenberg", "Prime Minister Mette Frederiksen".
      let role: string | undefined;
      const titleFrom = tokens[s].start;
      for (let again = true; again && s < e;) {
        again = false;
        if (compoundTitle(s, e)) {
          role = role ? `${role} ${tokens[s].text}` : tokens[s].text;
          s += 1;
          again = true;
          continue;
        }
        if (!pack.titleStarts.has(tokens[s].lower)) break;
        for (let len = Math.min(pack.titleMaxWords, e - s); len >= 1; len--) {
          let key = '';
          for (let q = 0; q < len; q++) key += (q ? ' ' : '') + tokens[s + q].lower;
          if (pack.titles.has(key) || (text.charCodeAt(tokens[s + len - 1].end) === 46 && pack.titles.has(`${key}.`))) {
            role = role ? `${role} ${text.slice(tokens[s].start, tokens[s + len - 1].end)}` : text.slice(tokens[s].start, tokens[s + len - 1].end);
            s += len;
            again = true;
            break;
          }
        }
      }
      // A title inside the run ("Alaska Gov. Sarah Palin"): the part before it is read alone,
      // the title and the name after it are read afresh.
      // An abbreviated title may end the run, its period cut off by tokenising ("Philadelphia
      // Homicide Capt. James Clark").
      for (let q = s + 1; q < e; q++) {
        const tl = tokens[q].text.toLowerCase();
        const abbreviated = q === e - 1 && text.charCodeAt(tokens[q].end) === 46 && pack.titles.has(`${tl}.`);
        if (q === e - 1 && !abbreviated) break;
        if ((pack.titles.has(tl) || abbreviated) && isCapitalised(tokens[q].text) && !pack.orgHeads.has(tl) && !pack.placeHeads.has(tl) && tokens[q - 1].kind === Kind.Word && isCapitalised(tokens[q - 1].text)) {
          e = q;
          j = q;
          break;
        }
      }
      // Connectors and particles never end a name.
      while (e > s && !isCapitalised(tokens[e - 1].text) && !(e - s > 1 && DIGIT_LED_WORD.test(tokens[e - 1].text))) e--;
      while (s < e && !isCapitalised(tokens[s].text)) s++;
      if (s >= e) {
        // "The President announced ...": a capitalised title after "the" with no name after it
        // stands for its holder.
        const prev = i > sent.first ? tokens[i - 1] : undefined;
        const after = wordAt(j);
        if (role && pack.code === 'en' && prev?.lower === 'the' && prev.kind === Kind.Word && !honorific(role) && !(after && joined(j) && isCapitalised(after.text))) {
          emit(tokens[i].start, tokens[j - 1].end, 'person', 'name', role, si);
          return j;
        }
        if (role) pendingRole = { text: role, at: j, from: honorific(role) ? titleFrom : undefined };
        return j;
      }
      if (role && s > i) {
        // After a title the name is read afresh (it may be a gazetteer name); the title waits.
        pendingRole = { text: role, at: s, from: honorific(role) ? titleFrom : undefined };
        return s;
      }
      const words = tokens.slice(s, e);
      const lw0 = stripGenitive(words[0].text, false).toLowerCase();
      if (e - s === 1 && (pack.months.has(lw0) || pack.weekdays.has(lw0) || lw0 === 'i' || pack.relative.has(lw0))) return j;
      if (e - s === 1 && pack.monthAbbreviations.has(lw0.replace(/\.$/, '')) && /^\s*\d/.test(text.slice(words[0].end, words[0].end + 3))) return j;
      if (e - s === 1 && words[0].text.length === 1) return j;
      // Long all-capital words are headline or label words ("GEOLOGI", "BREAKING"), not acronyms.
      // (Only when the capitals stand alone on their line or in a headline: "MSNBC is reporting" keeps MSNBC.)
      if (words.every((w) => isAllCaps(w.text) && w.text.replace(/[^\p{L}]/gu, '').length >= 5)) {
        let others = 0;
        for (let q = sent.first; q < end; q++) if (tokens[q].kind === Kind.Word && (q < s || q >= e)) others++;
        // In a headline the run holds only words the body also capitalises ("COLTS BEAT CHIEFS":
        // "Colts", "Chiefs"), so they are names; a label line ("BREAKING NEWS") has no such evidence.
        const evidenced = headline && words.every((w) => ctx.capitalSeen.has(w.lower) || !!gazetteerIds(normalizeName(w.text), w.text));
        if ((headline && !evidenced) || others === 0 || ctx.lowercaseSeen.has(lw0)) return j;
      }
      if (e - s === 1) {
        const next = wordAt(e);
        const nextLower = !!next && joined(e) && isLowercaseWord(next.text);
        if (pack.capitalisedAdjectives.has(lw0) || (pack.code === 'en' && nextLower && /(?:ian|ean|ese|ish)$/.test(lw0) && !pack.speechVerbs.has(next!.text))) {
          if (pack.capitalisedAdjectives.has(lw0) && nounUse(s)) emit(words[0].start, words[0].end, 'person', 'name', words[0].text, si);
          else emit(words[0].start, words[0].end, 'other', 'adjective', words[0].text, si);
          return j;
        }
        const speech = !!next && pack.speechVerbs.has(next.text.toLowerCase());
        // A lone capitalised word at sentence start is a name only with evidence: seen
        // capitalised mid-sentence elsewhere, an acronym, or followed by a speech verb.
        if (initialWord(s) && !ctx.capitalSeen.has(lw0) && !speech && !surnames.has(lw0) && !(isAllCaps(words[0].text) && !pack.stopwords.has(lw0))
          && !((openers.get(lw0) ?? 0) >= 2 && !ctx.lowercaseSeen.has(lw0) && !pack.stopwords.has(lw0) && !pack.common.has(lw0) && !lw0.endsWith('ly'))) return j;
        // Capitalised function words mid-sentence (Danish formal "De", "Deres") are not names.
        if (pack.code !== 'en' && pack.stopwords.has(lw0)) return j;
        if (pack.common.has(lw0) && !ctx.capitalSeen.has(lw0)) return j;
        // German capitalises every noun, so a capital proves nothing there ("Prozent", "Inflation",
        // "Sitzung"): one word is a name only with outside evidence (gazetteer, given name, a
        // surname already read in full, an acronym, or a speech verb after it).
        // Right after "in"/"aus" without an article the word is a place ("in Passau").
        const prev = s > sent.first ? tokens[s - 1] : undefined;
        const afterPlacePrep = !!prev && prev.kind === Kind.Word && (prev.lower === 'in' || prev.lower === 'aus') && !pack.common.has(lw0);
        if (pack.code === 'de' && !speech && !afterPlacePrep && !isAllCaps(words[0].text) && !GIVEN_NAMES.has(words[0].text)
          && !surnames.has(genitive(words[0].text).toLowerCase()) && !surnames.has(lw0)
          && !gazetteerIds(normalizeName(words[0].text), words[0].text) && !gazetteerIds(normalizeName(genitive(words[0].text)), genitive(words[0].text))) return j;
      }
      const lastW = words[words.length - 1].text;
      let g = genitive(lastW);
      if (g !== lastW && pack.plainGenitiveS && !/['’]/.test(lastW) && !isAllCaps(g) && !ctx.capitalSeen.has(g.toLowerCase()) && !gazetteerIds(normalizeName(g), g)) g = lastW;
      const raw = text.slice(words[0].start, words[words.length - 1].end);
      const lemma = raw.slice(0, raw.length - lastW.length) + g;
      // Role from a title just before ("generalsekretær, Marija ...", "Foreign Minister, Luigi Di Maio").
      let spanStart = words[0].start;
      if (!role && pendingRole && s - pendingRole.at <= 3) {
        role = pendingRole.text;
        if (pendingRole.from !== undefined && s - pendingRole.at <= 1) spanStart = pendingRole.from;
      }
      if (!role) {
        for (let q = s - 1; q >= Math.max(sent.first, s - 3); q--) {
          const w = tokens[q];
          if (w.kind === Kind.Punct && w.text === ',') continue;
          if (w.kind === Kind.Word && pack.titles.has(w.text.toLowerCase())) role = w.text;
          break;
        }
      }
      pendingRole = undefined;
      let type = typeOfRun(words, s, e, role, lemma);
      // English place phrases written as one name: "Wasilla, Alaska", "Betty Ford Center in Rancho
      // Mirage, Calif", "a Malibu treatment facility". Not after a person's name.
      let spanEnd = e;
      // A name used as a modifier of a word for people or a body ("the Bush administration", "a
      // Mafia boss", "Staunton police"): the phrase names that body or person, not the name's bearer.
      let described = false;
      if (pack.code === 'en' && !role && !/['’]s?$/.test(lastW)) {
        const head = headNounAfter(e);
        // Not "FBI official", "NBA team" (a member of the body the acronym names) nor "a Dalembert
        // fan" (a person's follower).
        if (head && !isAllCaps(g) && !(head === 'person' && (type === 'person' || surnames.has(g.toLowerCase())))) {
          spanEnd = e + 1;
          type = head;
          described = true;
          if (spanEnd > j) j = spanEnd;
        }
      }
      // A lone given name before a facility noun is a town ("an Atlanta courthouse", "a Troy
      // accounting firm"): people are not written as modifiers of buildings.
      // Nor is a name that ends in a building's or a place's head word a person's ("Betty Ford
      // Center", "Beverly Hills"), nor a lone one followed by its state or country ("Bern, Switzerland").
      const lastLower = words[words.length - 1].lower;
      const givenName = GIVEN_NAMES.has(words[0].text) && !(words.length === 1 && facilityEnd(e) > e)
        && !(words.length > 1 && (FACILITY_HEADS_EN.has(lastLower) || PLACE_LAST_WORDS_EN.has(lastLower))) && !(words.length === 1 && stateOrCountryAfter(e) > 0);
      if (!described && pack.code === 'en' && !role && !givenName && !surnames.has(g.toLowerCase()) && !/['’]s?$/.test(lastW)) {
        // Only a place or a building runs on to its town ("Betty Ford Center in Rancho Mirage",
        // "the SAP-Arena in Mannheim"), not a team or a magazine ("Jaguars in Jacksonville").
        const ext = placeExtension(e, type === 'place' || isHead(lastLower) || FACILITY_HEADS_EN.has(lastLower.split('-').pop()!));
        if (ext > e) {
          spanEnd = ext;
          type = 'place';
          if (ext > j) j = ext;
        }
      }
      const form: MentionForm = isAllCaps(g) ? 'acronym' : 'name';
      let finalLemma = described ? text.slice(words[0].start, tokens[spanEnd - 1].end) : lemma;
      if (type === 'person' && !described) {
        if (words.length >= 2) surnames.set(g.toLowerCase(), lemma);
        else if (surnames.has(g.toLowerCase())) finalLemma = surnames.get(g.toLowerCase())!;
      }
      const m = emit(spanStart, tokens[spanEnd - 1].end, type, form, finalLemma, si, undefined, role);
      if (unsureSingle && m.type === 'organization') unsure.push(m);
      unsureSingle = false;
      if (spanEnd > e) return j;
      return maybeAcronymDefinition(e, m) === e ? j : maybeAcronymDefinition(e, m);
    }

    /** ", Alaska" / ", Calif" / ", France" right after token q-1: the index after it, or -1. */
    function stateOrCountryAfter(q: number): number {
      const comma = tokens[q];
      if (q + 1 >= end || comma.kind !== Kind.Punct || comma.text !== ',' || comma.start !== tokens[q - 1].end || !joined(q + 1)) return -1;
      const first = wordAt(q + 1);
      if (!first || !isCapitalised(first.text)) return -1;
      let after = -1;
      if (US_STATE_ABBREVIATIONS.has(first.text)) after = q + 2;
      else {
        for (let len = Math.min(US_STATE_MAX_WORDS, end - q - 1); len >= 1 && after < 0; len--) {
          let name = '';
          let ok = true;
          for (let r = 0; r < len; r++) {
            const w = wordAt(q + 1 + r);
            if (!w || (r > 0 && !joined(q + 1 + r))) { ok = false; break; }
            name += (r ? ' ' : '') + w.text;
          }
          if (ok && US_STATE_NAMES.has(name)) after = q + 1 + len;
        }
        if (after < 0) {
          const gz = matchGazetteer(q + 1);
          if (gz && gz.id.startsWith('geo:') && gz.lemma === text.slice(first.start, tokens[q + gz.len].end)) after = q + 1 + gz.len;
        }
      }
      if (after < 0) return -1;
      // "Alaska Gov. Sarah Palin", "Alaska's governor": the state starts another phrase.
      const next = wordAt(after);
      if (next && joined(after) && isCapitalised(next.text)) return -1;
      return after;
    }

    /** An organisation head word among the next n capitalised, joined words from i, not the first ("Medical Association"). */
    function orgHeadWithin(i: number, n: number): boolean {
      for (let q = i; q < end && q < i + n; q++) {
        const w = wordAt(q);
        if (!w || !joined(q) || !isCapitalised(w.text)) return false;
        // "the Indian Navy": a nationality before a bare head word is read apart, as corpora mark it.
        if (pack.orgHeads.has(w.lower)) return q > i;
      }
      return false;
    }

    /**
     * An English adjective of nationality, faith or party used as a noun for a person: after an
     * article and before no noun ("a Muslim who", "the Democrat said", "One Australian and ...").
     */
    function nounUse(q: number): boolean {
      if (pack.code !== 'en') return false;
      const prev = q > sent.first ? tokens[q - 1] : undefined;
      if (!prev || prev.kind !== Kind.Word || !ARTICLES_EN.has(prev.lower)) return false;
      const next = q + 1 < end ? tokens[q + 1] : undefined;
      return !next || next.kind !== Kind.Word || AUXILIARIES.has(next.lower) || pack.speechVerbs.has(next.lower) || NOUN_FOLLOWERS_EN.has(next.lower);
    }

    /** After a quoted nickname of one to three capitalised words, followed by a surname: the surname's index, or -1. */
    function nicknameEnd(q: number): number {
      if (!NICKNAME_QUOTES.has(tokens[q].text) || !sameLineGap(text, tokens[q - 1].end, tokens[q].start)) return -1;
      let r = q + 1;
      while (r < end && r - q <= 3 && tokens[r].kind === Kind.Word && isCapitalised(tokens[r].text)) r++;
      if (r === q + 1 || r + 1 >= end || !NICKNAME_QUOTES.has(tokens[r].text)) return -1;
      const surname = wordAt(r + 1);
      return surname && isCapitalised(surname.text) && sameLineGap(text, tokens[r].end, surname.start) ? r + 1 : -1;
    }

    /**
     * German writes a role as one capitalised compound ending in a title ("Klinikdirektor",
     * "Gewerkschaftsvertreterin", "Konzernchef"): a title too when a full name follows, so the
     * name is the person's alone, as in languages that write the role lowercase. Before a lone
     * word it stays in the name: German reads a lone capitalised word as a name only with evidence.
     */
    function compoundTitle(q: number, e: number): boolean {
      if (pack.code !== 'de' || q + 2 >= e || !isCapitalised(tokens[q + 1].text) || !isCapitalised(tokens[q + 2].text)) return false;
      const w = tokens[q].lower;
      for (const t of pack.titles) if (t.length >= 4 && w.length - t.length >= 3 && w.endsWith(t) && /^\p{L}+$/u.test(t)) return true;
      return false;
    }

    /** English corpora keep "Dr.", "Mr.", "Ms." in a person's name ("Dr. Regina Benjamin"); other titles stand apart. */
    function honorific(role: string): boolean {
      return pack.code === 'en' && HONORIFICS_EN.has(role);
    }

    /** The type a lowercase head noun right after a name gives the phrase ("administration", "boss"), if any. */
    function headNounAfter(e: number): EntityType | undefined {
      const w = wordAt(e);
      if (!w || !joined(e) || !isLowercaseWord(w.text)) return undefined;
      // "Mafia boss Gaetano Lo Presti": the noun is a title for the name after it.
      const nx = wordAt(e + 1);
      if (nx && joined(e + 1) && isCapitalised(nx.text)) return undefined;
      if (BODY_NOUNS.has(w.lower)) return 'organization';
      return isPersonNoun(w.lower) ? 'person' : undefined;
    }

    /**
     * A lowercase word that can only be a noun modifier before a facility noun ("jewellery store",
     * "ice cream shop"): no stop word, no verb or plural ending ("released", "issues", "holding").
     */
    function plainModifier(r: number): boolean {
      const l = tokens[r].lower;
      return isLowercaseWord(l) && l.length > 2 && !FACILITY_NOUNS.has(l) && !pack.stopwords.has(l) && !VERB_OR_PLURAL_ENDING.test(l) && !!wordAt(r + 1);
    }

    /**
     * A capitalised count opening an English sentence, right before a word for what befell people
     * ("Three killed", "Ten Dead", "Dozens injured"): the count stands for the people.
     */
    function countSubject(i: number): boolean {
      if (!initialWord(i)) return false;
      const lw = tokens[i].lower;
      if (!COUNT_NOUNS.has(lw) && !((pack.numberWords.get(lw) ?? 0) >= 2)) return false;
      const nx = wordAt(i + 1);
      return !!nx && joined(i + 1) && CASUALTY_WORDS.has(nx.lower);
    }

    /** Lowercase facility nouns after a name ending at token q (exclusive): "Malibu treatment facility", "New Zealand mountains". */
    function facilityEnd(q: number): number {
      let r = q;
      while (r < end && r - q < 2 && wordAt(r) && joined(r) && (FACILITY_MODIFIERS.has(tokens[r].lower) || plainModifier(r))) r++;
      return r < end && wordAt(r) && joined(r) && FACILITY_NOUNS.has(tokens[r].lower) ? r + 1 : q;
    }

    /** How far an English place phrase runs on after a name ending at token e (exclusive). */
    function placeExtension(e: number, facilityLike: boolean): number {
      let q = e;
      const st = stateOrCountryAfter(q);
      if (st > 0) return st;
      const f = facilityEnd(q);
      if (f > q) {
        q = f;
        facilityLike = true;
      }
      // "... in Rancho Mirage", "... in Wellington, Somerset": a facility followed by its town.
      if (facilityLike && wordAt(q)?.lower === 'in' && joined(q) && joined(q + 1)) {
        let t = q + 1;
        while (t < end && t - q <= 3 && wordAt(t) && (t === q + 1 || joined(t)) && isCapitalised(tokens[t].text) && !/['’]s$/.test(tokens[t].text)) t++;
        if (t > q + 1) {
          const st2 = stateOrCountryAfter(t);
          return st2 > 0 ? st2 : t;
        }
      }
      return q;
    }

    function initialWord(i: number): boolean {
      if (i === sent.first) return true;
      const prev = tokens[i - 1];
      return prev.kind !== Kind.Word && OPENERS.has(prev.text);
    }

    function typeOfRun(words: Tok[], s: number, e: number, role: string | undefined, lemma: string): EntityType {
      if (role) return 'person';
      const lowers = words.map((w) => stripGenitive(w.text, false).toLowerCase());
      // English names of buildings are places, whatever body runs them ("Betty Ford Center", "SAP Arena").
      if (pack.code === 'en' && words.length > 1 && FACILITY_HEADS_EN.has(lowers[lowers.length - 1])) return 'place';
      if (lowers.some((w) => pack.orgHeads.has(w))) return 'organization';
      if (lowers.some((w) => pack.placeHeads.has(w))) return 'place';
      // A city CLDR names ("Athens", "Vancouver"), unless it is also a given name or a surname read here ("Regina").
      if (CITY_NAMES.has(lemma) && !GIVEN_NAMES.has(lemma) && !surnames.has(lemma.toLowerCase())) return 'place';
      if (words.length === 1 && pack.orgSuffixes.some((suf) => lowers[0].endsWith(suf) && lowers[0].length > suf.length + 2)) return 'organization';
      if (isAllCaps(lemma)) return 'organization';
      const after = wordAt(e);
      if (after && pack.speechVerbs.has(after.text.toLowerCase())) return 'person';
      if (words.length === 1 && surnames.has(lemma.toLowerCase())) return 'person';
      const before = s > sent.first ? tokens[s - 1] : undefined;
      // After "in"/"at": one word is a place; a longer name is a place when it reads like one ("in Los Angeles", "in Beverly Hills").
      if (before && before.kind === Kind.Word && pack.placePrepositions.has(before.text.toLowerCase())) {
        return words.length === 1 || PLACE_FIRST_WORDS.has(words[0].text) || PLACE_LAST_WORDS_EN.has(lowers[lowers.length - 1]) || US_STATE_NAMES.has(lemma) ? 'place' : 'organization';
      }
      if (pack.code === 'en') {
        const w0 = words[0].text;
        // "France Telecom": a country opening a longer name is a company's name (a given name that is also a place is not).
        if (words.length > 1 && !GIVEN_NAMES.has(w0) && gazetteerIds(normalizeName(w0), w0)?.[0]?.startsWith('geo:')) return 'organization';
        const lastL = lowers[lowers.length - 1];
        const plural = lastL.length > 3 && lastL.endsWith('s') && !lastL.endsWith('ss') && !/['’]s$/.test(words[words.length - 1].text);
        if (words.length === 1) {
          if (US_STATE_NAMES.has(lemma)) return 'place';
          // "the Colts", "the Saints": a plural name after an article is a team or a company.
          if (plural && before && before.kind === Kind.Word && before.lower === 'the') return 'organization';
          if (GIVEN_NAMES.has(lemma)) return 'person';
          // No evidence either way: English news names companies, teams and places by one word as
          // often as people; a later full name ("Maurice Cheeks" ... "Cheeks") makes it a person.
          unsureSingle = true;
          return 'organization';
        }
        // A quoted nickname inside: "Vincent 'The Chin' Gigante".
        if (GIVEN_NAMES.has(w0) && words.some((w) => w.kind !== Kind.Word)) return 'person';
        if (words.length <= 4 && !words.some((w) => /\d/.test(w.text))) {
          if (GIVEN_NAMES.has(w0) || INITIAL.test(w0)) return 'person';
          if (US_STATE_NAMES.has(lemma) || PLACE_FIRST_WORDS.has(w0) || US_STATE_NAMES.has(w0)) return plural ? 'organization' : 'place';
          if (plural) return 'organization';
          return 'person';
        }
        return 'other';
      }
      if (words.length >= 2 && words.length <= 4 && !words.some((w) => /\d/.test(w.text))) return 'person';
      return words.length === 1 ? 'person' : 'other';
    }
  }
  // One-word names typed without evidence: a person when the document names a person with that surname.
  for (const m of unsure) {
    const full = surnames.get(m.lemma.toLowerCase());
    if (full) { m.type = 'person'; m.lemma = full; }
  }
  return { mentions, acronyms };
}
