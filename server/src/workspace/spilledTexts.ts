// A comparison worker's article texts, on disk while it compares (the index worker's, and those an
// after-edit comparison's message brings). At 10,000 articles the texts are ~25 MB of the worker's
// heap (one curly quote makes a whole article a two-byte string), held through the whole
// comparison, which needs a few at a time: a story's, or one article's in a pass over all of them. Each text goes to a temporary file as it is read and is read back when asked;
// the last KEPT are kept decoded.
import * as fs from 'node:fs';
import { HeldFile } from './heldFile';
import { temporaryName } from './tempFiles';

/** Texts kept decoded: more than the largest story, so a story's comparison reads each once. */
const KEPT = 1024;

/**
 * One descriptor, open from `create` to `release`. A worker stopped mid-comparison (a newer edit
 * stops the last one) is terminated without running its `finally`; Node closes the raw descriptors
 * a worker opened when it exits (`trackUnmanagedFds`, on by default since Node 14.6), and the named
 * file is removed with the worker's other temporary files then (stopWhenCancelled), or at the next
 * start (removeStaleFiles). An open and a close per text, as before, were ~1 s of a 10,000-article
 * comparison after an edit.
 */
export class SpilledTexts {
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private position = 0;
  private readonly kept = new Map<number, string>();

  private constructor(
    private readonly file: string,
    private fd: number | undefined,
  ) {}

  /** A store in a temporary file next to `near` (in the cache folder); undefined when it cannot be made. */
  static create(near: string): SpilledTexts | undefined {
    const file = `${temporaryName(near)}.texts`;
    try {
      return new SpilledTexts(file, fs.openSync(file, 'w+'));
    } catch {
      return undefined;
    }
  }

  /** Stores a text; its number, or undefined when it could not be written (keep it in memory then). */
  add(text: string): number | undefined {
    if (this.fd === undefined) return undefined;
    const bytes = Buffer.from(text, 'utf8');
    try {
      for (let written = 0; written < bytes.length; ) {
        const n = fs.writeSync(this.fd, bytes, written, bytes.length - written, this.position + written);
        if (n === 0) throw new Error('no byte written');
        written += n;
      }
    } catch {
      // A short write leaves bytes no offset points at; the next text starts after them.
      this.position = this.sizeOnDisk();
      return undefined;
    }
    this.offsets.push(this.position);
    this.lengths.push(bytes.length);
    this.position += bytes.length;
    return this.offsets.length - 1;
  }

  /** Text number `n`, as it was stored. */
  text(n: number): string {
    const kept = this.kept.get(n);
    if (kept !== undefined) return kept;
    if (this.fd === undefined) throw new Error('the texts were released');
    const text = HeldFile.borrow(this.fd).text(this.offsets[n], this.lengths[n]);
    if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(n, text);
    return text;
  }

  /** A reader of text number `n`, for an analysis that reads its text when asked (AnalysisCache.get). */
  reader(n: number): () => string {
    return () => this.text(n);
  }

  /** Removes the file; the analyses given readers no longer have their texts. */
  release(): void {
    const fd = this.fd;
    this.fd = undefined;
    this.kept.clear();
    try {
      if (fd !== undefined) fs.closeSync(fd);
    } catch {
      // already closed
    }
    try {
      fs.rmSync(this.file, { force: true });
    } catch {
      // already gone
    }
  }

  private sizeOnDisk(): number {
    try {
      return fs.fstatSync(this.fd!).size;
    } catch {
      return this.position;
    }
  }
}
