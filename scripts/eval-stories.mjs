// Story-grouping and conflict counts of a `newslens check --format json` result on a corpus whose
// gold stories are its folders (ECB+: each half-topic folder `<T>_ecb` / `<T>_ecbplus` is one
// event). Usage:
//   node bin/newslens check ../shared/data/ecbplus --format json --fail-on none > /tmp/ecb.json
//   node scripts/eval-stories.mjs /tmp/ecb.json
// Prints pairwise story precision/recall over document pairs, and conflicts by type, with how
// many link documents of different gold stories.
import { readFileSync } from 'node:fs';

const result = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const gold = (path) => path.split(/[\\/]/).slice(-2)[0];
const docs = result.documents;
let tp = 0;
let fp = 0;
let fn = 0;
for (let i = 0; i < docs.length; i++) {
  for (let j = i + 1; j < docs.length; j++) {
    const same = gold(docs[i].path) === gold(docs[j].path);
    const grouped = docs[i].story === docs[j].story;
    if (same && grouped) tp++;
    else if (grouped) fp++;
    else if (same) fn++;
  }
}
const p = tp / (tp + fp || 1);
const r = tp / (tp + fn || 1);
console.log(`documents ${docs.length}, stories ${result.stories.length}; pairs tp ${tp} fp ${fp} fn ${fn}; P ${p.toFixed(3)} R ${r.toFixed(3)} F ${((2 * p * r) / (p + r || 1)).toFixed(3)}`);
const byType = {};
let cross = 0;
for (const f of result.findings) {
  if (f.kind !== 'conflict') continue;
  byType[f.type] = (byType[f.type] ?? 0) + 1;
  if (f.related.some((x) => gold(x.path) !== gold(f.primary.path))) cross++;
}
const total = Object.values(byType).reduce((a, b) => a + b, 0);
console.log(`conflicts ${total} ${JSON.stringify(byType)}; between different gold stories ${cross}`);
