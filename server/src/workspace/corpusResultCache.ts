// The last full comparison of a workspace, persisted next to the per-document analysis cache
// (analysisCache.ts). Valid only for exactly the same documents (paths and texts), the same server
// build and engine version; anything else is a miss and the corpus is compared again. Read and
// written by the compare worker (compareWorker.ts); on a reopen the main thread reads the file
// during the scan and parses it only when the key matches (cheaper than a worker's copy back).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as readline from 'node:readline';
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

/** Items per stored line: lines stay small, so no string near V8's length limit is ever built. */
const CHUNK = 500;
const FIELDS = ['paths', 'stories', 'storyOf', 'entities', 'entityOfMention', 'claims', 'alignments', 'findings'] as const;
type Field = (typeof FIELDS)[number];

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
    return parseStoredResult(fs.readFileSync(file), key);
  } catch {
    return undefined;
  }
}

/** Gathers a stored result line by line (the file is hundreds of MB at 10,000 articles). */
class Collector {
  private readonly parts = Object.fromEntries(FIELDS.map((f) => [f, []])) as unknown as Record<Field, unknown[]>;
  private complete = false;

  /** Takes one line after the key line. */
  line(text: string): void {
    if (!text) return;
    const [field, items] = JSON.parse(text) as [Field | 'end', unknown[]];
    if (field === 'end') this.complete = true;
    else for (const item of items) this.parts[field].push(item);
  }

  result(): StoredResult | undefined {
    const parts = this.parts;
    if (!this.complete) return undefined; // cut short (a full disk): a miss
    return {
      paths: parts.paths as string[],
      stories: parts.stories as StoredResult['stories'],
      storyOf: new Map(parts.storyOf as [string, string][]),
      entities: parts.entities as StoredResult['entities'],
      entityOfMention: new Map(parts.entityOfMention as [string, string][]),
      claims: parts.claims as StoredResult['claims'],
      alignments: parts.alignments as StoredResult['alignments'],
      findings: parts.findings as StoredResult['findings'],
    };
  }
}

const keyOf = (line: string): string | undefined => (JSON.parse(line) as { key?: string }).key;

/** The result in a stored file's bytes when its key is `key` (the compare worker reads the file whole). */
export function parseStoredResult(bytes: Buffer, key: string): StoredResult | undefined {
  try {
    let newline = bytes.indexOf(10);
    if (newline < 0 || keyOf(bytes.toString('utf8', 0, newline)) !== key) return undefined;
    const collector = new Collector();
    for (let from = newline + 1; from < bytes.length; from = newline + 1) {
      newline = bytes.indexOf(10, from);
      if (newline < 0) newline = bytes.length;
      collector.line(bytes.toString('utf8', from, newline));
    }
    return collector.result();
  } catch {
    return undefined;
  }
}

/** Lines parsed between two turns of the event loop while the server loads a stored result. */
const LINES_PER_TURN = 8;

/**
 * The stored result when its key is `key`, streamed: the server's main thread never holds the
 * whole file, and answers requests between a few lines.
 */
export async function loadStoredResult(file: string, key: string, cancelled: () => boolean = () => false): Promise<StoredResult | undefined> {
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  try {
    const collector = new Collector();
    let first = true;
    let n = 0;
    for await (const line of lines) {
      if (first) {
        first = false;
        if (keyOf(line) !== key) return undefined;
        continue;
      }
      collector.line(line);
      if (++n % LINES_PER_TURN === 0) {
        await new Promise((r) => setImmediate(r));
        if (cancelled()) return undefined;
      }
    }
    return collector.result();
  } catch {
    return undefined; // absent, unreadable or not ours: compare instead
  } finally {
    lines.close();
    stream.destroy();
  }
}

/** Writes atomically (temp file + rename), a line per CHUNK items; a failure leaves the previous file or none. */
export function writeCorpusResult(file: string, key: string, result: StoredResult): void {
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'w');
    fs.writeSync(fd, JSON.stringify({ key }) + '\n');
    const lists: Record<Field, readonly unknown[]> = {
      paths: result.paths,
      stories: result.stories,
      storyOf: [...result.storyOf],
      entities: result.entities,
      entityOfMention: [...result.entityOfMention],
      claims: result.claims,
      alignments: result.alignments,
      findings: result.findings,
    };
    for (const field of FIELDS) {
      const list = lists[field];
      for (let i = 0; i < list.length; i += CHUNK) fs.writeSync(fd, JSON.stringify([field, list.slice(i, i + CHUNK)]) + '\n');
    }
    fs.writeSync(fd, JSON.stringify(['end', []]) + '\n');
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch {
    try {
      if (fd !== undefined) fs.closeSync(fd);
      fs.unlinkSync(tmp);
    } catch {
      // nothing written
    }
  }
}
