// Languages written as the national language of essentially one state, by ISO 639-1 code → ISO
// 3166 alpha-2 code. A newspaper in such a language that names a ministry without a country
// ("Udenrigsministeriet", "Utrikesdepartementet") means its own country's ministry, as the
// national press does. Languages official in several states (en, de, fr, es, nl, pt, ar, ...) are
// left out on purpose: their bare ministries stay without a country. So is Italian, though
// official in one large state: its country adjectives follow the noun ("il Ministero degli Esteri
// russo") and the comparing layer does not read them there.
// Source: Unicode CLDR supplemental territoryInfo (languages with official status), keeping the
// languages official in one sovereign state only (Swedish is co-official in Finland but written
// there by a minority) — judged by hand, unverified beyond CLDR.
export const NATIONAL_LANGUAGE_COUNTRY: Readonly<Record<string, string>> = {
  da: 'DK',
  sv: 'SE',
  no: 'NO',
  nb: 'NO',
  nn: 'NO',
  fi: 'FI',
  is: 'IS',
  pl: 'PL',
  cs: 'CZ',
  sk: 'SK',
  hu: 'HU',
  et: 'EE',
  lv: 'LV',
  lt: 'LT',
  sl: 'SI',
  hr: 'HR',
  bg: 'BG',
  uk: 'UA',
  ja: 'JP',
};
