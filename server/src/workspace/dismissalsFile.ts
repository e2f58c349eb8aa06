// Reads and writes `.newslens/dismissed.json` in a workspace folder. Writes are atomic (temp file +
// rename) so the CLI or a second editor never reads half a file. This is the only file the server writes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DISMISSED_FILE, parseDismissed, serializeDismissed, type Dismissal } from '../engine/dismissals';

export function dismissedPath(folder: string): string {
  return path.join(folder, DISMISSED_FILE);
}

export async function readDismissals(folder: string): Promise<Dismissal[]> {
  try {
    return parseDismissed(await fs.promises.readFile(dismissedPath(folder), 'utf8'));
  } catch {
    return [];
  }
}

export async function writeDismissals(folder: string, dismissed: Dismissal[]): Promise<void> {
  const file = dismissedPath(folder);
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.promises.writeFile(tmp, serializeDismissed(dismissed), 'utf8');
  try {
    await fs.promises.rename(tmp, file);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true });
    throw e;
  }
}

/** Adds or removes one fingerprint; returns the new list. Serialised per folder by the caller. */
export async function updateDismissals(folder: string, change: { fingerprint: string; restore?: boolean; code?: string; message?: string }): Promise<Dismissal[]> {
  const current = await readDismissals(folder);
  const next = change.restore
    ? current.filter((d) => d.fingerprint !== change.fingerprint)
    : [
        ...current.filter((d) => d.fingerprint !== change.fingerprint),
        { fingerprint: change.fingerprint, code: change.code, message: change.message, dismissedAt: new Date().toISOString() },
      ];
  await writeDismissals(folder, next);
  return next;
}
