// Shared by the blind tests: reading a blind fixture set and naming passages as "story/file:line",
// the way its ground-truth README does, so the tests can be checked against it by eye.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDocument } from '../../server/src/engine/read/readDocument';
import { compareDocuments } from '../../server/src/engine/compare/compareDocuments';
import type { CorpusAnalysis, Finding, Passage } from '../../server/src/engine/types';

/** The repository root: the nearest folder above this test holding seeds/ (mocha runs from it too). */
function repoRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'seeds')) && existsSync(join(dir, 'package.json'))) return dir;
  return process.cwd();
}
export const ROOT = repoRoot();

export const analyse = (paths: string[]): CorpusAnalysis => compareDocuments(paths.map((p) => readDocument(p, readFileSync(join(ROOT, p), 'utf8'))));

/** Tools for one blind set, e.g. `blindSet('blind')` for test/fixtures/blind. */
export function blindSet(name: string) {
  const folder = `test/fixtures/${name}`;

  /** Every article of the set, story folder by story folder. */
  const paths = (): string[] =>
    readdirSync(join(ROOT, folder))
      .filter((s) => statSync(join(ROOT, folder, s)).isDirectory())
      .flatMap((s) => readdirSync(join(ROOT, folder, s)).filter((f) => f.endsWith('.txt')).map((f) => `${folder}/${s}/${f}`));

  /** "ferry/da_avis" for a path of the set. */
  const short = (path: string) => path.replace(new RegExp(`^.*/${name}/`), '').replace(/\.txt$/, '');

  /** "ferry/da_avis:6": the file and 1-based line where a passage starts. */
  function handle(corpus: CorpusAnalysis, p: Passage): string {
    const text = corpus.documents.find((d) => d.path === p.path)!.text;
    return `${short(p.path)}:${text.slice(0, p.start).split('\n').length}`;
  }

  const conflicts = (corpus: CorpusAnalysis, story: string): Finding[] =>
    corpus.findings.filter((f) => f.kind === 'conflict' && short(f.primary.path).startsWith(`${story}/`));

  /**
   * A planted conflict is found when some conflict of one of the given types has `side` as its
   * primary or related passage and one of `others` on the other side.
   */
  function found(corpus: CorpusAnalysis, types: string[], side: string, others: string[]): boolean {
    return corpus.findings.some((f) => {
      if (f.kind !== 'conflict' || !types.includes(f.type)) return false;
      const hs = [f.primary, ...f.related].map((p) => handle(corpus, p));
      return hs.includes(side) && hs.some((h) => others.includes(h));
    });
  }

  /** Conflicts that touch a trap sentence: none is allowed. */
  function onTraps(corpus: CorpusAnalysis, story: string, traps: string[]): string[] {
    return conflicts(corpus, story)
      .filter((f) => [f.primary, ...f.related].some((p) => traps.includes(handle(corpus, p))))
      .map((f) => `${f.type} ${handle(corpus, f.primary)}: ${f.message}`);
  }

  /** Conflicts that are none of the planted ones (each planted one given as types + its passages). */
  function unplanted(corpus: CorpusAnalysis, story: string, planted: { types: string[]; passages: string[] }[]): string[] {
    return conflicts(corpus, story)
      .filter((f) => {
        const hs = [f.primary, ...f.related].map((p) => handle(corpus, p));
        return !planted.some((pl) => pl.types.includes(f.type) && hs.every((h) => pl.passages.includes(h)));
      })
      .map((f) => `${f.type} ${handle(corpus, f.primary)}: ${f.message}`);
  }

  return { paths, short, handle, conflicts, found, onTraps, unplanted };
}
