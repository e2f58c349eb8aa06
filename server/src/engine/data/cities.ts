// City names for typing one-word names as places: CLDR's exemplar city of every time zone
// ("Europe/Athens", "America/Los_Angeles") and their localised names ("Athen", "Atenas"),
// extracted into cldr.json by cldr/generate.mjs. About a thousand names, mostly large cities.
import cldr from './cldr/cldr.json';

export const CITY_NAMES: ReadonlySet<string> = new Set((cldr as unknown as { cities?: string[] }).cities ?? []);
