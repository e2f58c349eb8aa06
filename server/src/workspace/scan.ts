// Walks the workspace folders for articles. Asynchronous and yielding, so a 10,000-file folder
// never blocks requests; stops at maxFiles; never follows folder symlinks (no cycles).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isSkippedFolder } from '../engine/scope';
import { matchesAny } from './glob';
import type { Scope } from './scope';

export interface ScanResult {
  files: string[];
  /** True when maxFiles stopped the walk. */
  truncated: boolean;
}

export async function scanFolders(
  scope: Scope,
  exclude: readonly string[],
  maxFiles: number,
  isCancelled: () => boolean = () => false,
): Promise<ScanResult> {
  const files: string[] = [];
  let truncated = false;
  const walk = async (dir: string): Promise<void> => {
    if (isCancelled() || truncated) return;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to analyse there
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (isCancelled() || truncated) return;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (isSkippedFolder(e.name) || matchesAny(scope.relative(full) + '/', exclude)) continue;
        await walk(full);
      } else if ((e.isFile() || e.isSymbolicLink()) && scope.isArticle(full)) {
        if (files.length >= maxFiles) {
          truncated = true;
          return;
        }
        files.push(full);
      }
    }
  };
  for (const folder of scope.folders) await walk(folder);
  return { files, truncated };
}
