// Per-document analyses persisted between sessions, so reopening a large workspace does not read
// every unchanged article again. Stored in the user's cache folder (never in the workspace: the
// server writes nothing there but dismissals), one file per set of workspace folders. Entries are
// trusted only for the same server build, engine version and read options, and the same text.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { DocumentAnalysis } from '../engine/types';
import { ENGINE_VERSION } from '../engine/version';

type Stored = Omit<DocumentAnalysis, 'text'>;
type Entry = [path: string, textHash: string, analysis: Stored];

/** Above this many documents the cache is not written. */
const MAX_ENTRIES = 50000;
/** Entries per stored record; the event loop gets a turn after each record while writing or reading. */
const SLICE = 200;

export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function cacheDir(): string | undefined {
  const env = process.env.NEWSLENS_CACHE_DIR;
  if (env === 'off') return undefined;
  if (env) return env;
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'newslens');
}

/** Changes whenever the server bundle is rebuilt, the engine version or the read options change. */
function buildKey(optionsKey: string): string {
  let build = '';
  try {
    const st = fs.statSync(__filename);
    build = `${st.size}:${st.mtimeMs}`;
  } catch {
    build = 'unknown';
  }
  return `${ENGINE_VERSION}|${build}|${optionsKey}`;
}

export class AnalysisCache {
  private entries = new Map<string, { hash: string; analysis: Stored }>();
  private readonly file: string | undefined;
  private readonly key: string;

  constructor(folders: readonly string[], optionsKey: string) {
    const dir = cacheDir();
    const id = createHash('sha1').update(JSON.stringify([...folders].sort())).digest('hex').slice(0, 16);
    this.file = dir && folders.length ? path.join(dir, `analyses-${id}.bin`) : undefined;
    this.key = buildKey(optionsKey);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Where the compare worker keeps the last full comparison of the same folders (corpusResultCache.ts). */
  get corpusFile(): string | undefined {
    return this.file?.replace(/analyses-([0-9a-f]+)\.bin$/, 'corpus-$1.bin');
  }

  /**
   * Reads the cache: a JSON line with the key, then records (a 4-byte little-endian length and the
   * v8.serialize of up to SLICE entries). v8's structured clone reads the analyses several times
   * faster than JSON.parse read them as text lines (a reopen of 10,000 articles waited on it).
   */
  async load(): Promise<number> {
    if (!this.file) return 0;
    const entries = new Map<string, { hash: string; analysis: Stored }>();
    try {
      const bytes = await fs.promises.readFile(this.file);
      const newline = bytes.indexOf(10);
      if (newline < 0 || (JSON.parse(bytes.toString('utf8', 0, newline)) as { key?: string }).key !== this.key) return 0;
      let at = newline + 1;
      while (at < bytes.length) {
        if (at + 4 > bytes.length) throw new Error('torn');
        const length = bytes.readUInt32LE(at);
        if (at + 4 + length > bytes.length) throw new Error('torn');
        for (const [p, hash, analysis] of v8.deserialize(bytes.subarray(at + 4, at + 4 + length)) as Entry[]) entries.set(p, { hash, analysis });
        at += 4 + length;
        await new Promise((r) => setImmediate(r));
      }
      this.entries = entries;
    } catch {
      this.entries.clear(); // absent, torn or unreadable: start cold
    }
    return this.entries.size;
  }

  /** The cached analysis of `path` if it was made from exactly this text. */
  get(docPath: string, text: string): DocumentAnalysis | undefined {
    const e = this.entries.get(docPath);
    if (!e || e.hash !== textHash(text)) return undefined;
    return { ...e.analysis, path: docPath, text } as DocumentAnalysis;
  }

  /** Writes the analyses of on-disk texts (atomically: temp file + rename). */
  async save(documents: { analysis: DocumentAnalysis; diskText: string }[]): Promise<boolean> {
    if (!this.file || documents.length > MAX_ENTRIES) return false;
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const handle = await fs.promises.open(tmp, 'w');
    const entries = new Map<string, { hash: string; analysis: Stored }>();
    try {
      await handle.write(JSON.stringify({ key: this.key }) + '\n');
      let chunk: Entry[] = [];
      const flush = async () => {
        const body = v8.serialize(chunk);
        const length = Buffer.alloc(4);
        length.writeUInt32LE(body.length, 0);
        await handle.write(length);
        await handle.write(body);
        chunk = [];
      };
      for (const { analysis, diskText } of documents) {
        if (analysis.text !== diskText) continue; // an unsaved buffer is not what is on disk
        const { text: _text, ...rest } = analysis;
        const hash = textHash(diskText);
        entries.set(analysis.path, { hash, analysis: rest });
        chunk.push([analysis.path, hash, rest]);
        if (chunk.length >= SLICE) await flush();
      }
      if (chunk.length) await flush();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(tmp, this.file);
    this.entries = entries;
    return true;
  }
}
