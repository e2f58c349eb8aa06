// The full comparison of a large corpus takes seconds; run on the main thread it would freeze
// hovers and diagnostics meanwhile. It runs in a worker thread over the same bundle
// (dist/server.js), which answers one request and exits. Any failure falls back to the caller.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { CorpusAnalysis, DocumentAnalysis } from '../engine/types';

const MARK = 'newslens-compare-worker';

function bundle(): string | undefined {
  if (process.env.NEWSLENS_COMPARE_WORKER === 'off') return undefined;
  // dist/server.js itself, or its sibling when the CLI bundle (dist/cli.js) runs the server.
  const candidate = path.basename(__filename) === 'server.js' ? __filename : path.join(__dirname, 'server.js');
  return fs.existsSync(candidate) ? candidate : undefined;
}

export function canCompareInWorker(): boolean {
  return bundle() !== undefined;
}

export function compareInWorker(documents: DocumentAnalysis[]): Promise<CorpusAnalysis> {
  const file = bundle();
  if (!file) return Promise.reject(new Error('no server bundle for a worker'));
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { [MARK]: true } });
    worker.once('message', (result: Omit<CorpusAnalysis, 'documents'> & { paths: string[] }) => {
      // The documents come back as paths: the caller holds them already (saves a quarter of the copy).
      const byPath = new Map(documents.map((d) => [d.path, d]));
      const { paths, ...rest } = result;
      resolve({ ...rest, documents: paths.map((p) => byPath.get(p)!) });
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`compare worker exited with ${code}`)));
    worker.postMessage(documents);
  });
}

/** In a compare worker: answers the one request and returns true (the caller must not start a server). */
export function serveCompareWorker(): boolean {
  if (isMainThread || !(workerData as Record<string, unknown> | undefined)?.[MARK] || !parentPort) return false;
  const port = parentPort;
  port.once('message', (documents: DocumentAnalysis[]) => {
    // Required here, not imported: the server's main thread loads the engine only when it needs it.
    const { compareDocuments } = require('../engine/compare/compareDocuments') as typeof import('../engine/compare/compareDocuments');
    const { documents: compared, ...rest } = compareDocuments(documents);
    port.postMessage({ ...rest, paths: compared.map((d) => d.path) });
  });
  return true;
}
