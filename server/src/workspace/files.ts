// Reads an article from disk: size cap first (a 2 GB log named .txt must not be loaded), then the
// engine's decoder (BOMs, UTF-16, Windows-1252, binary refusal).
import * as fs from 'node:fs';
import { decodeArticle } from '../engine/input/decode';
import type { DocumentProblem } from '../engine/types';

export type DiskRead = { ok: true; text: string; note?: string } | { ok: false; problem: DocumentProblem } | { ok: false; missing: true };

export async function readArticleFile(fsPath: string, maxFileSize: number): Promise<DiskRead> {
  let size: number;
  try {
    const st = await fs.promises.stat(fsPath);
    if (!st.isFile()) return { ok: false, missing: true };
    size = st.size;
  } catch {
    return { ok: false, missing: true };
  }
  if (size > maxFileSize) return { ok: false, problem: tooLarge(size, maxFileSize) };
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(fsPath);
  } catch {
    return { ok: false, missing: true };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, problem: { code: 'binary', severity: 'information', message: `Not analysed: ${decoded.reason}.` } };
  return { ok: true, text: decoded.text, note: decoded.note };
}

export function tooLarge(size: number, max: number): DocumentProblem {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return {
    code: 'too-large',
    severity: 'information',
    message: `Not analysed: ${mb(size)} MB is over the newslens.maxFileSize limit (${mb(max)} MB).`,
  };
}
