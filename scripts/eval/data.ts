// Loads the evaluation data (gold.json sets) from ../shared/data or NEWSLENS_DATA.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface GoldDocument {
  doc: string;
  language: string;
  annotated?: boolean;
  sentences: [number, number, number][];
}
export interface GoldMention {
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  type: string;
  chain: string | null;
  named: boolean;
  sentenceAnnotated?: boolean;
  core?: [number, number];
}
export interface GoldSet {
  dataset: 'ecbplus' | 'ner-da' | 'meantime';
  set: string;
  folder: string;
  documents: GoldDocument[];
  mentions: GoldMention[];
}

export function dataRoot(): string {
  const fromEnv = process.env.NEWSLENS_DATA;
  if (fromEnv) return resolve(fromEnv);
  // dist/eval.js lives in <repo>/dist; the data sits beside the repository.
  const candidates = [resolve(__dirname, '..', '..', 'shared', 'data'), resolve(process.cwd(), '..', 'shared', 'data')];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

/** Every folder holding a gold.json, grouped by dataset. */
export function loadSets(root: string): GoldSet[] {
  const out: GoldSet[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    if (existsSync(join(dir, 'gold.json'))) {
      const g = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldSet;
      out.push({ ...g, folder: dir });
    }
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
    }
  };
  walk(root);
  return out.sort((a, b) => a.folder.localeCompare(b.folder, 'en', { numeric: true }));
}

export function readText(set: GoldSet, doc: string): string {
  return readFileSync(join(set.folder, doc), 'utf8');
}
