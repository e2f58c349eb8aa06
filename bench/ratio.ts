// Focused measure of the analysis ÷ parse ratio (bench metric `engine.N.analysis_over_parse`)
// without the whole bench: bare retext-latin parse, readDocument and compareDocuments over the
// article files of one folder, JIT warmed first, each repeated, medians of CPU time reported.
//   node out/bench/ratio.js DIR [--reps 5] [--no-compare] [--dump FILE] [--dump-compare FILE]
// --dump writes every DocumentAnalysis as JSON, to check that a speed change left the reading
// byte-identical (diff two dumps); --dump-compare writes the comparison of them (CorpusAnalysis
// without its documents, Maps as entry lists).
// Each round compares the documents that round read: compareDocuments keeps derived data per
// document object (sentence facts, link keys, story results), so comparing the same objects again
// would measure its caches, not a comparison (the bench compares freshly read documents once).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import { readDocument } from '../server/src/engine/read/readDocument';
import { compareDocuments } from '../server/src/engine/compare/compareDocuments';

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name.startsWith('.') ? [] : files(full);
    return /\.(txt|md|news)$/.test(name) ? [full] : [];
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main(argv: string[]): void {
  const dir = argv[0];
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const reps = Number(opt('--reps') ?? 5);
  const texts = files(dir).map((f) => [relative(dir, f), readFileSync(f, 'utf8')] as const);
  const dump = opt('--dump');
  if (dump) {
    writeFileSync(dump, texts.map(([f, t]) => JSON.stringify(readDocument(f, t))).join('\n') + '\n');
    return;
  }
  const dumpCompare = opt('--dump-compare');
  if (dumpCompare) {
    const { documents: _, ...corpus } = compareDocuments(texts.map(([f, t]) => readDocument(f, t)));
    const plain = (_k: string, v: unknown): unknown => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v);
    writeFileSync(dumpCompare, Object.entries(corpus).map(([k, v]) => JSON.stringify([k, v], plain)).join('\n') + '\n');
    return;
  }
  const mb = texts.reduce((s, [, t]) => s + Buffer.byteLength(t), 0) / 1e6;
  const parser = unified().use(retextLatin);
  // CPU time of this process: on a shared machine wall time mostly measures the other processes.
  const time = (f: () => void): number => {
    const t0 = process.cpuUsage();
    f();
    const d = process.cpuUsage(t0);
    return (d.user + d.system) / 1000;
  };
  const parse = (): void => { for (const [, t] of texts) parser.parse(t); };
  const read = () => texts.map(([f, t]) => readDocument(f, t));
  // Warm-up: one round of each; the first read is also reported, as the bench measures a cold one
  // (its JIT warm-up, on ten articles, leaves most languages' expressions uncompiled).
  const coldParse = time(parse);
  let docs: ReturnType<typeof read> = [];
  const coldRead = time(() => { docs = read(); });
  const p: number[] = [];
  const r: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < reps; i++) {
    p.push(time(parse));
    r.push(time(() => { docs = read(); }));
    if (!argv.includes('--no-compare')) c.push(time(() => compareDocuments(docs)));
  }
  const pm = median(p);
  const rm = median(r);
  const cm = c.length ? median(c) : 0;
  const f = (x: number): string => x.toFixed(0);
  console.log(`${texts.length} files ${mb.toFixed(2)} MB, ${reps} reps, CPU-time medians: parse ${f(pm)} ms (${(mb / pm * 1000).toFixed(2)} MB/s), read ${f(rm)} ms (${(mb / rm * 1000).toFixed(2)} MB/s), compare ${f(cm)} ms`);
  console.log(`first (cold) round: parse ${f(coldParse)} ms, read ${f(coldRead)} ms, read/parse ${(coldRead / coldParse).toFixed(2)}`);
  console.log(`read/parse ${(rm / pm).toFixed(2)}  (read+compare)/parse ${((rm + cm) / pm).toFixed(2)}  compare share ${(cm / (rm + cm) * 100).toFixed(0)}%  loadavg ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
}

main(process.argv.slice(2));
