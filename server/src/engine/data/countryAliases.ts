// Country names that CLDR does not list but the press uses (long official forms, short press
// forms, abbreviations). Curated by hand; CLDR supplies every other country name in every language.
import type { DataLanguage } from './entryTypes';

export const COUNTRY_ALIASES: Record<string, Partial<Record<DataLanguage, string[]>>> = {
  RU: { en: ['Russian Federation'], da: ['Den Russiske Føderation'], de: ['Russische Föderation'], sv: ['Ryska federationen'], no: ['Den russiske føderasjon'], nl: ['Russische Federatie'], es: ['Federación Rusa', 'Federación de Rusia'], fr: ['Fédération de Russie'], it: ['Federazione Russa'] },
  US: { en: ['United States of America', 'America', 'U.S.', 'US', 'USA', 'U.S.A.'], da: ['USA', 'Amerika'], de: ['USA', 'Amerika'], sv: ['USA', 'Amerika'], no: ['USA', 'Amerika'], nl: ['VS', 'Amerika'], es: ['EE.UU.', 'EEUU'], fr: ['É.-U.'], it: ['USA', 'America'] },
  GB: { en: ['Britain', 'Great Britain', 'UK', 'U.K.'], da: ['Storbritannien', 'England'], de: ['Großbritannien'], sv: ['Storbritannien'], no: ['Storbritannia'], nl: ['Groot-Brittannië'], es: ['Gran Bretaña'], fr: ['Grande-Bretagne'], it: ['Gran Bretagna'] },
  NL: { en: ['Holland'], da: ['Holland'] },
  CZ: { en: ['Czech Republic'] },
  KR: { en: ['South Korea'] },
  KP: { en: ['North Korea'] },
  CD: { en: ['DR Congo', 'DRC'] },
  AE: { en: ['UAE'] },
  PS: { en: ['Palestine', 'Palestinian territories'] },
  VA: { en: ['Vatican'] },
};
