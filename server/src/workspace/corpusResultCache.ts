// The last full comparison of a workspace, persisted next to the per-document analysis cache
// (analysisCache.ts). Valid only for exactly the same documents (paths and texts), the same server
// build and engine version; anything else is a miss and the corpus is compared again. Read and
// written by the compare worker (compareWorker.ts); on a reopen the main thread reads the file
// during the scan and parses it only when the key matches (cheaper than a worker's copy back).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import type { AlignedClaim, Claim, CorpusAnalysis, DocumentAnalysis, Entity, Finding, FindingKind, Story } from '../engine/types';
import { MentionRefs, type CompactMentionRef } from '../engine/compare/mentionRefs';
import { ENGINE_VERSION } from '../engine/version';
import { TextSharer, type Documents } from './shareTexts';
import { StoryShelf } from './storyShelf';
import { partsByStory, type StoryPart } from '../engine/compare/compareDocuments';
import { abandon, AtomicWriter, temporaryName } from './tempFiles';
import { HeldFile } from './heldFile';

export type StoredResult = Omit<CorpusAnalysis, 'documents'> & { paths: string[] };
/**
 * What publishing the diagnostics of unopened articles needs by default: story membership and the
 * findings of HEAD_FINDING_KINDS (`findings` holds only those). Stored first, so a reopen can
 * publish before the rest — most of the file: corroborations and single-source notes — is read.
 */
export type StoredHead = Pick<StoredResult, 'paths' | 'stories' | 'storyOf' | 'findings'> & {
  /** A shelved load's reader of the stories' claims, alignments and findings (see LoadOptions.shelve). */
  shelf?: StoryShelf;
};

/** Kinds of finding stored in the head: the ones shown as warnings by default. */
export const HEAD_FINDING_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>(['conflict', 'ambiguity']);

/**
 * A hash of everything the comparison depends on: the build, the engine, each document's path, text
 * and read options. A document's text counts through its hash (of the text and the engine version):
 * the texts of cached analyses are on disk (lazyAnalysis.ts), and reading them all for a key cost time.
 */
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
    h.update(d.path).update('\0').update(d.hash).update('\0').update(d.language ?? '').update('\n');
  }
  return h.digest('hex');
}

/** Items per stored record: records stay small, so no buffer near V8's limits is ever built. */
const CHUNK = 500;
// `findings` holds the head kinds only (what unopened articles show by default); every finding is
// in its story's record. `storyIndex` says where each story's record lies.
const FIELDS = ['paths', 'stories', 'storyOf', 'findings', 'storyIndex', 'entities', 'entityOfMention'] as const;
type Field = (typeof FIELDS)[number];
const HEAD_FIELDS: ReadonlySet<Field> = new Set<Field>(['paths', 'stories', 'storyOf', 'findings', 'storyIndex']);
type IndexEntry = [story: string, offset: number, length: number];

// Layout: a JSON line with the key (a miss costs one short read), then records, each a 4-byte
// little-endian length and the v8.serialize of [field, items]. v8's structured clone reads this
// several times faster than JSON.parse reads the same data as text lines, and the file is smaller.
// - The head: paths, stories, storyOf, the head findings and the story index, then ['head', []].
// - The rest: the entities and entity-of-mention records, then ['parts', []], then one record per
//   story, ['story', [id, claims, alignments, findings]], then ['end', []]. The index gives each
//   story record's offset from the end of the ['head'] record, so a story is read alone (StoryShelf).

const frameRecord = (body: Buffer): Buffer => {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(body.length, 0);
  return Buffer.concat([length, body]);
};
/** The file's last bytes when it is whole. */
const END_RECORD = frameRecord(v8.serialize(['end', []]));

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

/**
 * Gathers a stored result record by record (the data is hundreds of MB at 10,000 articles). Given
 * the documents, it shares each record's texts, paths and ids with them as the record comes in
 * (TextSharer), so the copies a record brings die with it instead of all at once at the end.
 * Story records are gathered too when the whole result is asked for; a shelved load stops before them.
 */
