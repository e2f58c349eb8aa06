// Whether two articles of one story report the same event, judged from the whole articles: a
// figure or date conflict is only worth a fact-checker's time when the two sources otherwise agree
// on the event. Two articles about two different earthquakes in one region share the names and
// the concepts, but few of the specific figures and dates, and are similar to each other only
// through the rest of their story; two reports of the same earthquake are directly similar and
// share some specifics (the magnitude, the day, the death toll) while disagreeing on one. Inside a
// story, the articles of one event are more similar among themselves than to the other event's:
// a pair split across those tighter clusters needs several shared specifics to be one event.
import type { DocumentAnalysis } from '../../types';
import { STORY_SIMILARITY } from '../groupStories';
import type { NewFinding } from './context';

/** Conflict types that say "the sources disagree on a fact" and so need the sources to be on the same event. */
const FACT_CONFLICTS = new Set(['numeric', 'date', 'negation']);
/** Shared specific figures and dates that, with half the usual similarity, make two articles one event. */
const MANY_SPECIFICS = 3;
/** More disagreements than agreements plus this many mark two different events. */
const DISAGREEMENT_MARGIN = 2;

/**
 * Keeps a fact conflict between two automatically grouped documents only when the pair is the
 * same event on its own evidence: directly similar enough to be one story (not only through a
 * chain of other articles) and sharing a specific figure or date, or, without a shared specific,
 * twice as similar, or, sharing MANY_SPECIFICS, half as similar; and their disagreements do not outnumber their agreements by more than
 * DISAGREEMENT_MARGIN. A pair that `oneEvent` places in two events of its story needs
 * MANY_SPECIFICS shared. Pairs the user grouped explicitly (`similarity` undefined) are trusted.
 */
export function keepSameEventConflicts(
  findings: NewFinding[],
  docs: DocumentAnalysis[],
  specifics: (d: DocumentAnalysis) => Set<string>,
  similarity: (a: string, b: string) => number | undefined,
  oneEvent: (a: string, b: string) => boolean | undefined = () => undefined,
): NewFinding[] {
  const byPath = new Map(docs.map((d) => [d.path, d]));
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  // Distinct disagreements per document pair (one passage pair counted once).
  const disagreements = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.kind !== 'conflict' || !FACT_CONFLICTS.has(f.type)) continue;
    for (const r of f.related) {
      const key = pairKey(f.primary.path, r.path);
      const passages = f.primary.path < r.path ? `${f.primary.start}|${r.start}` : `${r.start}|${f.primary.start}`;
      (disagreements.get(key) ?? disagreements.set(key, new Set()).get(key)!).add(passages);
    }
  }
  const verdicts = new Map<string, boolean>();
  const sameEvent = (a: string, b: string): boolean => {
    const key = pairKey(a, b);
    let ok = verdicts.get(key);
    if (ok === undefined) {
      const sim = similarity(a, b);
      if (sim === undefined) ok = true;
      else {
        const da = byPath.get(a);
        const db = byPath.get(b);
        let agree = 0;
        if (da && db) {
          const sb = specifics(db);
          for (const x of specifics(da)) if (sb.has(x)) agree++;
        }
        const disagree = disagreements.get(key)?.size ?? 0;
        // Several shared specifics (the same fee, age and day) make the same event even when the
        // wording of the rest differs (a reader that missed names lowers the direct similarity).
        const needed = agree >= MANY_SPECIFICS ? STORY_SIMILARITY / 2 : agree >= 1 ? STORY_SIMILARITY : 2 * STORY_SIMILARITY;
        ok = sim >= needed && disagree <= agree + DISAGREEMENT_MARGIN && (agree >= MANY_SPECIFICS || oneEvent(a, b) !== false);
      }
      verdicts.set(key, ok);
    }
    return ok;
  };
  const out: NewFinding[] = [];
  for (const f of findings) {
    if (f.kind !== 'conflict' || !FACT_CONFLICTS.has(f.type)) {
      out.push(f);
      continue;
    }
    const related = f.related.filter((r) => sameEvent(f.primary.path, r.path));
    if (related.length === f.related.length) out.push(f);
    else if (related.length) out.push({ ...f, related });
  }
  return out;
}
