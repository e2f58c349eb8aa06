// Common words of institution names, translated to one English key, so that names the gazetteer
// does not know still link across languages ("Ministerium für Gesundheit" ~ "ministry of health"
// only where every other word also matches). Also the function words dropped from name keys.
// Source: the official multilingual names of EU institutions and bodies (EU Interinstitutional
// Style Guide, IATE terminology base) for the head words; standard grammars for the articles and
// prepositions; the ISO 20275 Entity Legal Forms code list for company legal forms. See README.md
// in this folder.

export const INSTITUTION_WORDS: Record<string, string> = {
  // ministry
  ministerium: 'ministry', ministeriet: 'ministry', ministère: 'ministry', ministerio: 'ministry', ministero: 'ministry', ministerie: 'ministry', departementet: 'ministry', ministeriums: 'ministry',
  // council / board
  råd: 'council', rådet: 'council', rat: 'council', raad: 'council', consejo: 'council', conseil: 'council', consiglio: 'council',
  // court
  domstol: 'court', domstolen: 'court', gericht: 'court', gerichtshof: 'court', hof: 'court', tribunal: 'court', cour: 'court', corte: 'court',
  // committee / commission
  udvalg: 'committee', udvalget: 'committee', ausschuss: 'committee', utskottet: 'committee', comité: 'committee', comitato: 'committee', commissie: 'commission', kommission: 'commission', kommissionen: 'commission', comisión: 'commission', commissione: 'commission',
  // party / union / association
  parti: 'party', partiet: 'party', partei: 'party', partij: 'party', partido: 'party', partito: 'party',
  union: 'union', unionen: 'union', unión: 'union', unie: 'union', unione: 'union',
  forbund: 'federation', forbundet: 'federation', verband: 'federation', förbundet: 'federation', bond: 'federation', federación: 'federation', fédération: 'federation',
  forening: 'association', foreningen: 'association', verein: 'association', vereniging: 'association', asociación: 'association',
  // university / bank / agency / police / army / government / parliament
  universitet: 'university', universitetet: 'university', universität: 'university', universiteit: 'university', universidad: 'university', université: 'university', università: 'university',
  bank: 'bank', banken: 'bank', banco: 'bank', banque: 'bank', banca: 'bank',
  styrelse: 'agency', styrelsen: 'agency', behörde: 'agency', myndigheten: 'agency', agentschap: 'agency', agencia: 'agency', agence: 'agency', agenzia: 'agency',
  politi: 'police', politiet: 'police', polizei: 'police', polisen: 'police', politie: 'police', policía: 'police', polizia: 'police',
  regering: 'government', regeringen: 'government', regierung: 'government', regjeringen: 'government', gobierno: 'government', gouvernement: 'government', governo: 'government',
  parlament: 'parliament', parlamentet: 'parliament', parlement: 'parliament', parlamento: 'parliament',
  // common adjectives of institution names
  europæiske: 'european', europæisk: 'european', europäische: 'european', europäischen: 'european', europäischer: 'european', europeiska: 'european', europeiske: 'european', europese: 'european', europees: 'european', europeo: 'european', europea: 'european', européen: 'european', européenne: 'european',
  internationale: 'international', internationaler: 'international', internationella: 'international', internasjonale: 'international', internacional: 'international', internazionale: 'international',
  nationale: 'national', nationaler: 'national', nacional: 'national', nazionale: 'national',
  forenede: 'united', vereinte: 'united', förenta: 'united', verenigde: 'united', unidas: 'united', unies: 'united', unite: 'united',
  // people's representatives
  forsamling: 'assembly', forsamlingen: 'assembly', versammlung: 'assembly', församlingen: 'assembly', vergadering: 'assembly', asamblea: 'assembly', assemblée: 'assembly', assemblea: 'assembly',
};

/** Articles and prepositions that do not distinguish one institution from another. */
export const NAME_FUNCTION_WORDS = new Set([
  'the', 'of', 'for', 'and', 'den', 'det', 'de', 'for', 'og', 'af', 'der', 'die', 'das', 'des', 'für', 'und', 'för', 'och', 'het', 'van', 'voor', 'en', 'la', 'el', 'los', 'las', 'le', 'les', 'du', 'del', 'della', 'di', 'y', 'et', 'e', "l'", "d'",
]);

/**
 * Legal-form and group words at the end of company names ("Apple Inc." = "Apple", "NPD Group" =
 * "NPD"); from the ISO 20275 Entity Legal Forms list (common abbreviations) plus "group"/"holding".
 */
export const COMPANY_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'lp', 'llp',
  'group', 'holding', 'holdings', 'ag', 'gmbh', 'kg', 'sa', 'sas', 'sarl', 'spa', 'srl', 'nv', 'bv', 'ab', 'asa', 'as', 'aps', 'a s', 'oyj', 'oy', 'se',
]);
