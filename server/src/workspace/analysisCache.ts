// Per-document analyses persisted between sessions, so reopening a large workspace does not read
// every unchanged article again. Stored in the user's cache folder (never in the workspace: the
// server writes nothing there but dismissals), one file per set of workspace folders. Entries are
// trusted only for the same server build, engine version and read options, and the same text.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { DocumentAnalysis } from '../engine/types';
import { ENGINE_VERSION } from '../engine/version';

type Stored = Omit<DocumentAnalysis, 'text'>;
type Entry = [path: string, textHash: string, analysis: Stored];

/** Above this many documents the cache is not written. */
const MAX_ENTRIES = 50000;
/** Yield to the event loop after this many entries while writing or reading (one JSON line each). */
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

  /** Reads the cache: JSON lines, the first holding the key (so no giant string is ever built). */
  async load(): Promise<number> {
    if (!this.file) return 0;
    const entries = new Map<string, { hash: string; analysis: Stored }>();
    try {
      const lines = readline.createInterface({ input: fs.createReadStream(this.file, 'utf8'), crlfDelay: Infinity });
      let first = true;
      let n = 0;
      for await (const line of lines) {
        if (first) {
          first = false;
          if ((JSON.parse(line) as { key?: string }).key !== this.key) {
            lines.close();
            return 0;
          }
          continue;
        }
        const [p, hash, analysis] = JSON.parse(line) as Entry;
        entries.set(p, { hash, analysis });
        if (++n % SLICE === 0) await new Promise((r) => setImmediate(r));
      }
      this.entries = entries;
    } catch {
      this.entries.clear(); // absent or unreadable: start cold
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
