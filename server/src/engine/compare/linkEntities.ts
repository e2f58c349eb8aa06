// Cross-document entities: mentions with the same link key are one entity; inside a story, short
// person names join the one full name they end with ("Putin" → "Vladimir Putin") and government
// bodies of unnamed country join the story's one body of that type.
import type { DocumentAnalysis, Entity, EntityType, Story } from '../types';
import { canonicalName, gazetteerEntry } from '../data';
import { acronymDefinitions, hasRoleWord, isCoordinatedPhrase, isRolePhrase, nameKey, type MentionKey } from './linkKeys';
import { INSTITUTION_WORDS } from '../lexicon/institutionWords';
import { companyCore } from './companyNames';
import { memoized } from './words';
import { MentionRefs } from './mentionRefs';
import { GIVEN_NAMES } from '../data/givenNames';

/** Head words of institution names ("council", "ministry"): never a short name of one body. */
const INSTITUTION_HEADS = new Set(Object.values(INSTITUTION_WORDS));

const nameKeyCache = new Map<string, string[]>();
/** Name keys of every alias of a gazetteer entry. */
function gazetteerNameKeys(id: string): string[] {
  let keys = nameKeyCache.get(id);
  if (!keys) {
    keys = (gazetteerEntry(id)?.aliases ?? []).map(nameKey);
    nameKeyCache.set(id, keys);
  }
  return keys;
}

export class KeyUnion {
  private readonly parent = new Map<string, string>();

  find(k: string): string {
    let p = this.parent.get(k);
    if (p === undefined || p === k) return k;
    p = this.find(p);
    this.parent.set(k, p);
    return p;
  }

  /** Joins b into a; a's root stays the representative. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Two coordinated names or a role ("Acme y Ventura", "CEO de Acme"): asked of every name mention, once per story and once corpus-wide. */
const notLongerForm = memoized((name: string): boolean => isCoordinatedPhrase(name) || isRolePhrase(name));

const PERSON = 1;
const ORGANIZATION = 2;
const ACRONYM = 4;
const NOT_LONGER = 8;

/**
 * An article's name keys, first met first, each followed by what its mentions read it as (the bits
 * above). Read once per article for both scopes of mergeInStories: a lazy analysis parses its
 * stored mentions again for each pass that asks for them. A flat list, not a map: 10,000 of them
 * wait from the first scope to the second.
 */
export type NameFacts = Map<DocumentAnalysis, (string | number)[]>;

function nameFactsOf(doc: DocumentAnalysis, keys: MentionKey[], known: NameFacts): (string | number)[] {
  const had = known.get(doc);
  if (had) return had;
  const bitsOf = new Map<string, number>();
  let mentions: DocumentAnalysis['mentions'] | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i].key;
    if (!key.startsWith('name:')) continue;
    const m = (mentions ??= doc.mentions)[i];
    let bits = bitsOf.get(key) ?? 0;
    if (m.type === 'person') bits |= PERSON;
    if (m.type === 'organization') bits |= ORGANIZATION;
    if (m.form === 'acronym' || /^\p{Lu}{2,5}$/u.test(m.text)) bits |= ACRONYM;
    if (notLongerForm(m.lemma || m.text)) bits |= NOT_LONGER;
    bitsOf.set(key, bits);
  }
  const facts = [...bitsOf].flat();
  known.set(doc, facts);
  return facts;
}

/**
 * Story-scoped merges of partial person names and country-less government bodies ('corpus': the
 * names still apart, over one story of every article). `nameFacts` carries what one call read of
 * each article to the next.
 */