class Collector {
  private readonly parts = Object.fromEntries(FIELDS.map((f) => [f, []])) as unknown as Record<Field, unknown[]>;
  private readonly story: StoryPart = { claims: [], alignments: [], findings: [] };
  private complete = false;
  private sharer: TextSharer | undefined;
  headRead = false;
  /** The ['parts'] marker was read: what follows is story records. */
  partsReached = false;

  constructor(private readonly documents?: Documents) {}

  /** Takes one record after the key line. */
  record(bytes: Buffer): void {
    const [field, items] = v8.deserialize(bytes) as [Field | 'end' | 'head' | 'parts' | 'story', unknown[]];
    if (field === 'end') this.complete = true;
    else if (field === 'head') this.headRead = true;
    else if (field === 'parts') this.partsReached = true;
    else if (field === 'story') {
      const [, claims, alignments, findings] = items as [string, Claim[], AlignedClaim[], Finding[]];
      this.sharer?.apply({ claims, alignments, findings });
      for (const c of claims) this.story.claims.push(c);
      for (const a of alignments) this.story.alignments.push(a);
      for (const f of findings) this.story.findings.push(f);
    } else if (FIELDS.includes(field)) {
      this.share(field, items);
      for (const item of items) this.parts[field].push(item);
    } else throw new Error(`unknown field ${String(field)}`);
  }

  /** Paths come first in the file: the sharer is made once the first other record arrives. */
  private share(field: Field, items: unknown[]): void {
    if (!this.documents || field === 'paths') return;
    if (!this.sharer) {
      this.sharer = new TextSharer(this.parts.paths as string[], this.documents);
      this.parts.paths = this.sharer.paths;
    }
    const sharer = this.sharer;
    if (field === 'findings') sharer.apply({ findings: items as Finding[] });
    else if (field === 'entities') this.packEntities(items as Entity[]);
    else if (field === 'stories') sharer.apply({ stories: items as Story[] });
    else if (field === 'storyOf') for (const pair of items as [string, string][]) (pair[0] = sharer.own(pair[0])), (pair[1] = sharer.one(pair[1]));
    else if (field === 'entityOfMention') {
      for (const pair of items as [string, (string | undefined)[]][]) {
        pair[0] = sharer.own(pair[0]);
        pair[1] = pair[1].map((id) => (id === undefined ? id : sharer.one(id)));
      }
    }
    else if (field === 'storyIndex') for (const entry of items as IndexEntry[]) entry[0] = sharer.one(entry[0]);
  }

  /**
   * A record of entities with their mention lists packed (mentionRefs.ts), in place: one object and
   * one text per reference were ~35 MB of the server's heap for the session at 10,000 articles.
   */
  private packEntities(entities: Entity[]): void {
    const sharer = this.sharer!;
    const docs = sharer.paths.map((p) => this.documents!.get(p) ?? { path: p, text: '' });
    const lists = entities.map((e) => e.mentions as unknown as CompactMentionRef[]);
    const refs = MentionRefs.fromCompact(docs, lists);
    entities.forEach((e, i) => {
      const { mentions: _mentions, ...fields } = e;
      sharer.shareEntityFields(fields);
      entities[i] = refs.entity(fields, i);
    });
  }

  /** The head, once its marker was read; the arrays are the ones the full result will hold. */
  head(): StoredHead {
    const parts = this.parts;
    return { paths: parts.paths as string[], stories: parts.stories as StoredResult['stories'], storyOf: new Map(parts.storyOf as [string, string][]), findings: parts.findings as StoredResult['findings'] };
  }

  storyIndex(): Map<string, readonly [number, number]> {
    return new Map((this.parts.storyIndex as IndexEntry[]).map(([story, offset, length]) => [story, [offset, length] as const]));
  }

  /** The whole result (every story record read), or with `shelved` the result up to the story records. */
  result(shelved = false): StoredResult | undefined {
    const parts = this.parts;
    if (!this.headRead || (shelved ? !this.partsReached : !this.complete)) return undefined; // cut short (a full disk): a miss
    return {
      paths: parts.paths as string[],
      stories: parts.stories as StoredResult['stories'],
      storyOf: new Map(parts.storyOf as [string, string][]),
      entities: parts.entities as StoredResult['entities'],
      entityOfMention: new Map(parts.entityOfMention as [string, (string | undefined)[]][]),
      ...(shelved ? { claims: [], alignments: [], findings: parts.findings as Finding[] } : this.story),
    };
  }
}

