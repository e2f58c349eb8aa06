#!/usr/bin/env node
// `npm run fuzz` entry: loads the bundled fuzzer (test/fuzz/main.ts -> out/test/fuzz/main.js, built
// with the tests by scripts/build.mjs) and passes the flags through. Exit 1 when an input fails.
'use strict';
const path = require('path');
const bundle = path.join(__dirname, '..', '..', 'out', 'test', 'fuzz', 'main.js');
let fuzzer;
try {
  fuzzer = require(bundle);
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('main.js')) {
    process.stderr.write('fuzz: ' + bundle + ' is missing; run `npm run build` first.\n');
    process.exit(2);
  }
  throw e;
}
fuzzer.main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write('fuzz: ' + (e && e.stack ? e.stack : e) + '\n');
    process.exit(2);
  },
);