export function mergeInStories(stories: Story[], docByPath: Map<string, DocumentAnalysis>, keysOf: (d: DocumentAnalysis) => MentionKey[], union: KeyUnion, scope: 'story' | 'corpus' = 'story', nameFacts: NameFacts = new Map()): void {
  for (const s of stories) {
    const bodies = new Set<string>();
    const known = new Set<string>();
    const names = new Set<string>();
    /** Name keys some article reads as a person. */
    const persons = new Set<string>();
    /** Name keys some article reads as an organisation. */
    const orgs = new Set<string>();
    /** Name keys written as acronyms ("IE"). */
    const acronyms = new Set<string>();
    /** Name keys of two coordinated names ("Acme y Ventura") or of a role ("CEO de Acme"): never a longer form of a name. */
    const notLonger = new Set<string>();
    for (const p of s.documents) {
      const doc = docByPath.get(p)!;
      const keys = keysOf(doc);
      for (const k of keys) {
        if (k.key.startsWith('gz:gov:')) bodies.add(k.key);
        else if (k.key.startsWith('gz:')) known.add(k.key);
      }
      const facts = nameFactsOf(doc, keys, nameFacts);
      for (let f = 0; f < facts.length; f += 2) {
        const key = facts[f] as string;
        const bits = facts[f + 1] as number;
        names.add(key);
        if (bits & PERSON) persons.add(key);
        if (bits & ORGANIZATION) orgs.add(key);
        if (bits & ACRONYM) acronyms.add(key);
        if (bits & NOT_LONGER) notLonger.add(key);
      }
    }
    const tokens = new Map([...names].map((k) => [k, k.slice('name:'.length).split(' ')]));
    // "Acme Computer" / "Brandt Motor Company" / "Gruppo Ventura" join the bare company name when
    // the story uses it. Those bare names are companies, not surnames, below.
    const companies = new Set<string>();
    for (const [k, t] of tokens) {
      const core = companyCore(t);
      if (!core) continue;
      const short = `name:${core.join(' ')}`;
      if (!tokens.has(short) || (core.length === 1 && INSTITUTION_HEADS.has(core[0]))) continue;
      union.union(short, k);
      companies.add(short);
    }
    // Names indexed by their last word, so that finding the longer names ending like a short one
    // does not compare every pair.
    const byLast = new Map<string, string[]>();
    for (const [k, t] of tokens) (byLast.get(t[t.length - 1]) ?? byLast.set(t[t.length - 1], []).get(t[t.length - 1])!).push(k);
    // "Putin" in one article, "Vladimir Putin" in another; "Dijk Brouwerij" and "Van Dijk
    // Brouwerij": a name joins the one longer name that ends with it, when one of them is read
    // as a person (people are named by their last names; organisations are not).
    // Longest first, so that variants of one full name ("Doug McDermott", "Creighton's Doug
    // McDermott") are already one entity when a short "McDermott" looks for its match.
    if (scope === 'story') joinGivenNameVariants(tokens, persons, notLonger, union);
    const ordered = [...tokens].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    for (const [k, t] of ordered) {
      if (companies.has(k)) continue;
      // "Ventura" is not the short name of "Acme y Ventura", nor "Acme" of "CEO de Acme".
      const endsLike = (o: string): boolean => {
        const ot = tokens.get(o)!;
        return o !== k && !notLonger.has(o) && ot.length > t.length && t.every((w, i) => ot[ot.length - t.length + i] === w);
      };
      const candidates = byLast.get(t[t.length - 1]) ?? [];
      let longer = candidates.filter((o) => endsLike(o) && (persons.has(o) || persons.has(k)));
      // Inside one story an organisation is also called by its last word ("Colts" for the
      // "Indianapolis Colts"), unless that word is a generic head ("Council") or an acronym.
      if (!longer.length && scope === 'story' && t.length === 1 && !persons.has(k) && !acronyms.has(k) && !INSTITUTION_HEADS.has(t[0])) {
        longer = candidates.filter((o) => endsLike(o) && (orgs.has(o) || orgs.has(k)));
      }
      const full = new Set(longer.map((o) => union.find(o)));
      if (full.size === 1) union.union([...full][0], k);
    }
    if (scope === 'corpus') continue;
    // "IE" in one article, "Internet Explorer" in another: an acronym joins the one name of the
    // story whose word initials spell it.
    for (const a of acronyms) {
      const letters = a.slice('name:'.length);
      if (letters.includes(' ') || letters.length < 2) continue;
      const spelled = new Set([...tokens].filter(([k, t]) => k !== a && t.length === letters.length && t.map((w) => w[0]).join('') === letters).map(([k]) => union.find(k)));
      if (spelled.size === 1) union.union([...spelled][0], a);
    }
    joinDefinedAcronyms(s.documents.map((p) => docByPath.get(p)!), union);
    // "the European Court" in an article whose story names the European Court of Human Rights:
    // a shortened name joins the one known body whose name it begins.
    for (const n of names) {
      const prefix = n.slice('name:'.length);
      if (!prefix.includes(' ')) continue;
      const matches = [...known].filter((g) => gazetteerNameKeys(g.slice(3)).some((k) => k.startsWith(prefix + ' ')));
      if (matches.length === 1) union.union(matches[0], n);
    }
    for (const b of bodies) {
      const m = /^gz:gov:XX:(.+)$/.exec(b);
      if (!m) continue;
      const named = [...bodies].filter((o) => o !== b && o.endsWith(`:${m[1]}`) && !o.startsWith('gz:gov:XX:'));
      if (named.length === 1) union.union(named[0], b);
    }
  }
}

