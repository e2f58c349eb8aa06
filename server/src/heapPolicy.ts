// How far V8 lets the heap grow past what survived the last full collection. By default it grows
// it by up to 4x when a phase allocates fast, which a comparison does story after story: at 10,000
// articles the comparison's live data was ~230 MB while the heap reached ~980 MB. A growth of 20%
// keeps the heap near its live size for about the same CPU time (10,000-article bench workspace:
// 977 -> 445 MB RSS for the comparison, 29.0 -> 27.7 s; server first index peak 1179 -> 769 MB).
// While loading data that stays live (a reopen's caches) it only adds collections that free
// nothing (reopen 2.7 -> 4.0 s), so the server asks for it only while a comparison runs; the CLI's
// check asks for it throughout. (Reading 10,000 articles afresh under it left the peak as it was.) The setting is process-wide: the
// compare worker thread follows it. NEWSLENS_HEAP_GROWING_PERCENT=0 keeps V8's default always.
// 10 % since 2026-11-24: the server's first-index peak at 10,000 was 275–306 MB over 13 runs at 20 %
// (3 over 300) and 278–283 MB over 4 at 10 %, its worker's CPU time the same (29–32 s); the CLI's
// check takes 449 instead of 480 MB and ~10 % more CPU time (57 s instead of 52 s).
import * as v8 from 'node:v8';

const DEFAULT_PERCENT = 10;

/** The growth asked for: NEWSLENS_HEAP_GROWING_PERCENT when it is a number, else 10; 0 is V8's default. */
export function heapGrowingPercent(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.NEWSLENS_HEAP_GROWING_PERCENT;
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : DEFAULT_PERCENT;
}

/** Asks for the growth from now on (the CLI). */
export function applyHeapPolicy(env: NodeJS.ProcessEnv = process.env): number {
  const percent = heapGrowingPercent(env);
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}

let comparisons = 0;

/**
 * Runs a comparison (work that allocates mostly garbage) with the growth asked for; V8's default
 * comes back when the last of overlapping comparisons ends.
 */
export async function whileComparing<T>(work: () => Promise<T>): Promise<T> {
  const percent = heapGrowingPercent();
  if (percent === 0) return work();
  if (comparisons++ === 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  try {
    return await work();
  } finally {
    if (--comparisons === 0) v8.setFlagsFromString('--heap-growing-percent=0');
  }
}
