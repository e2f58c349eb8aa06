// Throwaway workspace folders for protocol tests (never the repository's seeds: the server writes
// .newslens/dismissed.json into the workspace folder).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SEEDS } from './lspClient';

export function tempFolder(files: Record<string, string | Buffer> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-lsp-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

export function seedFiles(): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => [f, fs.readFileSync(path.join(SEEDS, f), 'utf8')]));
}

export function removeFolder(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}

/** An ordinary English news paragraph, long enough to be analysed. */
export const ARTICLE =
  'The city council of Aarhus approved a new budget on Monday after a long debate. ' +
  'Mayor Anna Jensen said the plan would fund 300 new teachers over the next four years.\n';