/**
 * "Sindicato de Trabajadores Portuarios (STP)" in one article, "Port Workers' Union (STP)" in
 * another: names the gazetteer does not know, defined by the same acronym of three or more
 * letters in articles of one story, are one body. Not when an article defines the acronym for two
 * bodies, and never for bodies the gazetteer knows (they have their own ids, and one acronym may
 * stand for two of them: the ECHR court and convention).
 */
function joinDefinedAcronyms(docs: DocumentAnalysis[], union: KeyUnion): void {
  const keysOf = new Map<string, Set<string>>();
  const ambiguous = new Set<string>();
  for (const d of docs) {
    const own = new Map<string, Set<string>>();
    for (const { acronym, key } of acronymDefinitions(d)) {
      if (acronym.length < 3) continue;
      (own.get(acronym) ?? own.set(acronym, new Set()).get(acronym)!).add(key);
    }
    for (const [a, keys] of own) {
      if (keys.size > 1 || [...keys].some((k) => !k.startsWith('name:'))) ambiguous.add(a);
      for (const k of keys) (keysOf.get(a) ?? keysOf.set(a, new Set()).get(a)!).add(k);
    }
  }
  for (const [a, keys] of keysOf) {
    if (ambiguous.has(a) || keys.size < 2) continue;
    const [first, ...rest] = [...keys];
    for (const k of rest) union.union(first, k);
  }
}

/**
 * "Fred Hale", "Frederick Hale" and "Frederick John Hale" in one story: a person's name joins
 * the one longer form with the same surname whose given name it begins (a short form, at least
 * three letters) and whose other names it keeps.
 */
function joinGivenNameVariants(tokens: Map<string, string[]>, persons: Set<string>, notLonger: Set<string>, union: KeyUnion): void {
  const people = [...tokens].filter(([k, t]) => persons.has(k) && !notLonger.has(k) && t.length >= 2);
  const bySurname = new Map<string, [string, string[]][]>();
  for (const p of people) {
    const last = p[1][p[1].length - 1];
    (bySurname.get(last) ?? bySurname.set(last, []).get(last)!).push(p);
  }
  for (const group of bySurname.values()) {
    if (group.length < 2) continue;
    // Longest first, so that a short form finds the longer ones already joined.
    group.sort((a, b) => b[1].length - a[1].length || b[1][0].length - a[1][0].length || (a[0] < b[0] ? -1 : 1));
    for (const [k, t] of group) {
      // A short form is a clipped given name ("Fred", "Dan", "Chris"): three to five letters.
      // Longer given names that begin another ("Daniel", "Danielle") are different names.
      const clipped = (o: string[]): boolean => o[0] === t[0] || (t[0].length >= 3 && t[0].length <= 5 && o[0].startsWith(t[0]));
      const longer = group.filter(([o, ot]) => o !== k && ot.length >= t.length && clipped(ot) && t.slice(1, -1).every((w) => ot.includes(w)) && (ot.length > t.length || ot[0].length > t[0].length));
      const roots = new Set(longer.map(([o]) => union.find(o)));
      if (roots.size === 1) union.union([...roots][0], k);
    }
  }
}

/** Lowercase particles inside people's names ("Luis de Guindos", "Ursula von der Leyen"). */
const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'du', 'des', 'la', 'le', 'ter', 'ten', 'bin', 'al', 'dos', 'das']);

function typeIsPerson(counts: Map<EntityType, number> | undefined): boolean {
  if (!counts) return false;
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return top?.[0] === 'person';
}

export interface EntityTable {
  entities: Entity[];
  entityOfMention: Map<string, (string | undefined)[]>;
  /** Entity id by resolved link key. */
  idOfKey: Map<string, string>;
  /** Display name by resolved link key. */
  nameOfKey: Map<string, string>;
}

/**
 * The corpus's entities, one per linked key. `packed`: each entity's `mentions` is made when read,
 * from a packed store (mentionRefs.ts), and not kept — for a one-off comparison, whose entities are
 * written out or reported once; otherwise the lists are plain arrays.
 */
