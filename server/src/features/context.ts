// What every feature is given: the analysis view plus the presentation state the server holds
// (settings, dismissed fingerprints, how to spell a document's URI back to the client).
import * as path from 'node:path';
import type { NewsLensSettings } from '../protocol';
import type { DocumentAnalysis } from '../engine/types';
import type { AnalysisView } from './view';
import { uriToPath } from '../workspace/uri';

export interface FeatureContext {
  view: AnalysisView;
  settings: NewsLensSettings;
  dismissed: ReadonlySet<string>;
  /** The URI to send to the client for a corpus path. */
  uriOf(path: string): string;
}

/** A short human name for a source: its outlet or title from front matter, else the file name. */
export function sourceName(doc: DocumentAnalysis | undefined, key: string): string {
  if (doc?.frontMatter.outlet) return doc.frontMatter.outlet;
  const p = uriToPath(key);
  if (p) return path.basename(p);
  const tail = key.split(/[/:]/).pop();
  return tail ? decodeURIComponentSafe(tail) : key;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
