// Government bodies by type. A mention of one ("the Russian foreign ministry", "Ruslands
// forsvarsministerium") becomes the id `gov:<country>:<type>` once the country is known from an
// adjective, a genitive or an "of <country>" phrase. Words are the common press terms in each
// language (curated by hand; Danish/Norwegian/Swedish compounds in definite and indefinite form).
import type { DataLanguage } from './entryTypes';

export interface GovernmentBodyType {
  /** Type key used in ids: gov:RU:foreign-ministry. */
  key: string;
  /** English canonical description. */
  label: string;
  type: 'organization';
  /** Lowercase phrases per language; matched as whole token sequences, case-insensitively. */
  phrases: Partial<Record<DataLanguage, string[]>>;
}

export const GOVERNMENT_BODIES: GovernmentBodyType[] = [
  { key: 'foreign-ministry', label: 'foreign ministry', type: 'organization', phrases: {
    en: ['foreign ministry', 'ministry of foreign affairs', 'foreign affairs ministry', 'foreign office', 'state department', 'department of state'],
    da: ['udenrigsministerium', 'udenrigsministeriet', 'udenrigsministeriets'], no: ['utenriksdepartementet', 'utenriksdepartement'], sv: ['utrikesdepartementet', 'utrikesministeriet'],
    de: ['auswärtiges amt', 'auswärtige amt', 'außenministerium'], nl: ['ministerie van buitenlandse zaken'], es: ['ministerio de asuntos exteriores', 'ministerio de relaciones exteriores', 'cancillería'],
    fr: ['ministère des affaires étrangères'], it: ['ministero degli esteri', 'ministero degli affari esteri', 'farnesina'] } },
  { key: 'defence-ministry', label: 'defence ministry', type: 'organization', phrases: {
    en: ['defence ministry', 'defense ministry', 'ministry of defence', 'ministry of defense', 'defense department', 'department of defense', 'pentagon'],
    da: ['forsvarsministerium', 'forsvarsministeriet', 'forsvarsministeriets'], no: ['forsvarsdepartementet'], sv: ['försvarsdepartementet', 'försvarsministeriet'],
    de: ['verteidigungsministerium'], nl: ['ministerie van defensie'], es: ['ministerio de defensa'], fr: ['ministère de la défense', 'ministère des armées'], it: ['ministero della difesa'] } },
  { key: 'interior-ministry', label: 'interior ministry', type: 'organization', phrases: {
    en: ['interior ministry', 'ministry of the interior', 'ministry of interior', 'home office'], da: ['indenrigsministerium', 'indenrigsministeriet'],
    de: ['innenministerium'], sv: ['inrikesdepartementet'], no: ['innenriksdepartementet'], nl: ['ministerie van binnenlandse zaken'], es: ['ministerio del interior'], fr: ["ministère de l'intérieur"], it: ["ministero dell'interno"] } },
  { key: 'justice-ministry', label: 'justice ministry', type: 'organization', phrases: {
    en: ['justice ministry', 'ministry of justice', 'justice department', 'department of justice'], da: ['justitsministerium', 'justitsministeriet'],
    de: ['justizministerium'], sv: ['justitiedepartementet'], no: ['justisdepartementet'], nl: ['ministerie van justitie'], es: ['ministerio de justicia'], fr: ['ministère de la justice'], it: ['ministero della giustizia'] } },
  { key: 'finance-ministry', label: 'finance ministry', type: 'organization', phrases: {
    en: ['finance ministry', 'ministry of finance', 'treasury department'], da: ['finansministerium', 'finansministeriet'],
    de: ['finanzministerium'], sv: ['finansdepartementet'], no: ['finansdepartementet'], nl: ['ministerie van financiën'], es: ['ministerio de hacienda', 'ministerio de finanzas'], fr: ['ministère des finances'], it: ["ministero dell'economia"] } },
  { key: 'health-ministry', label: 'health ministry', type: 'organization', phrases: {
    en: ['health ministry', 'ministry of health'], da: ['sundhedsministerium', 'sundhedsministeriet'], de: ['gesundheitsministerium'], sv: ['socialdepartementet'],
    no: ['helsedepartementet'], nl: ['ministerie van volksgezondheid'], es: ['ministerio de sanidad'], fr: ['ministère de la santé'], it: ['ministero della salute'] } },
  { key: 'parliament', label: 'parliament', type: 'organization', phrases: {
    en: ['parliament'], da: ['parlament', 'parlamentet'], de: ['parlament'], sv: ['parlamentet', 'riksdagen'], no: ['parlamentet', 'stortinget'], nl: ['parlement'], es: ['parlamento'], fr: ['parlement'], it: ['parlamento'] } },
  { key: 'government', label: 'government', type: 'organization', phrases: {
    en: ['government'], da: ['regering', 'regeringen'], de: ['regierung'], sv: ['regeringen'], no: ['regjeringen'], nl: ['regering'], es: ['gobierno'], fr: ['gouvernement'], it: ['governo'] } },
  { key: 'police', label: 'police', type: 'organization', phrases: {
    en: ['police'], da: ['politi', 'politiet'], de: ['polizei'], sv: ['polisen'], no: ['politiet'], nl: ['politie'], es: ['policía'], fr: ['police'], it: ['polizia'] } },
  { key: 'army', label: 'army', type: 'organization', phrases: {
    en: ['army', 'armed forces'], da: ['hær', 'hæren', 'forsvaret'], de: ['armee', 'streitkräfte'], sv: ['armén'], no: ['hæren'], nl: ['leger'], es: ['ejército'], fr: ['armée'], it: ['esercito'] } },
];

/** Words that refer back to the latest government body of a kind ("the ministry", "ministeriet"). */
export const BODY_ANAPHORA: Record<string, string[]> = {
  ministry: ['ministry', 'ministeriet', 'ministeriets', 'ministerium', 'departementet', 'ministère', 'ministero', 'ministerio', 'ministerie'],
};
