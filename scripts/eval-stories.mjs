// Story-grouping and conflict counts of a `newslens check --format json` result on a corpus with
// known stories. Usage:
//   node bin/newslens check ../shared/data/ecbplus --format json --fail-on none > /tmp/ecb.json
//   node scripts/eval-stories.mjs /tmp/ecb.json [--gold folder|docid] [--by-topic]
// Gold stories:
//   folder (default): each folder is one story (ECB+: each half-topic folder `<T>_ecb` /
//     `<T>_ecbplus` is one event; the repository's fixtures: one folder, one story).
//   docid: each article is one story across its translations — the leading id of the file name
//     within its folder (MEANTIME: `<topic>/<id>_<title>_<lang>.txt`).
// Prints pairwise story precision/recall over document pairs, and conflicts by type, with how
// many link documents of different gold stories; pairs of documents in different languages are
// counted apart when the result gives languages (the translations of one article must meet).
// --by-topic adds one line per topic (ECB+: `<T>` of the folder; otherwise the folder).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--gold');
const goldRule = args.includes('--gold') ? args[args.indexOf('--gold') + 1] : 'folder';
const byTopic = args.includes('--by-topic');
if (!file || !['folder', 'docid'].includes(goldRule)) {
  console.error('usage: node scripts/eval-stories.mjs result.json [--gold folder|docid] [--by-topic]');
  process.exit(2);
}

const result = JSON.parse(readFileSync(file, 'utf8'));
const parts = (path) => path.split(/[\\/]/);
const folder = (path) => parts(path).slice(-2)[0];
const gold = (path) => (goldRule === 'docid' ? `${folder(path)}/${parts(path).at(-1).split('_')[0]}` : folder(path));
const topic = (path) => (/^\d+_ecb(plus)?$/.test(folder(path)) ? folder(path).split('_')[0] : folder(path));
const docs = result.documents;
const language = (d) => d.language ?? d.lang;

const counts = () => ({ tp: 0, fp: 0, fn: 0, cross: 0, conflicts: 0 });
const all = counts();
const crossLang = counts();
const topics = new Map();
const at = (t) => topics.get(t) ?? topics.set(t, counts()).get(t);
for (let i = 0; i < docs.length; i++) {
  for (let j = i + 1; j < docs.length; j++) {
    const same = gold(docs[i].path) === gold(docs[j].path);
    const grouped = docs[i].story === docs[j].story;
    const kind = same && grouped ? 'tp' : grouped ? 'fp' : same ? 'fn' : undefined;
    if (!kind) continue;
    all[kind]++;
    if (language(docs[i]) && language(docs[i]) !== language(docs[j])) crossLang[kind]++;
    // A wrong join is charged to both topics when it crosses topics.
    const ti = topic(docs[i].path);
    const tj = topic(docs[j].path);
    at(ti)[kind]++;
    if (tj !== ti) at(tj)[kind]++;
  }
}
const prf = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F ${((2 * p * r) / (p + r || 1)).toFixed(3)}`;
};
console.log(`gold ${goldRule}; documents ${docs.length}, stories ${result.stories.length}; pairs tp ${all.tp} fp ${all.fp} fn ${all.fn}; ${prf(all)}`);
if (crossLang.tp + crossLang.fp + crossLang.fn) console.log(`  across languages: tp ${crossLang.tp} fp ${crossLang.fp} fn ${crossLang.fn}; ${prf(crossLang)}`);
const byType = {};
let cross = 0;
for (const f of result.findings) {
  if (f.kind !== 'conflict') continue;
  byType[f.type] = (byType[f.type] ?? 0) + 1;
  const t = at(topic(f.primary.path));
  t.conflicts++;
  if (f.related.some((x) => gold(x.path) !== gold(f.primary.path))) {
    cross++;
    t.cross++;
  }
}
const total = Object.values(byType).reduce((a, b) => a + b, 0);
console.log(`conflicts ${total} ${JSON.stringify(byType)}; between different gold stories ${cross}`);
if (byTopic) {
  const sorted = [...topics.entries()].sort(([a], [b]) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : a < b ? -1 : 1));
  for (const [t, c] of sorted) console.log(`  ${t.padEnd(8)} tp ${String(c.tp).padStart(5)} fp ${String(c.fp).padStart(4)} fn ${String(c.fn).padStart(4)}  ${prf(c)}  conflicts ${c.conflicts} cross ${c.cross}`);
}