const keyOf = (line: string): string | undefined => (JSON.parse(line) as { key?: string }).key;

/** Splits the bytes after the key line into records until `stop` says so; returns where the unread tail starts. */
function takeRecords(bytes: Buffer, from: number, collector: Collector, stop: () => boolean = () => false): number {
  while (from + 4 <= bytes.length && !stop()) {
    const length = bytes.readUInt32LE(from);
    if (from + 4 + length > bytes.length) break;
    collector.record(bytes.subarray(from + 4, from + 4 + length));
    from += 4 + length;
  }
  return from;
}

/** The result in a stored file's bytes when its key is `key` (the compare worker reads the file whole). */
export function parseStoredResult(bytes: Buffer, key: string): StoredResult | undefined {
  try {
    const newline = bytes.indexOf(10);
    if (newline < 0 || keyOf(bytes.toString('utf8', 0, newline)) !== key) return undefined;
    const collector = new Collector();
    if (takeRecords(bytes, newline + 1, collector) !== bytes.length) return undefined; // a torn tail
    return collector.result();
  } catch {
    return undefined;
  }
}

/** Bytes read (and records parsed) between two turns of the event loop while the server loads a stored result. */
const BYTES_PER_TURN = 1 << 20;

/**
 * The stored result when its key is `key`, streamed: the server's main thread never holds the
 * whole file, and answers requests between reads of a megabyte.
 */
export function loadStoredResult(file: string, key: string, cancelled: () => boolean = () => false): Promise<StoredResult | undefined> {
  return streamStoredResult(file, key, { cancelled });
}

export interface LoadOptions {
  cancelled?: () => boolean;
  /** Reading the rest waits for this (the server first sends what the head allows it to). */
  resume?: Promise<void>;
  /** When given, what is read is shared with these documents record by record (shareTexts' work, done as it comes in). */
  documents?: Documents;
  /**
   * Leave the claims, alignments and findings in the file (needs `documents`): the head comes with a
   * StoryShelf that reads a story's when asked, and the rest is only the entities. The result's
   * `findings` are then the head's.
   */
  shelve?: boolean;
}

/**
 * The stored result in two steps: the head as soon as it is read (undefined on a miss), and the
 * result (`rest`, undefined when the file turns out torn or the load is cancelled) later.
 * The head's findings are the same objects as a shelved result's.
 */
export function loadStoredResultInTwo(file: string, key: string, options: LoadOptions = {}): Promise<{ head: StoredHead; rest: Promise<StoredResult | undefined> } | undefined> {
  return new Promise((resolve) => {
    let headSent = false;
    const rest: Promise<StoredResult | undefined> = streamStoredResult(file, key, options, (head) => {
      headSent = true;
      // Later than `rest` is assigned: the head is only ever read after at least one await.
      queueMicrotask(() => resolve({ head, rest }));
    });
    void rest.then((whole) => {
      if (!headSent) resolve(whole ? { head: whole, rest } : undefined);
    });
  });
}