export function buildEntities(docs: DocumentAnalysis[], keysOf: (d: DocumentAnalysis) => MentionKey[], union: KeyUnion, packed = false): EntityTable {
  // The linked key of every mention, and how many each key has, so that each entity's references
  // are stored together in one pass over the mentions.
  const listOf = new Map<string, number>();
  const keyOfList: string[] = [];
  const sizes: number[] = [];
  /** By document, where its mentions' list numbers begin in `listOfMention`. */
  const firstMention = new Int32Array(docs.length + 1);
  docs.forEach((d, doc) => (firstMention[doc + 1] = firstMention[doc] + keysOf(d).length));
  const listOfMention = new Int32Array(firstMention[docs.length]);
  docs.forEach((d, doc) =>
    keysOf(d).forEach((k, i) => {
      const key = union.find(k.key);
      let list = listOf.get(key);
      if (list === undefined) {
        listOf.set(key, (list = sizes.length));
        keyOfList.push(key);
        sizes.push(0);
      }
      sizes[list]++;
      listOfMention[firstMention[doc] + i] = list;
    }),
  );
  const refs = new MentionRefs(docs, sizes);
  const lemmas = new Map<string, Map<string, number>>();
  const types = new Map<string, Map<EntityType, number>>();
  const roles = new Map<string, Set<string>>();
  docs.forEach((d, doc) => {
    d.mentions.forEach((m, i) => {
      const list = listOfMention[firstMention[doc] + i];
      const key = keyOfList[list];
      refs.add(list, doc, i, m);
      if (m.form === 'name' || m.form === 'acronym') {
        const names = lemmas.get(key) ?? lemmas.set(key, new Map()).get(key)!;
        const alias = m.form === 'acronym' ? m.text.replace(/['’]s$/, '') : m.lemma || m.text;
        names.set(alias, (names.get(alias) ?? 0) + 1);
      }
      const t = types.get(key) ?? types.set(key, new Map()).get(key)!;
      if (m.form !== 'adjective') t.set(m.type, (t.get(m.type) ?? 0) + 1);
      if (m.role) (roles.get(key) ?? roles.set(key, new Set()).get(key)!).add(m.role);
    });
  });
  const entities: Entity[] = [];
  // One array per document, not a key per mention: at 10,000 articles a "path#index" key per
  // mention was ~30 MB of strings and map entries. Sized by the keys (one per mention), which are
  // at hand: asking a lazy analysis for its mentions parses its stored parts again.
  const entityOfMention = new Map<string, (string | undefined)[]>(docs.map((d) => [d.path, new Array<string | undefined>(keysOf(d).length).fill(undefined)]));
  const idOfKey = new Map<string, string>();
  const nameOfKey = new Map<string, string>();
  for (const [key, list] of listOf) {
    const id = `e${entities.length + 1}`;
    const gz = key.startsWith('gz:') ? key.slice(3) : undefined;
    const entry = gz ? gazetteerEntry(gz) : undefined;
    const names = [...(lemmas.get(key) ?? new Map<string, number>()).entries()];
    // The most used name.
    names.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    // For a person, the longest full name ending in the most used one ("Vladimir Putin" for
    // "Putin"): two to four words opening with a known given name, no title, role or second name
    // in it, and no phrase the reader took whole ("iPlayer de Acme", "X Nova di Acme"); a
    // particle after the given name is fine ("Luis de Guindos").
    if (typeIsPerson(types.get(key)) && names.length > 1) {
      const tail = names[0][0].split(' ');
      const full = names.filter(([n]) => {
        const w = n.split(' ');
        if (w.length <= tail.length || w.length > 4 || !tail.every((t, i) => w[w.length - tail.length + i] === t)) return false;
        if (hasRoleWord(n) || isCoordinatedPhrase(n) || !w.every((x) => /^\p{Lu}/u.test(x) || PARTICLES.has(x))) return false;
        // A known given name first: "Italiaanse Ventura" or "Autofabrikant Brandt" is no full name.
        if (!GIVEN_NAMES.has(w[0])) return false;
        const particle = w.findIndex((x) => PARTICLES.has(x));
        return particle === -1 || (particle === 1 && !PARTICLES.has(w[w.length - 1]));
      });
      full.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      if (full.length) names.unshift(full[0]);
    }
    const name = (gz ? canonicalName(gz, 'en') : undefined) ?? names[0]?.[0] ?? refs.firstText(list);
    const typeCounts = [...(types.get(key) ?? new Map<EntityType, number>()).entries()].sort((a, b) => b[1] - a[1]);
    const type: EntityType = entry?.type ?? typeCounts[0]?.[0] ?? 'other';
    const aliases = names.map(([n]) => n).filter((n) => n !== name);
    const fields = { id, name, type, aliases, roles: [...(roles.get(key) ?? [])] };
    const entity: Entity = packed ? refs.entity(fields, list) : { ...fields, mentions: refs.list(list) };
    if (gz) entity.gazetteerId = gz;
    entities.push(entity);
    idOfKey.set(key, id);
    nameOfKey.set(key, name);
    refs.forEach(list, (doc, index) => (entityOfMention.get(docs[doc].path)![index] = id));
  }
  return { entities, entityOfMention, idOfKey, nameOfKey };
}
