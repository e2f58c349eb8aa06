// `npm run eval`: scores the reader's mention detection and the comparing layer's cross-document
// entity linking on the development data (shared/data, rules in its README), measures throughput
// against a bare retext-latin parse, prints a table and writes eval/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDocument } from '../server/src/engine/read/readDocument';
import { bareParse } from '../server/src/engine/read/parse';
import { compareDocuments } from '../server/src/engine/compare/compareDocuments';
import type { DocumentAnalysis, Mention } from '../server/src/engine/types';
import { dataRoot, loadSets, readText, type GoldSet } from './eval/data';
import { add, bcubed, count, mapGoldType, match, pairwise, prf, zero, type Counts, type GoldSpan, type LinkItem, type Span } from './eval/score';
import { isNamedPrediction } from './eval/named';
import { linkErrorReport, type DumpItem } from './eval/linkErrors';
import { mentionKeys } from '../server/src/engine/compare/linkKeys';

interface SetScores {
  docs: number;
  gold: number;
  pred: number;
  exact: Counts;
  overlap: Counts;
  typedExact: Counts;
  typedOverlap: Counts;
  link: { pairs: Counts; crossLingual: Counts; b3p: number; b3r: number; n: number };
  /** Linking by the reader's own gazetteer ids / lemmas only: a reference for the comparing layer. */
  readerLink: { pairs: Counts; crossLingual: Counts; b3p: number; b3r: number; n: number };
}

const emptyScores = (): SetScores => ({
  docs: 0, gold: 0, pred: 0, exact: zero(), overlap: zero(), typedExact: zero(), typedOverlap: zero(),
  link: { pairs: zero(), crossLingual: zero(), b3p: 0, b3r: 0, n: 0 },
  readerLink: { pairs: zero(), crossLingual: zero(), b3p: 0, b3r: 0, n: 0 },
});

