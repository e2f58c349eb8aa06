// The temporary files the cache writers (analysisCache.ts, corpusResultCache.ts) write before
// renaming them into place: named after the process and thread that write them, so a stopped worker's
// files and those of a server that ended mid-write can be told apart and removed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';

/** Where this thread writes `file` before renaming it into place (`<file>.<pid>-<thread>.tmp`). */
export function temporaryName(file: string): string {
  return `${file}.${process.pid}-${threadId}.tmp`;
}

/** Closes what a failed writer had open and removes what it wrote; anything already gone is fine. */
export function abandon(fds: readonly (number | undefined)[], files: readonly string[]): void {
  for (const fd of fds) {
    try {
      if (fd !== undefined) fs.closeSync(fd);
    } catch {
      // already closed
    }
  }
  for (const file of files) {
    try {
      fs.unlinkSync(file);
    } catch {
      // not written
    }
  }
}

/**
 * A writer that writes temporary files and renames them into place: every step runs through
 * `attempt`, and the first that throws abandons the write (`abandonFiles`), leaving the previous
 * file or none; later steps do nothing.
 */
export abstract class AtomicWriter {
  private failedStep = false;

  /** False once a step failed (a full disk): nothing more is written, and nothing is put in place. */
  get ok(): boolean {
    return !this.failedStep;
  }

  protected attempt(step: () => void): void {
    if (this.failedStep) return;
    try {
      step();
    } catch {
      this.failedStep = true;
      this.abandonFiles();
    }
  }

  /** Closes what is open and removes what was written (see `abandon`). */
  protected abstract abandonFiles(): void;
}

/** Removes the temporary files a (stopped) worker thread of this process was writing in `dir`. */
export function removeTemporaryFiles(dir: string, thread: number): void {
  const mark = `.${process.pid}-${thread}.tmp`;
  try {
    for (const name of fs.readdirSync(dir)) if (name.includes(mark)) fs.rmSync(path.join(dir, name), { force: true });
  } catch {
    // the folder is gone: nothing to remove
  }
}

/**
 * Removes what a server that ended mid-write left in the cache folder: temporary files
 * (`<file>.<pid>-<thread>.tmp`, `….tmp.rest`, `….tmp.texts`) and scratch comparisons
 * (`….session-<pid>-<n>.bin`) of processes no longer running. A first index stopped by closing the
 * editor left up to ~200 MB there at 10,000 articles.
 */
export function removeStaleFiles(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = Number((/\.(\d+)-\d+\.tmp(?:\.rest|\.texts)?$/.exec(name) ?? /\.session-(\d+)(?:-\d+)?\.bin$/.exec(name))?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      removed++;
    } catch {
      // another server removed it first
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
