// Collects the articles named on the command line, following the CLI contract: folders are walked
// recursively for .txt/.md/.news, skipping dot-folders, node_modules and README-like files; each
// path is the argument joined with the file's relative POSIX path; results are sorted by path.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { posix, join } from 'node:path';
import { hasArticleExtension, isExcludedName, isSkippedFolder } from '../engine/scope';

/** A file to read: its reported path, its filesystem path, and whether the command line named it. */
export interface ArticleFile {
  path: string;
  fsPath: string;
  named: boolean;
}

export interface WalkResult {
  files: ArticleFile[];
  /** Paths named on the command line that do not exist or cannot be read. */
  missing: { path: string; reason: string }[];
  /** One line each for things skipped while walking. */
  warnings: string[];
}

export function collectArticles(args: string[]): WalkResult {
  const result: WalkResult = { files: [], missing: [], warnings: [] };
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch (e) {
      result.missing.push({ path: arg, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : 'cannot be read' });
      continue;
    }
    if (stat.isDirectory()) walk(arg, arg, new Set(), result);
    else if (stat.isFile()) result.files.push({ path: toPosix(arg), fsPath: arg, named: true });
    // A FIFO or device would block or never end when read.
    else result.missing.push({ path: arg, reason: 'not a regular file' });
  }
  result.files = uniqueByRealPath(result.files);
  result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}

/** One file reached through overlapping arguments or links is one source: it must not corroborate itself. */
function uniqueByRealPath(files: WalkResult['files']): WalkResult['files'] {
  const seen = new Set<string>();
  return files.filter((f) => {
    let key: string;
    try {
      key = realpathSync(f.fsPath);
    } catch {
      key = f.fsPath;
    }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function walk(root: string, dir: string, seen: Set<string>, result: WalkResult): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    result.warnings.push(`${toPosix(dir)}: skipped (cannot be read)`);
    return;
  }
  if (seen.has(real)) return; // symlink loop
  seen.add(real);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    result.warnings.push(`${toPosix(dir)}: skipped (cannot be read)`);
    return;
  }
  for (const name of entries.sort()) {
    const full = join(dir, name);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      // A dangling symlink or a file removed during the walk: say so only where it looked like an article.
      if (hasArticleExtension(name) && !isExcludedName(name)) result.warnings.push(`${toPosix(full)}: skipped (cannot be read)`);
      continue;
    }
    if (stat.isDirectory()) {
      if (!isSkippedFolder(name)) walk(root, full, seen, result);
    } else if (stat.isFile() && hasArticleExtension(name) && !isExcludedName(name)) {
      const rel = posix.join(...full.slice(root.length).split(/[\\/]/).filter(Boolean));
      result.files.push({ path: posix.join(toPosix(root), rel), fsPath: full, named: false });
    }
  }
}

function toPosix(p: string): string {
  return p.split('\\').join('/');
}
