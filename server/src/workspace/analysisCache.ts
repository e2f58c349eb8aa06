// Per-document analyses persisted between sessions, so reopening a large workspace does not read
// every unchanged article again. Stored in the user's cache folder (never in the workspace: the
// server writes nothing there but dismissals), one file per set of workspace folders. Entries are
// trusted only for the same server build, engine version and read options, and the same text. The
// file holds each article's text too: an analysis taken from it reads its text from there when asked,
// so the server does not hold every article's text for the session (lazyAnalysis.ts).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DocumentAnalysis } from '../engine/types';
import { ENGINE_VERSION } from '../engine/version';
import { BulkySource, isUnreadable, lazyAnalysis, splitAnalysis, storedParts, type Light } from './lazyAnalysis';
import { abandon, AtomicWriter, temporaryName } from './tempFiles';
import { HeldFile } from './heldFile';

/**
 * A line after the key: `[path, text hash, light part]`, a tab, the bulky parts' JSON, a tab, the
 * text as a JSON string (JSON has no raw tab, so the tabs are where the parts end).
 */
type LightEntry = [path: string, textHash: string, light: Omit<Light, 'text' | 'path'>];
export interface Entry {
  hash: string;
  light: Omit<Light, 'text' | 'path'>;
  offset: number;
  length: number;
  textOffset: number;
  textLength: number;
}

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
  private entries = new Map<string, Entry>();
  private source: BulkySource | undefined;
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

  /** The folder the cache files are in. */
  get folder(): string | undefined {
    return this.file && path.dirname(this.file);
  }

  /** Where the compare worker keeps the last full comparison of the same folders (corpusResultCache.ts). */
  get corpusFile(): string | undefined {
    return this.file?.replace(/analyses-([0-9a-f]+)\.json$/, 'corpus-$1.bin');
  }

  /**
   * Reads the cache: lines, the first holding the key. Bytes are read in chunks and each line's
   * light part parsed on its own (no giant string, no whole-file buffer); the bulky parts are only
   * located, and parsed when an analysis is read (lazyAnalysis.ts). The file stays open for that.
   */
  async load(): Promise<number> {
    if (!this.file) return 0;
    const entries = new Map<string, Entry>();
    let n = 0;
    /** Absolute offset of `buf[0]` in the file. */
    let base = 0;
    let handle: fs.promises.FileHandle | undefined;
    const take = (buf: Buffer, start: number, end: number): boolean => {
      if (n++ === 0) return (JSON.parse(buf.toString('utf8', start, end)) as { key?: string }).key === this.key;
      const tab = buf.indexOf(9, start);
      const second = tab < 0 ? -1 : buf.indexOf(9, tab + 1);
      if (tab < 0 || second < 0 || second >= end) throw new Error('a line without its bulky part or text');
      const [p, hash, light] = JSON.parse(buf.toString('utf8', start, tab)) as LightEntry;
      entries.set(p, { hash, light, offset: base + tab + 1, length: second - tab - 1, textOffset: base + second + 1, textLength: end - second - 1 });
      return true;
    };
    try {
      handle = await fs.promises.open(this.file, 'r');
      let buf = Buffer.alloc(CHUNK);
      let filled = 0;
      for (;;) {
        if (filled === buf.length) buf = Buffer.concat([buf, Buffer.alloc(buf.length)]); // a line longer than the buffer
        const { bytesRead } = await handle.read(buf, filled, buf.length - filled, null);
        filled += bytesRead;
        let start = 0;
        for (let nl = buf.indexOf(10, start); nl >= 0 && nl < filled; nl = buf.indexOf(10, start)) {
          if (nl > start && !take(buf, start, nl)) return 0;
          start = nl + 1;
        }
        if (bytesRead === 0) {
          if (filled > start && !take(buf, start, filled)) return 0;
          break;
        }
        buf.copy(buf, 0, start, filled);
        filled -= start;
        base += start;
        await new Promise((r) => setImmediate(r));
      }
      // The bulky parts are read later from this very file (a save renames a new one into its place).
      this.source = new BulkySource(HeldFile.open(this.file, await handle.stat()));
      this.entries = entries;
    } catch {
      this.entries.clear(); // absent or unreadable: start cold
    } finally {
      await handle?.close();
    }
    return this.entries.size;
  }

  /** Whether an analysis of `docPath` is stored (of whatever text). */
  has(docPath: string): boolean {
    return this.entries.has(docPath);
  }

  /**
   * The cached analysis of `path` if it was made from the text whose textHash is `hash`. Its text and
   * bulky parts are read from the file when first used.
   */
  get(docPath: string, hash: string): DocumentAnalysis | undefined {
    const e = this.entries.get(docPath);
    if (!e || !this.source || e.hash !== hash) return undefined;
    return analysisAt(docPath, e, this.source);
  }

  /**
   * Writes analyses of on-disk texts, each with the textHash of the file's text it was made from
   * (atomically: temp file + rename), yielding to the event loop between slices.
   */
  async save(documents: { analysis: DocumentAnalysis; hash: string }[]): Promise<boolean> {
    if (!this.file || documents.length > MAX_ENTRIES) return false;
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    const writer = new AnalysisCacheWriter(this.file, this.key);
    let i = 0;
    for (const { analysis, hash } of documents) {
      writer.add(analysis, hash);
      if (++i % SLICE === 0) await new Promise((r) => setImmediate(r));
    }
    const written = writer.finish();
    if (!written) return false;
    this.adopt(written);
    return true;
  }

  /** Takes what a writer put in place as this cache's content (no second read of the file). */
  adopt(written: NonNullable<ReturnType<AnalysisCacheWriter['finish']>>): void {
    this.entries = written.entries;
    this.source = written.source;
  }

  /** A writer for analyses as they are made (the index worker writes each article's as it reads it). */
  writer(): AnalysisCacheWriter | undefined {
    if (!this.file) return undefined;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
    } catch {
      return undefined; // no cache folder (read-only home): the caller keeps its analyses in memory
    }
    return new AnalysisCacheWriter(this.file, this.key);
  }
}

