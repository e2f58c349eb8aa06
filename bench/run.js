#!/usr/bin/env node
// `npm run bench` entry: loads the bundled harness (bench/main.ts -> out/bench/main.js, built by
// scripts/build.mjs) and passes the command-line flags through.
'use strict';
const path = require('path');
const bundle = path.join(__dirname, '..', 'out', 'bench', 'main.js');
let harness;
try {
  harness = require(bundle);
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('main.js')) {
    process.stderr.write('bench: ' + bundle + ' is missing; run `npm run build` first.\n');
    process.exit(2);
  }
  throw e;
}
harness.main(process.argv.slice(2)).then(
  () => process.exit(0),
  (e) => {
    process.stderr.write('bench: ' + (e && e.stack ? e.stack : e) + '\n');
    process.exit(1);
  },
);
