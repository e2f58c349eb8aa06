// The last full comparison of a workspace, persisted next to the per-document analysis cache
// (analysisCache.ts). Valid only for exactly the same documents (paths and texts), the same server
// build and engine version; anything else is a miss and the corpus is compared again. Read and
// written by the compare worker (compareWorker.ts); on a reopen the main thread reads the file
// during the scan and parses it only when the key matches (cheaper than a worker's copy back).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { threadId } from 'node:worker_threads';
import type { CorpusAnalysis, DocumentAnalysis } from '../engine/types';
import { ENGINE_VERSION } from '../engine/version';

export type StoredResult = Omit<CorpusAnalysis, 'documents'> & { paths: string[] };

/** A hash of everything the comparison depends on: the build, the engine, each document's path, text and read options. */
export function corpusKey(documents: readonly DocumentAnalysis[], optionsKey: string): string {
  const h = createHash('sha1');
  let build = 'unknown';
  try {
    const st = fs.statSync(__filename);
    build = `${st.size}:${st.mtimeMs}`;
  } catch {
    // no bundle on disk: the key still separates engine versions
  }
  h.update(`${ENGINE_VERSION}|${build}|${optionsKey}\n`);
  for (const d of [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    h.update(d.path).update('\0').update(d.text).update('\0').update(d.language ?? '').update('\n');
  }
  return h.digest('hex');
}

/** The stored result when its key matches; the key is the file's first line, so a miss costs one short read. */
export function readCorpusResult(file: string, key: string): StoredResult | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(128);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    const firstLine = head.subarray(0, n).toString('utf8').split('\n', 1)[0];
    if ((JSON.parse(firstLine) as { key?: string }).key !== key) return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  try {
    const all = fs.readFileSync(file, 'utf8');
    return parseBody(all.slice(all.indexOf('\n') + 1));
  } catch {
    return undefined;
  }
}

/** The result in a stored file's text when its key is `key` (the server's main thread reads the file ahead, during the scan). */
export function parseStoredResult(fileText: string, key: string): StoredResult | undefined {
  try {
    const newline = fileText.indexOf('\n');
    if ((JSON.parse(fileText.slice(0, newline)) as { key?: string }).key !== key) return undefined;
    return parseBody(fileText.slice(newline + 1));
  } catch {
    return undefined;
  }
}

function parseBody(body: string): StoredResult {
  const parsed = JSON.parse(body) as Omit<StoredResult, 'storyOf' | 'entityOfMention'> & {
    storyOf: [string, string][];
    entityOfMention: [string, string][];
  };
  return { ...parsed, storyOf: new Map(parsed.storyOf), entityOfMention: new Map(parsed.entityOfMention) };
}

/** Writes atomically (temp file + rename); a failure leaves the previous file or none. */
export function writeCorpusResult(file: string, key: string, result: StoredResult): void {
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    const { storyOf, entityOfMention, ...rest } = result;
    const body = JSON.stringify({ ...rest, fromCache: undefined, storyOf: [...storyOf], entityOfMention: [...entityOfMention] });
    fs.writeFileSync(tmp, JSON.stringify({ key }) + '\n' + body);
    fs.renameSync(tmp, file);
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing written
    }
  }
}
