// A one-off comparison's analyses (`newslens check`), on disk while it compares. Held in memory,
// 10,000 articles' sentences, mentions, values and texts were most of the check's 0.45 GB; the
// comparison needs a story's at a time. Each analysis goes to a temporary file in the analysis
// cache's format as soon as it is made and is read back lazily (lazyAnalysis.ts), as the index
// worker does with the cache itself. The file is removed from its folder once written: its open
// descriptor keeps it readable until the process ends.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DocumentAnalysis } from '../engine/types';
import { AnalysisCacheWriter, analysisAt } from './analysisCache';

export class SpilledAnalyses {
  private constructor(
    private readonly folder: string,
    private readonly writer: AnalysisCacheWriter,
  ) {}

  /** A store in a new folder under the system's temporary folder; undefined when none can be made. */
  static create(parent = os.tmpdir()): SpilledAnalyses | undefined {
    let folder: string;
    try {
      folder = fs.mkdtempSync(path.join(parent, 'newslens-check-'));
    } catch {
      return undefined;
    }
    const writer = new AnalysisCacheWriter(path.join(folder, 'analyses.json'), 'spilled');
    const store = new SpilledAnalyses(folder, writer);
    if (writer.ok) return store;
    store.remove();
    return undefined;
  }

  /** Writes an analysis; false when it could not be written (a full disk): keep it in memory then. */
  add(analysis: DocumentAnalysis): boolean {
    this.writer.add(analysis, analysis.hash);
    return this.writer.ok && this.writer.has(analysis.path);
  }

  /**
   * The analyses written, by path, each read back from the file when used; undefined when the file
   * could not be finished (the caller reads the articles again). The folder is removed either way.
   */
  finish(): Map<string, DocumentAnalysis> | undefined {
    const written = this.writer.finish();
    this.remove();
    if (!written) return undefined;
    const analyses = new Map<string, DocumentAnalysis>();
    for (const [p, entry] of written.entries) analyses.set(p, analysisAt(p, entry, written.source));
    return analyses;
  }

  private remove(): void {
    try {
      fs.rmSync(this.folder, { recursive: true, force: true });
    } catch {
      // left in the temporary folder; the system clears it
    }
  }
}