async function streamStoredResult(file: string, key: string, options: LoadOptions, onHead?: (head: StoredHead) => void): Promise<StoredResult | undefined> {
  const { cancelled = () => false, resume, documents } = options;
  const shelve = options.shelve === true && documents !== undefined;
  let handle: fs.promises.FileHandle | undefined;
  // A shelved load holds the file for its StoryShelf; let go here unless the shelf took it.
  let shelfFile: HeldFile | undefined;
  let shelfTaken = false;
  try {
    handle = await fs.promises.open(file, 'r');
    // The same file as `handle` (not one renamed over it since): the index must fit the records.
    if (shelve) shelfFile = HeldFile.open(file, await handle.stat());
    const collector = new Collector(documents);
    /** Absolute offset of `pending[0]` in the file, and of the first byte after the ['head'] record once known. */
    let position = 0;
    let restStart: number | undefined;
    const handHead = async (): Promise<void> => {
      if (!collector.headRead || !onHead || restStart === undefined) return;
      const head = collector.head();
      if (shelve) {
        shelfTaken = true;
        head.shelf = new StoryShelf(shelfFile, restStart, collector.storyIndex(), head.paths, documents!);
      }
      onHead(head);
      onHead = undefined;
      await resume;
    };
    /** Takes the records in `bytes` from `from`; notes where the rest starts once the head marker is passed. */
    const take = (bytes: Buffer, from: number, at: number): number => {
      if (!collector.headRead) {
        from = takeRecords(bytes, from, collector, () => collector.headRead);
        if (!collector.headRead) return from;
        restStart = at + from;
      }
      return takeRecords(bytes, from, collector, () => shelve && collector.partsReached);
    };
    let pending = Buffer.alloc(0);
    let keyChecked = false;
    const chunk = Buffer.alloc(BYTES_PER_TURN);
    for (;;) {
      if (shelve && collector.partsReached) break;
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      pending = pending.length ? Buffer.concat([pending, chunk.subarray(0, bytesRead)]) : Buffer.from(chunk.subarray(0, bytesRead));
      let from = 0;
      if (!keyChecked) {
        const newline = pending.indexOf(10);
        if (newline < 0) continue;
        if (keyOf(pending.toString('utf8', 0, newline)) !== key) return undefined;
        keyChecked = true;
        from = newline + 1;
      }
      from = take(pending, from, position);
      position += from;
      pending = pending.subarray(from);
      // The head goes out before any longer record after it is read (the rest starts with the entities: records of a megabyte).
      await handHead();
      // A record longer than what is buffered is read into one buffer of its own size: growing
      // `pending` a megabyte at a time copied a large record over and over (a second of a 10k reopen).
      if (keyChecked && !(shelve && collector.partsReached) && pending.length >= 4 && 4 + pending.readUInt32LE(0) > pending.length) {
        const whole = Buffer.allocUnsafe(4 + pending.readUInt32LE(0));
        let filled = pending.copy(whole);
        while (filled < whole.length) {
          const more = await handle.read(whole, filled, Math.min(BYTES_PER_TURN, whole.length - filled), null);
          if (more.bytesRead === 0) return undefined; // a torn tail
          filled += more.bytesRead;
          if (filled < whole.length) await new Promise((r) => setImmediate(r));
          if (cancelled()) return undefined;
        }
        take(whole, 0, position);
        position += whole.length;
        pending = Buffer.alloc(0);
      }
      await handHead();
      await new Promise((r) => setImmediate(r));
      if (cancelled()) return undefined;
    }
    if (shelve) {
      // The story records are left unread: the file must still be whole, ending in its ['end'] record.
      const { size } = await handle.stat();
      const tail = Buffer.alloc(END_RECORD.length);
      const { bytesRead } = await handle.read(tail, 0, tail.length, size - tail.length);
      if (!collector.partsReached || bytesRead !== tail.length || !tail.equals(END_RECORD)) return undefined;
      return collector.result(true);
    }
    if (pending.length) return undefined; // a torn tail
    return collector.result();
  } catch {
    return undefined; // absent, unreadable or not ours: compare instead
  } finally {
    await handle?.close();
    if (!shelfTaken) shelfFile?.close();
  }
}

/** Writes one record; returns its length in the file. */
function writeRecord(fd: number, value: unknown): number {
  // The length and the body written apart: a record copied whole doubled the buffers a large
  // write leaves for the next GC (tens of MB of the index worker's peak, in malloc's arenas).
  const body = v8.serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(body.length, 0);
  fs.writeSync(fd, length);
  fs.writeSync(fd, body);
  return length.length + body.length;
}

/** Writes atomically (temp file + rename), a record per CHUNK items; a failure leaves the previous file or none. */
export function writeCorpusResult(file: string, key: string, result: StoredResult): void {
  const writer = new CorpusResultWriter(file, key, result);
  // Story by story, as the compare worker writes it (a result's lists are in story order).
  const pathOf = (p: string | number) => (typeof p === 'number' ? result.paths[p] : p);
  const parts = partsByStory(result, (c) => result.storyOf.get(pathOf(c.path)));
  for (const [story, part] of parts) writer.add(part, story);
  writer.finish();
}