/** The analysis an entry describes, its text and bulky parts read from the source when first used. */
export function analysisAt(docPath: string, e: Entry, source: BulkySource): DocumentAnalysis {
  return lazyAnalysis({ ...e.light, path: docPath }, { source, offset: e.offset, length: e.length, textOffset: e.textOffset, textLength: e.textLength });
}

/** Writes a cache file line by line into a temporary file, renamed into place by `finish`. */
export class AnalysisCacheWriter extends AtomicWriter {
  private readonly tmp: string;
  private fd: number | undefined;
  private position = 0;
  private count = 0;
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly file: string,
    key: string,
  ) {
    super();
    this.tmp = temporaryName(file);
    this.attempt(() => {
      this.fd = fs.openSync(this.tmp, 'w');
      this.write(JSON.stringify({ key }) + '\n');
    });
  }

  /**
   * Adds one analysis of an on-disk text, `hash` being that text's textHash (the caller's word: an
   * unsaved buffer's analysis is not what is on disk and must not be given).
   */
  add(analysis: DocumentAnalysis, hash: string): void {
    if (this.count >= MAX_ENTRIES) return;
    this.attempt(() => {
      // A lazy analysis's parts are copied as stored, not parsed and written again.
      const stored = storedParts(analysis);
      const { light, bulky } = splitAnalysis(analysis);
      if (isUnreadable(analysis)) return; // its parts are empty stand-ins, not the article's
      const { path: p, ...rest } = light;
      const line = JSON.stringify([p, hash, rest] satisfies LightEntry);
      const head = line + '\t';
      const body = stored?.bulky ?? JSON.stringify(bulky);
      const text = stored?.text ?? JSON.stringify(analysis.text);
      const offset = this.position + Buffer.byteLength(head);
      const length = Buffer.byteLength(body);
      this.write(head + body + '\t' + text + '\n');
      // The light part as read back, not the analysis's own: its strings may be slices of the text
      // (a front-matter title), and a slice keeps the whole text alive (CLI, index worker: every article's).
      const own = (JSON.parse(line) as LightEntry)[2];
      this.entries.set(p, { hash, light: own, offset, length, textOffset: offset + length + 1, textLength: Buffer.byteLength(text) });
      this.count++;
    });
  }

  /** Whether an analysis of `docPath` was written. */
  has(docPath: string): boolean {
    return this.entries.has(docPath);
  }

  /** Puts the file in place; undefined when any step failed (the previous file stays then). */
  finish(): { entries: Map<string, Entry>; source: BulkySource } | undefined {
    let source: BulkySource | undefined;
    this.attempt(() => {
      fs.closeSync(this.fd!);
      this.fd = undefined;
      // Held before the rename: it reads this file whatever is renamed over it later.
      const held = HeldFile.open(this.tmp);
      try {
        fs.renameSync(this.tmp, this.file);
      } catch (e) {
        held.close();
        throw e;
      }
      source = new BulkySource(held);
    });
    return source && { entries: this.entries, source };
  }

  private write(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    fs.writeSync(this.fd!, bytes);
    this.position += bytes.length;
  }

  protected abandonFiles(): void {
    abandon([this.fd], [this.tmp]);
    this.fd = undefined;
  }
}
