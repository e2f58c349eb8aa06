// codeDescription links: one Markdown page per finding code under docs/findings/, shipped in the
// .vsix next to dist/. The link is a file: URI to the page (no network, works offline); a code
// without its own page links to its kind's page ("conflict/foo" -> conflict.md).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToUri } from '../workspace/uri';

let docsDir: string | undefined | null = null;

function findDocsDir(): string | undefined {
  // dist/server.js -> ../docs/findings; out/test/** bundles -> the repository root's docs/findings.
  for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'docs', 'findings');
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function slugOf(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const known = new Map<string, string | undefined>();

export function findingDocHref(code: string): string | undefined {
  if (known.has(code)) return known.get(code);
  if (docsDir === null) docsDir = findDocsDir();
  let href: string | undefined;
  if (docsDir) {
    const candidates = [slugOf(code), slugOf(code.split('/')[0] ?? '')].filter(Boolean);
    const page = candidates.map((s) => path.join(docsDir!, `${s}.md`)).find((p) => fs.existsSync(p));
    href = page ? pathToUri(page) : undefined;
  }
  known.set(code, href);
  return href;
}
