// Which files of the workspace are articles (PRODUCT.md "Scope"): .txt and .news by the include
// globs; .md only where a `.newslens.json` in the folder (or a parent inside the workspace folder)
// opts in, or an include glob names Markdown explicitly; README/CHANGELOG/LICENSE/CONTRIBUTING never.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasArticleExtension, isExcludedName, isMarkdown, isSkippedFolder } from '../engine/scope';
import type { NewsLensSettings } from '../protocol';
import { matchesAny } from './glob';

export const OPT_IN_FILE = '.newslens.json';

export class Scope {
  private readonly optIn = new Map<string, boolean>();

  constructor(
    readonly folders: readonly string[],
    private readonly settings: NewsLensSettings,
  ) {}

  /** The workspace folder holding a path (the deepest one), if any. */
  folderOf(fsPath: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) {
      const rel = path.relative(f, fsPath);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  /** POSIX path relative to its workspace folder; the bare name for files outside every folder. */
  relative(fsPath: string): string {
    const folder = this.folderOf(fsPath);
    return folder ? path.relative(folder, fsPath).split(path.sep).join('/') : path.basename(fsPath);
  }

  isArticle(fsPath: string): boolean {
    const name = path.basename(fsPath);
    if (!hasArticleExtension(name) || isExcludedName(name)) return false;
    const rel = this.relative(fsPath);
    const folders = rel.split('/').slice(0, -1);
    if (folders.some(isSkippedFolder)) return false;
    if (matchesAny(rel, this.settings.exclude)) return false;
    if (isMarkdown(name)) return matchesAny(rel, this.settings.include) || this.markdownOptedIn(path.dirname(fsPath));
    return matchesAny(rel, this.settings.include);
  }

  /** A `.newslens.json` in the folder or a parent up to the workspace folder; `{"markdown": false}` opts out. */
  markdownOptedIn(dir: string): boolean {
    const cached = this.optIn.get(dir);
    if (cached !== undefined) return cached;
    let result = false;
    const file = path.join(dir, OPT_IN_FILE);
    try {
      const text = fs.readFileSync(file, 'utf8');
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        data = {};
      }
      result = !(data && typeof data === 'object' && (data as { markdown?: unknown }).markdown === false);
    } catch {
      const folder = this.folderOf(dir);
      const parent = path.dirname(dir);
      // Stop at the workspace folder (or the file system root for files outside every folder).
      result = folder !== undefined && parent !== dir ? this.markdownOptedIn(parent) : false;
    }
    this.optIn.set(dir, result);
    return result;
  }

  /** Forget opt-in answers (a `.newslens.json` was created, changed or deleted). */
  resetOptIn(): void {
    this.optIn.clear();
  }
}
