// CPU time of the calling thread, for the log lines of the workers' comparisons: their wall time
// includes waiting for a core on a busy machine (2 cores here, shared), their CPU time does not.
import * as fs from 'node:fs';

/** User + system CPU time of this thread in ms; undefined where /proc does not tell (macOS, Windows). */
export function threadCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15) are in ticks of USER_HZ, which Linux fixes at 100.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time of this thread since a `threadCpuMs()` reading; undefined when either is unknown. */
export function threadCpuSince(start: number | undefined): number | undefined {
  const now = threadCpuMs();
  return now === undefined || start === undefined ? undefined : now - start;
}
