// Lookup API over the engine's data (gazetteer, country adjectives, government bodies, lexicons),
// shared by the reading and comparing layers.
export { lookupGazetteer, gazetteerEntry, canonicalName, countryOfAdjective, countryAdjectives, normalizeName, type GazetteerEntry } from './gazetteer';
export { GOVERNMENT_BODIES, type GovernmentBodyType } from './governmentBodies';
export { DATA_LANGUAGES, type DataLanguage } from './entryTypes';
