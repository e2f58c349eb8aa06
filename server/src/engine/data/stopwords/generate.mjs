// Regenerates stopwords.json (the data languages only) from the installed npm package stopwords-iso:
//   node server/src/engine/data/stopwords/generate.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const all = JSON.parse(readFileSync(require.resolve('stopwords-iso/stopwords-iso.json'), 'utf8'));
const LANGS = { da: 'da', en: 'en', de: 'de', sv: 'sv', no: 'no', nl: 'nl', es: 'es', fr: 'fr', it: 'it' };
// stopwords-iso lists hold a few brand and agency names (web-search stop lists); they are names in
// news ("Microsoft released a patch", "l'agenzia ANSA") and must not be read as function words.
const NOT_STOPWORDS = { en: ['microsoft', 'netscape', 'msie'], it: ['ansa'] };
const out = { source: 'npm stopwords-iso (https://github.com/stopwords-iso)', languages: {} };
for (const [lang, iso] of Object.entries(LANGS)) out.languages[lang] = [...new Set((all[iso] ?? []).map((w) => w.toLowerCase()))].filter((w) => !(NOT_STOPWORDS[lang] ?? []).includes(w)).sort();
writeFileSync(new URL('./stopwords.json', import.meta.url), JSON.stringify(out));
console.error('wrote stopwords.json');
