// US state names and their abbreviations, for "Wasilla, Alaska" / "Rancho Mirage, Calif." place
// phrases. Names: names/names.json (npm @stdlib/datasets-us-states-names). Abbreviations: the AP
// Stylebook's state abbreviations and the USPS two-letter codes (USPS Publication 28, appendix B),
// typed in by hand; "D.C." added as both lists use it.
import names from './names/names.json';

const AP = ['Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.', 'D.C.'];
const USPS = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC'];

/** Full state names ("New Hampshire"), matched case-sensitively as written. */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(names.usStates);
/** Abbreviations, also without the final period ("Calif" as tokenised before a full stop). */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([...AP, ...AP.map((a) => a.replace(/\.$/, '')), ...USPS]);
/** Longest state name in words. */
export const US_STATE_MAX_WORDS = Math.max(...names.usStates.map((n: string) => n.split(' ').length));
