// Shapes of the curated data files.
import type { EntityType } from '../types';

/** Languages the curated data carries names for (ISO 639-1; "no" is Norwegian Bokmål). */
export type DataLanguage = 'da' | 'en' | 'de' | 'sv' | 'no' | 'nl' | 'es' | 'fr' | 'it';
export const DATA_LANGUAGES: DataLanguage[] = ['da', 'en', 'de', 'sv', 'no', 'nl', 'es', 'fr', 'it'];

export interface CuratedEntry {
  /** Stable id shared across languages ("org:council-of-europe", "geo:RU", "gov:RU:foreign-ministry"). */
  id: string;
  type: EntityType;
  /** Names per language; the first name of a language is its canonical name there. */
  names: Partial<Record<DataLanguage, string[]>>;
  /** Acronyms, matched case-sensitively in any language. */
  acronyms?: string[];
  /** Wikidata item id, or "unverified" when not checked. */
  wikidata?: string;
}