/**
 * Writes a stored result while it is produced, story by story, so the writer (the compare worker)
 * never holds the whole result. The head (paths, stories, head findings, story index) and the rest
 * go to two temporary files, joined in the file's layout at `finish` and renamed into place; any
 * failure leaves the previous file or none.
 */
export class CorpusResultWriter extends AtomicWriter {
  private readonly headTmp: string;
  private readonly restTmp: string;
  private head: number | undefined;
  private rest: number | undefined;
  /** Bytes written to the rest so far: where the next story record starts. */
  private restBytes = 0;
  private readonly index: IndexEntry[] = [];
  private readonly pending = new Map<Field, unknown[]>();

  constructor(
    private readonly file: string,
    key: string,
    frame: Pick<StoredResult, 'paths' | 'stories' | 'storyOf' | 'entityOfMention'> & { entities: Iterable<Entity> },
  ) {
    super();
    this.headTmp = temporaryName(file);
    this.restTmp = `${this.headTmp}.rest`;
    this.attempt(() => {
      this.head = fs.openSync(this.headTmp, 'w');
      this.rest = fs.openSync(this.restTmp, 'w');
      fs.writeSync(this.head, JSON.stringify({ key }) + '\n');
      this.list('paths', frame.paths);
      this.list('stories', frame.stories);
      this.list('storyOf', [...frame.storyOf]);
      this.list('entities', frame.entities);
      this.list('entityOfMention', [...frame.entityOfMention]);
      this.restBytes += writeRecord(this.rest, ['parts', []]);
    });
  }

  /** One story's claims, alignments and findings, in the result's order. */
  add(part: StoryPart, story: string): void {
    if (part.claims.length + part.alignments.length + part.findings.length === 0) return;
    this.attempt(() => {
      for (const f of part.findings) if (HEAD_FINDING_KINDS.has(f.kind)) this.item('findings', f);
      const length = writeRecord(this.rest!, ['story', [story, part.claims, part.alignments, part.findings]]);
      // The length without its 4-byte prefix: what v8.deserialize is given.
      this.index.push([story, this.restBytes + 4, length - 4]);
      this.restBytes += length;
    });
  }

  /** Puts the file in place; false when any step failed (nothing of it is left then). */
  finish(): boolean {
    this.attempt(() => {
      this.flush('findings');
      this.list('storyIndex', this.index);
      writeRecord(this.head!, ['head', []]);
      writeRecord(this.rest!, ['end', []]);
      fs.closeSync(this.rest!);
      this.rest = undefined;
      appendFile(this.head!, this.restTmp);
      fs.closeSync(this.head!);
      this.head = undefined;
      fs.unlinkSync(this.restTmp);
      fs.renameSync(this.headTmp, this.file);
    });
    return this.ok;
  }

  private list(field: Field, items: Iterable<unknown>): void {
    for (const item of items) this.item(field, item);
    this.flush(field);
  }

  private item(field: Field, item: unknown): void {
    let list = this.pending.get(field);
    if (!list) this.pending.set(field, (list = []));
    list.push(item);
    if (list.length >= CHUNK) this.flush(field);
  }

  private flush(field: Field): void {
    const list = this.pending.get(field);
    if (!list?.length) return;
    const length = writeRecord(HEAD_FIELDS.has(field) ? this.head! : this.rest!, [field, list]);
    if (!HEAD_FIELDS.has(field)) this.restBytes += length;
    this.pending.set(field, []);
  }

  protected abandonFiles(): void {
    abandon([this.head, this.rest], [this.headTmp, this.restTmp]);
  }
}

/** Appends a file's bytes to an open file, a megabyte at a time. */
function appendFile(fd: number, from: string): void {
  const source = fs.openSync(from, 'r');
  try {
    const chunk = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = fs.readSync(source, chunk, 0, chunk.length, null);
      if (n === 0) break;
      fs.writeSync(fd, chunk, 0, n);
    }
  } finally {
    fs.closeSync(source);
  }
}
