// British and American spellings of words common in names ("Harbour Arts Centre" = "Harbor Arts
// Center", "Labour Party" = "Labor Party" when written by a US wire): folded to one spelling in name
// keys. Source: the -re/-er, -our/-or, -ence/-ense and -isation/-ization pairs of the Oxford and
// Merriam-Webster dictionaries, restricted to words that occur in institution names.
export const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['centre', 'center'], ['centres', 'centers'], ['theatre', 'theater'], ['metre', 'meter'],
  ['labour', 'labor'], ['harbour', 'harbor'], ['defence', 'defense'], ['licence', 'license'],
  ['organisation', 'organization'], ['organisations', 'organizations'], ['programme', 'program'],
]);
