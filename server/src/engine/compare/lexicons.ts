// The comparing layer's lexicons compiled per language, once.
import { EVENT_CONCEPTS, type ConceptLanguage, type EventConcept } from '../lexicon/eventConcepts';
import { CONDITIONALS, DETACHING_PREPOSITIONS, DETERMINERS, PARTITIVES, FIRST_EVER, NEXT_OCCASION, LOWER_BOUNDS, NEGATIONS, OCCURRENCE_NOUNS, PRECEDENT_CUES, REPEAT_ORDINALS, UPDATE_CUES, UPPER_BOUNDS } from '../lexicon/claimMarkers';
import { MEASURES, type Measure } from '../lexicon/measureNouns';
import { PatternSet } from './patterns';

export type Marker = 'negation' | 'first-ever' | 'precedent' | 'conditional' | 'update' | 'lower-bound' | 'upper-bound' | 'next';

export interface CompiledLexicon {
  concepts: PatternSet<EventConcept>;
  markers: PatternSet<Marker>;
  /** What a figure counts or measures ("passengers", "deposit rate"). */
  measures: PatternSet<Measure>;
  occurrenceNouns: Set<string>;
  /** Ordinal words of "second time" → 2, ...: a Map, as it is asked about every word of every sentence. */
  repeatOrdinals: Map<string, number>;
  /** Prepositions whose complement a negation before them does not reach. */
  detachingPrepositions: Set<string>;
  determiners: Set<string>;
  /** "of the" in "14 of the 35 seats", as space-joined lowercase words. */
  partitives: Set<string>;
}

const LANGUAGES: ConceptLanguage[] = ['da', 'en', 'no', 'de', 'sv', 'nl', 'es', 'fr'];
const cache = new Map<string, CompiledLexicon>();

/** The lexicon for a language; unknown languages ("und", "it") fall back to English. */
export function lexiconFor(language: string): CompiledLexicon {
  const lang = (LANGUAGES as string[]).includes(language) ? (language as ConceptLanguage) : 'en';
  let compiled = cache.get(lang);
  if (compiled) return compiled;
  const concepts = new PatternSet<EventConcept>();
  for (const c of EVENT_CONCEPTS) for (const f of c.forms[lang] ?? []) concepts.add(f, c);
  const markers = new PatternSet<Marker>();
  const addAll = (list: string[] | undefined, m: Marker) => list?.forEach((p) => markers.add(p, m));
  addAll(NEGATIONS[lang], 'negation');
  addAll(FIRST_EVER[lang], 'first-ever');
  addAll(PRECEDENT_CUES[lang], 'precedent');
  addAll(CONDITIONALS[lang], 'conditional');
  addAll(UPDATE_CUES[lang], 'update');
  addAll(LOWER_BOUNDS[lang], 'lower-bound');
  addAll(UPPER_BOUNDS[lang], 'upper-bound');
  addAll(NEXT_OCCASION[lang], 'next');
  const measures = new PatternSet<Measure>();
  for (const m of MEASURES) for (const f of m.forms[lang] ?? []) measures.add(f, m);
  compiled = { concepts, markers, measures, occurrenceNouns: new Set(OCCURRENCE_NOUNS[lang] ?? []), repeatOrdinals: new Map(Object.entries(REPEAT_ORDINALS[lang] ?? {})), detachingPrepositions: new Set(DETACHING_PREPOSITIONS[lang] ?? []), determiners: new Set(DETERMINERS[lang] ?? []), partitives: new Set(PARTITIVES[lang] ?? []) };
  cache.set(lang, compiled);
  return compiled;
}

export const CONCEPT_BY_ID = new Map(EVENT_CONCEPTS.map((c) => [c.id, c]));
