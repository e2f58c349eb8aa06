// Per-document analyses persisted between sessions, so reopening a large workspace does not read
// every unchanged article again. Stored in the user's cache folder (never in the workspace: the
// server writes nothing there but dismissals), one file per set of workspace folders. Entries are
// trusted only for the same server build, engine version and read options, and the same text.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DocumentAnalysis } from '../engine/types';
import { ENGINE_VERSION } from '../engine/version';

type Stored = Omit<DocumentAnalysis, 'text'>;
type Entry = [path: string, textHash: string, analysis: Stored];

/** Above this many documents the cache is not written. */
const MAX_ENTRIES = 50000;
/** Yield to the event loop after this many entries while writing (one JSON line each). */
const SLICE = 200;
/** Bytes read at a time when loading; a yield to the event loop follows each chunk. */
const CHUNK = 1 << 20;

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
    this.file = dir && folders.length ? path.join(dir, `analyses-${id}.json`) : undefined;
    this.key = buildKey(optionsKey);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Where the compare worker keeps the last full comparison of the same folders (corpusResultCache.ts). */
  get corpusFile(): string | undefined {
    return this.file?.replace(/analyses-([0-9a-f]+)\.json$/, 'corpus-$1.bin');
  }

  /**
   * Reads the cache: JSON lines, the first holding the key. Bytes are read in chunks and each line
   * decoded on its own (no giant string, no whole-file buffer); a readline stream over the same 67 MB
   * (10,000 articles) spent more time splitting lines than JSON.parse spent parsing them.
   */
  async load(): Promise<number> {
    if (!this.file) return 0;
    const entries = new Map<string, { hash: string; analysis: Stored }>();
    let n = 0;
    const take = (line: string): boolean => {
      if (n++ === 0) return (JSON.parse(line) as { key?: string }).key === this.key;
      const [p, hash, analysis] = JSON.parse(line) as Entry;
      entries.set(p, { hash, analysis });
      return true;
    };
    try {
      const handle = await fs.promises.open(this.file, 'r');
      try {
        let buf = Buffer.alloc(CHUNK);
        let filled = 0;
        for (;;) {
          if (filled === buf.length) buf = Buffer.concat([buf, Buffer.alloc(buf.length)]); // a line longer than the buffer
          const { bytesRead } = await handle.read(buf, filled, buf.length - filled, null);
          filled += bytesRead;
          let start = 0;
          for (let nl = buf.indexOf(10, start); nl >= 0 && nl < filled; nl = buf.indexOf(10, start)) {
            if (nl > start && !take(buf.toString('utf8', start, nl))) return 0;
            start = nl + 1;
          }
          if (bytesRead === 0) {
            if (filled > start && !take(buf.toString('utf8', start, filled))) return 0;
            break;
          }
          buf.copy(buf, 0, start, filled);
          filled -= start;
          await new Promise((r) => setImmediate(r));
        }
      } finally {
        await handle.close();
      }
      this.entries = entries;
    } catch {
      this.entries.clear(); // absent or unreadable: start cold
    }
    return this.entries.size;
  }

  /** Whether an analysis of `docPath` is stored (of whatever text). */
  has(docPath: string): boolean {
    return this.entries.has(docPath);
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
      let chunk: string[] = [];
      for (const { analysis, diskText } of documents) {
        if (analysis.text !== diskText) continue; // an unsaved buffer is not what is on disk
        const { text: _text, ...rest } = analysis;
        const hash = textHash(diskText);
        entries.set(analysis.path, { hash, analysis: rest });
        chunk.push(JSON.stringify([analysis.path, hash, rest] satisfies Entry));
        if (chunk.length >= SLICE) {
          await handle.write(chunk.join('\n') + '\n');
          chunk = [];
        }
      }
      if (chunk.length) await handle.write(chunk.join('\n') + '\n');
    } finally {
      await handle.close();
    }
    await fs.promises.rename(tmp, this.file);
    this.entries = entries;
    return true;
  }
}
