// The folders the VS Code suites open: the seed story plus a few edge files, and a story whose
// file name and text carry HTML/script payloads (they must show as text and never run).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SEED_DA = '000_64ff192c88a170f9.txt';
export const SEED_EN = '001_0293e7ee8b22062a.txt';
export const SEED_US = '002_a16596a8cb1c5688.txt';
export const SHORT = 'short.txt';
export const NEWS_FILE = 'brief.news';
export const README = 'README.md';

export const XSS_IMG = '<img src=x onerror=alert(1)>';
export const XSS_SCRIPT = '</script><script>alert(2)</script>';
export const XSS_LINK = '[read more](javascript:alert(3))';
/** A file name is shown as the source's name in the panel and in hovers. */
export const XSS_FILE = `${XSS_IMG}.txt`;

export function seedsWorkspace(root: string, repo: string): string {
  const dir = mkdtempSync(join(root, 'seeds-'));
  for (const f of [SEED_DA, SEED_EN, SEED_US]) copyFileSync(join(repo, 'seeds', f), join(dir, f));
  writeFileSync(join(dir, SHORT), 'Kort tekst.\n');
  writeFileSync(join(dir, NEWS_FILE), 'STRASBOURG, 16. marts (Ritzau) - Ministerudvalget holdt onsdag "et ekstraordinært møde" med 46 lande.\n');
  writeFileSync(join(dir, README), '# seeds-tool\n\nA code repository README. `npm install`, then run `node index.js`. Russia left the Council of Europe.\n');
  return dir;
}

/**
 * Two English reports (the seed texts) with payloads in a file name and inside sentences the
 * sources share (so they reach the panel's claim cells and the hover's mention excerpts).
 */
export function xssWorkspace(root: string, repo: string): string {
  const dir = mkdtempSync(join(root, 'xss-'));
  const inject = (text: string, marker: string) => {
    const at = text.indexOf(marker);
    if (at < 0) throw new Error(`fixture marker not found: ${marker}`);
    return `${text.slice(0, at)}${marker} ${XSS_IMG} ${XSS_SCRIPT} ${XSS_LINK}${text.slice(at + marker.length)}`;
  };
  const en = readFileSync(join(repo, 'seeds', SEED_EN), 'utf8');
  writeFileSync(join(dir, XSS_FILE), inject(inject(en, 'on its Telegram account'), 'The Russian government announced'));
  writeFileSync(join(dir, 'report.txt'), readFileSync(join(repo, 'seeds', SEED_US), 'utf8'));
  return dir;
}

export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-ws-'));
  mkdirSync(dir, { recursive: true });
  return dir;
}
