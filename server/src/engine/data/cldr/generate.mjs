// Regenerates cldr.json (compact per-language CLDR extract) from the installed cldr-* packages:
//   node server/src/engine/data/cldr/generate.mjs
// Only the fields the reader uses are kept, so bundles carry ~60 KB instead of whole locale files.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LOCALES = { da: 'da', en: 'en', de: 'de', sv: 'sv', no: 'nb', nl: 'nl', es: 'es', fr: 'fr', it: 'it' };
const load = (pkg, loc, file) => JSON.parse(readFileSync(require.resolve(`${pkg}/main/${loc}/${file}`), 'utf8')).main[loc];
const out = { source: 'Unicode CLDR via npm cldr-dates-full / cldr-localenames-full', languages: {} };
for (const [lang, loc] of Object.entries(LOCALES)) {
  const terr = load('cldr-localenames-full', loc, 'territories.json').localeDisplayNames.territories;
  const territories = {};
  for (const [key, name] of Object.entries(terr)) {
    const code = key.split('-alt-')[0];
    // Two-letter codes are countries/territories (plus EU, UN, EZ); numeric codes are regions.
    if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ' || code === 'XA' || code === 'XB') continue;
    (territories[code] ??= []).push(name);
  }
  const greg = load('cldr-dates-full', loc, 'ca-gregorian.json').dates.calendars.gregorian;
  const fields = load('cldr-dates-full', loc, 'dateFields.json').dates.fields;
  const uniq = (xs) => [...new Set(xs.map((x) => x.toLowerCase()))];
  const months = [];
  for (let m = 1; m <= 12; m++) {
    months.push(uniq([greg.months.format.wide[m], greg.months['stand-alone'].wide[m], greg.months.format.abbreviated[m], greg.months['stand-alone'].abbreviated[m]]));
  }
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) =>
    uniq([greg.days.format.wide[d], greg.days['stand-alone'].wide[d], greg.days.format.abbreviated[d]]));
  const rel = (f) => Object.fromEntries(Object.entries(fields[f] ?? {}).filter(([k]) => k.startsWith('relative-type-')).map(([k, v]) => [k.slice('relative-type-'.length), v.toLowerCase()]));
  out.languages[lang] = {
    territories,
    months,
    days,
    dayPeriods: Object.fromEntries(Object.entries(greg.dayPeriods.format.wide).map(([k, v]) => [k, v.toLowerCase()])),
    relative: { day: rel('day'), week: rel('week'), month: rel('month'), year: rel('year') },
  };
}
// Cities: CLDR names one exemplar city per time zone ("Europe/Athens", "America/Los_Angeles"),
// localised where the name differs ("Athen", "Atenas"). Used to type one-word names as places.
const cities = new Set();
const walkZones = (o, path) => {
  for (const [k, v] of Object.entries(o)) {
    if (Array.isArray(v)) { if (path.length) cities.add(k.replace(/_/g, ' ')); } else if (v && typeof v === 'object') walkZones(v, [...path, k]);
  }
};
walkZones(JSON.parse(readFileSync(require.resolve('cldr-core/supplemental/metaZones.json'), 'utf8')).supplemental.metaZones.metazoneInfo.timezone, []);
for (const loc of Object.values(LOCALES)) {
  const zones = load('cldr-dates-full', loc, 'timeZoneNames.json').dates.timeZoneNames.zone;
  const walk = (o) => { for (const v of Object.values(o)) if (v && typeof v === 'object') { if (typeof v.exemplarCity === 'string') cities.add(v.exemplarCity); walk(v); } };
  walk(zones);
}
for (const c of [...cities]) if (/^(Unknown|GMT|UTC)|Station$|\d/.test(c)) cities.delete(c);
out.cities = [...cities].sort();
writeFileSync(new URL('./cldr.json', import.meta.url), JSON.stringify(out));
console.error('wrote cldr.json');
