// How far V8 lets the heap grow past what survived the last full collection. By default it grows
// it by up to 4x when a phase allocates fast, which a comparison does story after story: at 10,000
// articles the comparison's live data was ~230 MB while the heap reached ~980 MB. A growth of 20%
// keeps the heap near its live size for about the same CPU time (10,000-article bench workspace:
// 977 -> 445 MB RSS for the comparison, 29.0 -> 27.7 s; server first index peak 1179 -> 769 MB).
// 10 % since 2026-11-24: the server's first-index peak at 10,000 was 275–306 MB over 13 runs at 20 %
// (3 over 300) and 278–283 MB over 4 at 10 %, its worker's CPU time the same (29–32 s); the CLI's
// check takes 449 instead of 480 MB and ~10 % more CPU time (57 s instead of 52 s).
// The setting is process-wide: the compare worker thread follows it. NEWSLENS_HEAP_GROWING_PERCENT=0
// keeps V8's default.
// The server asks for it from its first workspace scan on since 2026-11-24; before, it asked only
// while a comparison ran (a reopen took 2.7 instead of 4.0 s then; it now takes ~2 s either way). At
// 10,000 articles a reopen's heap kept ~40 MB of old space it no longer used: the server now holds
// 183–194 instead of 234–236 MB, and the comparison after an edit peaks ~40 MB lower. Not from the
// process's start: an article opened without a workspace keeps a small heap, and its first
// diagnostics came ~25 ms later under the policy (p50 of 20 starts, 537 vs 512 ms).
import * as v8 from 'node:v8';
import { envInteger } from './envInteger';

const DEFAULT_PERCENT = 10;

/** The growth asked for: NEWSLENS_HEAP_GROWING_PERCENT when it is a number, else 10; 0 is V8's default. */
export function heapGrowingPercent(env: NodeJS.ProcessEnv = process.env): number {
  return envInteger(env, 'NEWSLENS_HEAP_GROWING_PERCENT', DEFAULT_PERCENT);
}

/** Asks for the growth from now on (the CLI at its start, the server from its first workspace scan). */
export function applyHeapPolicy(env: NodeJS.ProcessEnv = process.env): number {
  const percent = heapGrowingPercent(env);
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}
