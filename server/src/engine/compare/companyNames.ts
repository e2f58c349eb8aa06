// Business descriptor words in company names: "Acme Computer" and "Brandt Motor Company" are what
// the press later calls "Acme" and "Brandt"; "Gruppo Ventura" / "Grupo Ventura" is "Ventura".
// Unlike legal-form suffixes (dropped from every name key), a descriptor is dropped only where the
// short name itself occurs in the story, because "General Dynamics" is never "General".
// Source: common industry words of company names in English (the words of the SEC's company-name
// conformance list for corporate designators plus industry nouns) and the group words of da/de/es/
// fr/it/nl/sv; curated by hand.

/** Words that follow a company's proper name and describe its trade or structure (folded, lowercase). */
export const TRAILING_DESCRIPTORS = new Set([
  'computer', 'computers', 'motor', 'motors', 'automotive', 'automobiles',
  'company', 'companies', 'corporation', 'corp', 'co', 'inc', 'group', 'groep', 'gruppe', 'koncern', 'koncernen',
  'holding', 'holdings', 'industries', 'enterprises', 'systems', 'technologies', 'technology',
  'electronics', 'airlines', 'pharmaceuticals', 'pharma', 'entertainment', 'communications',
  'networks', 'software', 'brands', 'foods',
]);

/** Group words that precede a company's name in Romance languages ("Gruppo Ventura", "Groupe Durand"). */
export const LEADING_DESCRIPTORS = new Set(['gruppo', 'grupo', 'groupe', 'compania', 'compagnie', 'compagnia', 'societe', 'societa', 'sociedad']);

/**
 * The name a company key is shortened to by dropping its descriptors ("acme computer" → "acme",
 * "gruppo ventura" → "ventura"), or undefined when it has none or nothing would be left.
 */
export function companyCore(tokens: string[]): string[] | undefined {
  let start = 0;
  let end = tokens.length;
  while (start < end - 1 && LEADING_DESCRIPTORS.has(tokens[start])) start++;
  while (end > start + 1 && TRAILING_DESCRIPTORS.has(tokens[end - 1])) end--;
  if (start === 0 && end === tokens.length) return undefined;
  return tokens.slice(start, end);
}
