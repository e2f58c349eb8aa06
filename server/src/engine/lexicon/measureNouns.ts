// Measure nouns: what a figure in a news report counts or measures ("31 passengers", "the deposit
// rate ... 1.75 %", "nine people were missing"), as language-neutral ids. Two figures are only
// compared when they measure the same thing; a figure of a different measure never conflicts.
// Sources: general bilingual dictionaries (Den Danske Ordbog, Duden, Svenska Akademiens ordlista,
// Bokmålsordboka, Van Dale, RAE, Larousse) for the forms; the central-bank terms from the ECB's
// official names in each EU language (IATE). No entry exists for one article.
//
// Pattern syntax as in eventConcepts.ts ("stem*", multi-word sequences).
import type { ConceptLanguage } from './eventConcepts';

export interface Measure {
  id: string;
  /**
   * A story has one figure of record for it (the missing, the passengers aboard, a central bank's
   * deposit rate): two sources giving one figure each contradict each other even when their
   * sentences are worded too differently to align.
   */
  record?: boolean;
  forms: Partial<Record<ConceptLanguage, string[]>>;
}

export const MEASURES: Measure[] = [
  { id: 'missing', record: true, forms: {
    en: ['missing', 'unaccounted'],
    da: ['savnes', 'savnet', 'savnede', 'forsvundne'],
    no: ['savnet', 'savnes', 'savnede'],
    de: ['vermisst', 'vermisste', 'vermissten', 'werden vermisst'],
    sv: ['saknas', 'saknade', 'saknad', 'försvunna'],
    nl: ['vermist', 'vermisten', 'vermiste'],
    es: ['desaparecid*'],
    fr: ['disparu', 'disparus', 'disparue', 'disparues'],
  } },
  { id: 'passengers', record: true, forms: {
    en: ['passengers'],
    da: ['passagerer'],
    no: ['passasjerer'],
    de: ['passagiere', 'fahrgäste', 'fluggäste'],
    sv: ['passagerare'],
    nl: ['passagiers'],
    es: ['pasajeros'],
    fr: ['passagers'],
  } },
  { id: 'crew', forms: {
    en: ['crew'],
    da: ['besætning*'],
    no: ['besetning*', 'mannskap*'],
    de: ['besatzung*', 'besatzungsmitglieder'],
    sv: ['besättning*'],
    nl: ['bemanning*', 'bemanningsleden'],
    es: ['tripulantes', 'tripulación'],
    fr: ['équipage*', "membres d'équipage"],
  } },
  // Central-bank rates: each is one figure at a time, so a story has one of record.
  { id: 'deposit-rate', record: true, forms: {
    en: ['deposit rate', 'deposit facility'],
    da: ['indlånsrente*', 'indskudsrente*'],
    no: ['innskuddsrente*'],
    de: ['einlagensatz*', 'einlagenzins*'],
    sv: ['inlåningsränta*', 'inlåningsräntan'],
    nl: ['depositorente'],
    es: ['facilidad de depósito', 'tipo de depósito', 'tasa de depósito'],
    fr: ['taux de dépôt', 'facilité de dépôt'],
  } },
  { id: 'refinancing-rate', record: true, forms: {
    en: ['refinancing rate', 'refi rate'],
    da: ['udlånsrente*', 'refinansieringsrente*'],
    de: ['hauptrefinanzierungssatz*', 'refinanzierungssatz*'],
    sv: ['refiränta*'],
    nl: ['herfinancieringsrente'],
    es: ['tipo de refinanciación', 'operaciones principales de financiación'],
    fr: ['taux de refinancement'],
  } },
  { id: 'inflation', forms: {
    en: ['inflation'],
    da: ['inflation*'],
    no: ['inflasjon*', 'prisvekst*'],
    de: ['inflation*', 'teuerung*'],
    sv: ['inflation*'],
    nl: ['inflatie'],
    es: ['inflación'],
    fr: ['inflation'],
  } },
  { id: 'unemployment', forms: {
    en: ['unemployment', 'jobless rate'],
    da: ['ledighed*', 'arbejdsløshed*'],
    no: ['ledighet*', 'arbeidsledighet*'],
    de: ['arbeitslosenquote*', 'arbeitslosigkeit'],
    sv: ['arbetslöshet*'],
    nl: ['werkloosheid'],
    es: ['paro', 'desempleo'],
    fr: ['chômage'],
  } },
  { id: 'houses', forms: {
    en: ['houses', 'homes', 'buildings'],
    da: ['huse', 'boliger', 'bygninger'],
    no: ['hus', 'boliger', 'bygninger'],
    de: ['häuser', 'wohnungen', 'gebäude'],
    sv: ['hus', 'bostäder', 'byggnader'],
    nl: ['huizen', 'woningen', 'gebouwen'],
    es: ['casas', 'viviendas', 'edificios'],
    fr: ['maisons', 'logements', 'bâtiments'],
  } },
  { id: 'area', forms: {
    en: ['hectares', 'acres', 'square kilometres', 'square kilometers'],
    da: ['hektar', 'kvadratkilometer'],
    no: ['hektar', 'dekar', 'kvadratkilometer'],
    de: ['hektar', 'quadratkilometer'],
    sv: ['hektar', 'kvadratkilometer'],
    nl: ['hectare', 'vierkante kilometer'],
    es: ['hectáreas', 'kilómetros cuadrados'],
    fr: ['hectares', 'kilomètres carrés'],
  } },
  // A workforce ("54,000 employees") and the jobs cut or created ("10,000 jobs") are two measures.
  { id: 'employees', forms: {
    en: ['employees', 'staff', 'workers'],
    da: ['ansatte', 'medarbejdere'],
    no: ['ansatte', 'medarbeidere'],
    de: ['mitarbeiter*', 'beschäftigte*', 'angestellte'],
    sv: ['anställda', 'medarbetare'],
    nl: ['medewerkers', 'werknemers', 'personeelsleden'],
    es: ['empleados', 'trabajadores'],
    fr: ['salariés', 'employés'],
  } },
  { id: 'jobs', forms: {
    en: ['jobs', 'positions'],
    da: ['arbejdspladser', 'stillinger', 'job'],
    no: ['arbeidsplasser', 'stillinger', 'jobber'],
    de: ['arbeitsplätze', 'stellen', 'jobs'],
    sv: ['arbetstillfällen', 'jobb', 'tjänster'],
    nl: ['banen', 'arbeidsplaatsen', 'functies'],
    es: ['empleos', 'puestos de trabajo', 'puestos'],
    fr: ['emplois', 'postes'],
  } },
  { id: 'stores', forms: {
    en: ['stores', 'shops', 'branches', 'outlets'],
    da: ['butikker', 'filialer'],
    no: ['butikker', 'filialer'],
    de: ['filialen', 'geschäfte', 'märkte'],
    sv: ['butiker', 'filialer'],
    nl: ['winkels', 'filialen', 'vestigingen'],
    es: ['tiendas', 'sucursales'],
    fr: ['magasins', 'succursales'],
  } },
  { id: 'soldiers', forms: {
    en: ['soldiers', 'troops'],
    da: ['soldater', 'tropper'],
    no: ['soldater', 'tropper'],
    de: ['soldaten', 'truppen'],
    sv: ['soldater', 'trupper'],
    nl: ['soldaten', 'troepen', 'militairen'],
    es: ['soldados', 'efectivos', 'militares'],
    fr: ['soldats', 'militaires'],
  } },
  { id: 'firefighters', forms: {
    en: ['firefighters', 'firemen'],
    da: ['brandmænd', 'brandfolk'],
    no: ['brannmenn', 'brannfolk'],
    de: ['feuerwehrleute', 'einsatzkräfte'],
    sv: ['brandmän'],
    nl: ['brandweerlieden', 'brandweermannen'],
    es: ['bomberos'],
    fr: ['pompiers'],
  } },
  { id: 'aircraft', forms: {
    en: ['aircraft', 'planes', 'helicopters'],
    da: ['fly', 'helikoptere'],
    no: ['fly', 'helikoptre'],
    de: ['flugzeuge', 'hubschrauber'],
    sv: ['flygplan', 'helikoptrar'],
    nl: ['vliegtuigen', 'helikopters'],
    es: ['aviones', 'medios aéreos', 'helicópteros'],
    fr: ['avions', 'hélicoptères'],
  } },
  { id: 'goals', forms: {
    en: ['goals'],
    da: ['mål'],
    no: ['mål'],
    de: ['tore', 'treffer'],
    sv: ['mål'],
    nl: ['doelpunten', 'goals'],
    es: ['goles'],
    fr: ['buts'],
  } },
  { id: 'votes', forms: {
    en: ['votes'],
    da: ['stemmer'],
    no: ['stemmer'],
    de: ['stimmen'],
    sv: ['röster'],
    nl: ['stemmen'],
    es: ['votos'],
    fr: ['voix', 'suffrages'],
  } },
  { id: 'seats', forms: {
    en: ['seats'],
    da: ['mandater', 'pladser'],
    no: ['mandater', 'seter'],
    de: ['sitze', 'mandate'],
    sv: ['mandat', 'platser'],
    nl: ['zetels'],
    es: ['escaños'],
    fr: ['sièges'],
  } },
  // Outbreaks, poisonings and food recalls report one count of the people fallen ill (updated
  // with "rose to", which the update cues catch).
  { id: 'ill', record: true, forms: {
    en: ['fallen ill', 'fell ill', 'falls ill', 'ill', 'sick', 'sickened', 'infected'],
    da: ['blevet syge', 'blevet syg', 'syge', 'smittede', 'smittet'],
    no: ['blitt syke', 'blitt syk', 'syke', 'smittede', 'smittet'],
    de: ['erkrankt', 'erkrankte', 'erkrankten', 'infiziert', 'infizierte'],
    sv: ['blivit sjuka', 'insjuknat', 'insjuknade', 'sjuka', 'smittade', 'smittats'],
    nl: ['ziek geworden', 'ziek', 'zieken', 'besmet'],
    es: ['enfermado', 'enfermos', 'enfermas', 'infectados', 'intoxicados'],
    fr: ['tombés malades', 'tombées malades', 'malades', 'infectés', 'intoxiqués'],
  } },
];
