// How far V8 lets the heap grow past what survived the last full collection. By default it grows
// it by up to 4x when a phase allocates fast, which a large workspace's comparison does story after
// story: at 10,000 articles the comparison's live data was ~230 MB while the heap reached ~980 MB.
// A growth of 20% keeps the heap near its live size for about the same CPU time (measured on the
// 10,000-article bench workspace: 977 -> 445 MB RSS for the comparison, 29.0 -> 27.7 s).
// Process-wide, so the compare worker thread follows it too. Applied by the server and the CLI's
// check; NEWSLENS_HEAP_GROWING_PERCENT=0 keeps V8's default.
import * as v8 from 'node:v8';

const DEFAULT_PERCENT = 20;

export function applyHeapPolicy(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.NEWSLENS_HEAP_GROWING_PERCENT;
  const percent = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : DEFAULT_PERCENT;
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}
