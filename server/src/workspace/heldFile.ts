// A cache file read later at given offsets, exactly as it was when it was opened, whatever the next
// save renames over its path meanwhile (lazyAnalysis.ts, storyShelf.ts). Elsewhere an open
// descriptor keeps the old file; Windows cannot rename over a file that is open (nodejs/node#29481),
// so there the bytes are read into memory at once and no descriptor is kept.
import * as fs from 'node:fs';

const HOLD_IN_MEMORY = process.platform === 'win32' || process.env.NEWSLENS_HOLD_FILES_IN_MEMORY === '1';

export class HeldFile {
  private constructor(
    /** The open descriptor; undefined once closed, and when the bytes are held in memory. */
    private descriptor: number | undefined,
    private bytes: Buffer | undefined,
  ) {}

  /**
   * Holds `file`; throws when it cannot be read, or when it is no longer the file `expected`
   * describes (renamed over since it was read through another handle).
   */
  static open(file: string, expected?: fs.Stats): HeldFile {
    const fd = fs.openSync(file, 'r');
    try {
      const st = fs.fstatSync(fd);
      if (expected && (st.ino !== expected.ino || st.size !== expected.size || st.dev !== expected.dev)) throw new Error('replaced while read');
      if (!HOLD_IN_MEMORY) return new HeldFile(fd, undefined);
      const bytes = readFromStart(fd, st.size);
      fs.closeSync(fd);
      return new HeldFile(undefined, bytes);
    } catch (e) {
      try {
        fs.closeSync(fd);
      } catch {
        // closed above
      }
      throw e;
    }
  }

  /** A descriptor another thread of this process opened and holds: read here, never closed here. */
  static borrow(fd: number): HeldFile {
    return new HeldFile(fd, undefined);
  }

  /** A descriptor another thread of this process may read through while this file is held (none when held in memory). */
  get fd(): number | undefined {
    return this.descriptor;
  }

  /** `length` bytes at `offset`; throws when the file is shorter or closed. */
  read(offset: number, length: number): Buffer {
    if (this.bytes) {
      if (offset + length > this.bytes.length) throw new Error('the file is shorter than its index');
      return this.bytes.subarray(offset, offset + length);
    }
    return this.readInto(Buffer.allocUnsafe(length), offset, length);
  }

  private readInto(out: Buffer, offset: number, length: number): Buffer {
    if (this.descriptor === undefined) throw new Error('the file is closed');
    let filled = 0;
    while (filled < length) {
      const n = fs.readSync(this.descriptor, out, filled, length - filled, offset + filled);
      if (n === 0) throw new Error('the file is shorter than its index');
      filled += n;
    }
    return out;
  }

  /**
   * The UTF-8 text of `length` bytes at `offset`. Read through one scratch buffer: a fresh buffer
   * per read (a lazy analysis's parts, thousands of times in an index) left the thread's malloc
   * arena fragmented by tens of MB.
   */
  text(offset: number, length: number): string {
    if (this.bytes) return this.read(offset, length).toString('utf8');
    if (scratch.length < length) scratch = Buffer.allocUnsafe(Math.max(length, 2 * scratch.length));
    this.readInto(scratch, offset, length);
    return scratch.toString('utf8', 0, length);
  }

  close(): void {
    const fd = this.descriptor;
    this.descriptor = undefined;
    this.bytes = undefined;
    if (fd === undefined) return;
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
  }
}

/** Per thread (a module instance is): reads are synchronous, so one buffer serves them all. */
let scratch = Buffer.allocUnsafe(64 * 1024);

/** Up to `size` bytes of an open file from its start: fewer when it ends first (it shrank since its size was read). */
export function readFromStart(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < bytes.length) {
    const n = fs.readSync(fd, bytes, filled, bytes.length - filled, filled);
    if (n === 0) break;
    filled += n;
  }
  return bytes.subarray(0, filled);
}