function main(): void {
  const root = dataRoot();
  const sets = loadSets(root);
  if (!sets.length) {
    console.error(`eval: no gold.json under ${root} (set NEWSLENS_DATA)`);
    process.exit(2);
  }
  // Subsets: `npm run eval -- ecbplus ner-da` or `npm run eval -- --set ecbplus` (dataset names).
  const args = process.argv.slice(2);
  const valued = new Set(['--set', '--dump']);
  const only = args.filter((a, i) => !a.startsWith('-') && !valued.has(args[i - 1])).concat(args.filter((_, i) => args[i - 1] === '--set'));
  // Error analysis: `--quick` skips linking and the throughput run; `--dump FILE` writes every
  // missed gold and false predicted mention (exact-span rule) with its line, one JSON per line.
  const quick = args.includes('--quick');
  const dumpPath = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;
  const dump: string[] = [];
  // `--link-errors`: also write eval/link-errors.txt, linking errors by cause (MEANTIME cross-lingual
  // pairs and ECB+ cross-document pairs).
  const linkErrors = args.includes('--link-errors');
  const errorReports: string[] = [];
  const scores: Record<string, SetScores> = {};
  let readMs = 0;
  let readChars = 0;

  // Topics: ECB+ topic = both halves; MEANTIME topic = folder; DDT = one group.
  const groups = new Map<string, GoldSet[]>();
  for (const s of sets) {
    if (only.length && !only.includes(s.dataset)) continue;
    const key = s.dataset === 'ecbplus' ? `ecbplus:${s.set.split('_')[0]}` : `${s.dataset}:${s.set}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const [, group] of groups) {
    const dataset = group[0].dataset;
    const sc = (scores[dataset] ??= emptyScores());
    const analyses: DocumentAnalysis[] = [];
    const goldByDoc = new Map<string, { gold: GoldSpan[]; chains: string[]; language: string }>();
    const predByDoc = new Map<string, { spans: Span[]; index: number[] }>();
    for (const set of group) {
      for (const d of set.documents) {
        if (d.annotated === false) continue;
        const text = readText(set, d.doc);
        const t0 = performance.now();
        const a = readDocument(d.doc, text, {});
        readMs += performance.now() - t0;
        readChars += text.length;
        analyses.push(a);
        const annotated = dataset === 'ecbplus' ? d.sentences.filter((s) => s[2] === 1) : d.sentences;
        const inAnnotated = (m: { start: number; end: number }): boolean => annotated.some((s) => m.start >= s[0] && m.end <= s[1] + 1);
        const goldM = set.mentions.filter((m) => m.doc === d.doc && m.named && (dataset !== 'ecbplus' || m.sentenceAnnotated));
        const gold: GoldSpan[] = goldM.map((m) => ({ start: m.start, end: m.end, type: mapGoldType(dataset, m.type), ...(m.core ? { core: m.core } : {}) }));
        const spans: Span[] = [];
        const index: number[] = [];
        a.mentions.forEach((m: Mention, i: number) => {
          if (m.form === 'adjective' || !isNamedPrediction(m.text) || !inAnnotated(m)) return;
          spans.push({ start: m.start, end: m.end, type: m.type });
          index.push(i);
        });
        goldByDoc.set(d.doc, { gold, chains: goldM.map((m) => m.chain ?? `single:${m.id}`), language: d.language });
        predByDoc.set(d.doc, { spans, index });
        sc.docs++;
        sc.gold += gold.length;
        sc.pred += spans.length;
        add(sc.exact, count(gold, spans, 'exact', false));
        add(sc.overlap, count(gold, spans, 'overlap', false));
        add(sc.typedExact, count(gold, spans, 'exact', true));
        add(sc.typedOverlap, count(gold, spans, 'overlap', true));
        if (dumpPath) dumpErrors(dump, dataset, d.doc, text, gold, spans);
      }
    }
    if (dataset === 'ner-da' || quick) continue; // DDT has no coreference chains
    const corpus = compareDocuments(analyses);
    const items: LinkItem[] = [];
    const readerItems: LinkItem[] = [];
    const linkDump: DumpItem[] = [];
    for (const [doc, g] of goldByDoc) {
      const p = predByDoc.get(doc)!;
      const a = analyses.find((x) => x.path === doc)!;
      const m = match(g.gold, p.spans, 'overlap', false);
      g.gold.forEach((_, gi) => {
        const pi = m[gi];
        const mentionIndex = pi >= 0 ? p.index[pi] : -1;
        const entity = mentionIndex >= 0 ? corpus.entityOfMention.get(doc)?.[mentionIndex] : undefined;
        const own = `unmatched:${doc}:${gi}`;
        items.push({ doc, language: g.language, gold: g.chains[gi], pred: entity ?? own });
        const mention = mentionIndex >= 0 ? a.mentions[mentionIndex] : undefined;
        if (linkErrors) {
          const gm = g.gold[gi];
          const text = readText(group.find((s) => s.documents.some((x) => x.doc === doc))!, doc);
          linkDump.push({ doc, language: g.language, gold: g.chains[gi], pred: entity ?? own, goldText: text.slice(gm.start, gm.end), predText: mention?.text, key: mention ? mentionKeys(a)[mentionIndex].key : undefined });
        }
        const readerKey = mention ? mention.gazetteerId ?? `lemma:${mention.lemma.toLowerCase()}` : own;
        readerItems.push({ doc, language: g.language, gold: g.chains[gi], pred: readerKey });
      });
    }
    if (linkErrors) errorReports.push(linkErrorReport(`${dataset} ${group.map((s) => s.set).join('+')}`, linkDump, dataset === 'meantime', 300));
    for (const [target, list] of [[sc.link, items], [sc.readerLink, readerItems]] as const) {
      add(target.pairs, pairwise(list, false));
      add(target.crossLingual, pairwise(list, true));
      const b = bcubed(list);
      target.b3p += b.p;
      target.b3r += b.r;
      target.n += b.n;
    }
  }

  if (dumpPath) writeFileSync(dumpPath, dump.join('\n') + '\n');
  if (linkErrors) {
    const file = resolve(__dirname, '..', 'eval', 'link-errors.txt');
    mkdirSync(resolve(__dirname, '..', 'eval'), { recursive: true });
    writeFileSync(file, errorReports.join('\n\n') + '\n');
    console.log(`wrote ${file}`);
  }
  const throughput = quick ? { chars: 0, parseMBs: 0, analysisMBs: 0, ratio: 0 } : measureThroughput(sets);
  printTable(scores, throughput);
  const out = resolve(__dirname, '..', 'eval');
  mkdirSync(out, { recursive: true });
  const json = {
    dataRoot: root, date: new Date().toISOString(), readMs: Math.round(readMs), readChars,
    throughput,
    sets: Object.fromEntries(Object.entries(scores).map(([k, s]) => [k, summarise(s)])),
  };
  writeFileSync(join(out, 'results.json'), JSON.stringify(json, null, 2));
  console.log(`\nwrote ${join(out, 'results.json')}`);
}

/** Missed gold (kind "fn") and false predictions ("fp") under the exact rule, with the overlapping partner if any. */
function dumpErrors(out: string[], dataset: string, doc: string, text: string, gold: GoldSpan[], spans: Span[]): void {
  const m = match(gold, spans, 'exact', false);
  const used = new Set(m.filter((x) => x >= 0));
  const lineOf = (at: number): string => text.slice(text.lastIndexOf('\n', at - 1) + 1, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
  const overlapping = (a: Span, list: Span[]): string | undefined => {
    const o = list.find((b) => b.start < a.end && a.start < b.end);
    return o ? text.slice(o.start, o.end) : undefined;
  };
  gold.forEach((g, gi) => {
    if (m[gi] >= 0) return;
    out.push(JSON.stringify({ kind: 'fn', dataset, doc, text: text.slice(g.start, g.end), type: g.type, start: g.start, partner: overlapping(g, spans), line: lineOf(g.start) }));
  });
  spans.forEach((p, pi) => {
    if (used.has(pi)) return;
    out.push(JSON.stringify({ kind: 'fp', dataset, doc, text: text.slice(p.start, p.end), type: p.type, start: p.start, partner: overlapping(p, gold), line: lineOf(p.start) }));
  });
}

function summarise(s: SetScores): Record<string, unknown> {
  const pct = (x: number): number => Math.round(x * 1000) / 10;
  const f = (c: Counts): Record<string, number> => { const r = prf(c); return { p: pct(r.p), r: pct(r.r), f1: pct(r.f1), tp: c.tp, fp: c.fp, fn: c.fn }; };
  const b3 = (l: SetScores['link']): Record<string, number> => {
    const p = l.n ? l.b3p / l.n : 0;
    const r = l.n ? l.b3r / l.n : 0;
    return { p: pct(p), r: pct(r), f1: pct(p + r ? (2 * p * r) / (p + r) : 0) };
  };
  return {
    docs: s.docs, gold: s.gold, pred: s.pred,
    exact: f(s.exact), overlap: f(s.overlap), typedExact: f(s.typedExact), typedOverlap: f(s.typedOverlap),
    linking: { pairwise: f(s.link.pairs), crossLingual: f(s.link.crossLingual), b3: b3(s.link) },
    readerLinking: { pairwise: f(s.readerLink.pairs), crossLingual: f(s.readerLink.crossLingual), b3: b3(s.readerLink) },
  };
}

interface Throughput { chars: number; parseMBs: number; analysisMBs: number; ratio: number }

/** Bare retext-latin parse vs full readDocument on the same ~1 MB of articles, same run. */
function measureThroughput(sets: GoldSet[]): Throughput {
  const texts: string[] = [];
  let chars = 0;
  for (const s of sets) {
    for (const d of s.documents) {
      if (chars > 1_000_000) break;
      const t = readText(s, d.doc);
      texts.push(t);
      chars += t.length;
    }
  }
  // Warm up both paths; then time them interleaved document by document (so that load from
  // other processes hits both alike) and keep the best of three rounds for each.
  for (const t of texts.slice(0, 20)) { bareParse(t); readDocument('w', t); }
  let parse = Infinity;
  let analysis = Infinity;
  for (let round = 0; round < 3; round++) {
    let p = 0;
    let a = 0;
    for (const t of texts) {
      let t0 = performance.now();
      bareParse(t);
      p += performance.now() - t0;
      t0 = performance.now();
      readDocument('x', t);
      a += performance.now() - t0;
    }
    parse = Math.min(parse, p);
    analysis = Math.min(analysis, a);
  }
  const mbs = (ms: number): number => Math.round((chars / 1e6 / (ms / 1000)) * 100) / 100;
  return { chars, parseMBs: mbs(parse), analysisMBs: mbs(analysis), ratio: Math.round((analysis / parse) * 100) / 100 };
}

function printTable(scores: Record<string, SetScores>, t: Throughput): void {
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
  const row = (label: string, c: Counts): string => { const r = prf(c); return `${label.padEnd(22)} ${pct(r.p)} ${pct(r.r)} ${pct(r.f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`; };
  for (const [name, s] of Object.entries(scores)) {
    console.log(`\n== ${name}: ${s.docs} docs, ${s.gold} gold named mentions, ${s.pred} predicted (P / R / F1)`);
    console.log(row('mentions exact', s.exact));
    console.log(row('mentions overlap', s.overlap));
    console.log(row('typed exact', s.typedExact));
    console.log(row('typed overlap', s.typedOverlap));
    if (name !== 'ner-da') {
      for (const [label, l] of [['compare', s.link], ['reader ids/lemmas', s.readerLink]] as const) {
        console.log(row(`link pairwise (${label})`.slice(0, 22), l.pairs));
        if (name === 'meantime') console.log(row(`  cross-lingual`, l.crossLingual));
        const p = l.n ? l.b3p / l.n : 0;
        const r = l.n ? l.b3r / l.n : 0;
        console.log(`${'  B³'.padEnd(22)} ${pct(p)} ${pct(r)} ${pct(p + r ? (2 * p * r) / (p + r) : 0)}`);
      }
    }
  }
  console.log(`\nthroughput on ${(t.chars / 1e6).toFixed(2)} MB: bare retext-latin ${t.parseMBs} MB/s, full analysis ${t.analysisMBs} MB/s, ratio analysis/parse ${t.ratio} (target ≤ 1.5)`);
}

main();
