// Server-side file watching for clients that cannot register workspace/didChangeWatchedFiles
// (Neovim 0.7, Helix). Node 20 watches folders recursively on Linux, macOS and Windows. Events are
// coalesced per path; the caller stats the file to learn whether it was created, changed or deleted.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Debouncer } from './debounce';

export class FolderWatcher {
  private readonly watchers: fs.FSWatcher[] = [];
  private readonly coalesce = new Debouncer();

  constructor(
    folders: readonly string[],
    private readonly onPath: (fsPath: string) => void,
    private readonly log: (message: string) => void,
  ) {
    for (const folder of folders) {
      try {
        const w = fs.watch(folder, { recursive: true, persistent: false }, (_event, name) => {
          if (!name) return;
          const full = path.join(folder, name.toString());
          this.coalesce.schedule(full, 50, () => this.onPath(full));
        });
        w.on('error', (e) => this.log(`file watcher for ${folder} stopped: ${e.message}`));
        this.watchers.push(w);
      } catch (e) {
        this.log(`cannot watch ${folder}: ${(e as Error).message}`);
      }
    }
  }

  dispose(): void {
    for (const w of this.watchers) w.close();
    this.coalesce.dispose();
  }
}
