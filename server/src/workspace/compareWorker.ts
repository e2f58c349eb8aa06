// The full comparison of a large corpus takes seconds; run on the main thread it would freeze
// hovers and diagnostics meanwhile. It runs in a worker thread over the same bundle
// (dist/server.js), which answers one request and exits. Any failure falls back to the caller.
//
// The worker also keeps the last full comparison on disk (corpusResultCache.ts), keyed by every
// document's path and text: reopening a workspace where nothing changed needs no comparison at all.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { CorpusAnalysis, DocumentAnalysis } from '../engine/types';
import { compactResult, shareTexts } from './shareTexts';

const MARK = 'newslens-compare-worker';
/** The corpus result is stored a few hundred items per line (corpusResultCache.ts); above this many documents it is not. */
const MAX_PERSISTED_DOCUMENTS = 50000;

interface Request {
  documents: DocumentAnalysis[];
  /** Where the result is looked up before comparing, and stored after (when `persist`). */
  cacheFile?: string;
  persist?: boolean;
  /** The read options the documents were analysed with (part of the cache key). */
  optionsKey?: string;
}

type Reply = Omit<CorpusAnalysis, 'documents'> & { paths: string[]; fromCache: boolean };

function bundle(): string | undefined {
  if (process.env.NEWSLENS_COMPARE_WORKER === 'off') return undefined;
  // dist/server.js itself, or its sibling when the CLI bundle (dist/cli.js) runs the server.
  const candidate = path.basename(__filename) === 'server.js' ? __filename : path.join(__dirname, 'server.js');
  return fs.existsSync(candidate) ? candidate : undefined;
}

export function canCompareInWorker(): boolean {
  return bundle() !== undefined;
}

export interface WorkerComparison {
  analysis: CorpusAnalysis;
  /** True when the result came from the on-disk corpus cache (no comparison ran). */
  fromCache: boolean;
  /** Settles once the worker has exited, i.e. after it stored the result (never rejects). */
  finished: Promise<void>;
}

export function compareInWorker(documents: DocumentAnalysis[], cache?: { file: string; persist: boolean; optionsKey: string }): Promise<WorkerComparison> {
  const file = bundle();
  if (!file) return Promise.reject(new Error('no server bundle for a worker'));
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { [MARK]: true } });
    const finished = new Promise<void>((done) => worker.once('exit', () => done()));
    worker.once('message', (result: Reply) => {
      // The documents come back as paths: the caller holds them already (saves a quarter of the copy).
      const byPath = new Map(documents.map((d) => [d.path, d]));
      const { paths, fromCache, ...rest } = shareTexts(result, byPath);
      resolve({ analysis: { ...rest, documents: paths.map((p) => byPath.get(p)!) }, fromCache, finished });
      // Not terminated: after answering, the worker may still be writing the corpus cache; it exits by itself.
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`compare worker exited with ${code}`)));
    const request: Request = { documents, ...(cache ? { cacheFile: cache.file, persist: cache.persist, optionsKey: cache.optionsKey } : {}) };
    worker.postMessage(request);
  });
}

/** In a compare worker: answers the one request and returns true (the caller must not start a server). */
export function serveCompareWorker(): boolean {
  if (isMainThread || !(workerData as Record<string, unknown> | undefined)?.[MARK] || !parentPort) return false;
  const port = parentPort;
  port.once('message', (request: Request) => {
    // Required here, not imported: the server's main thread loads the engine only when it needs it.
    const { compareDocuments } = require('../engine/compare/compareDocuments') as typeof import('../engine/compare/compareDocuments');
    const cache = require('./corpusResultCache') as typeof import('./corpusResultCache');
    const { documents } = request;
    const key = request.cacheFile ? cache.corpusKey(documents, request.optionsKey ?? '') : '';
    const hit = request.cacheFile ? cache.readCorpusResult(request.cacheFile, key) : undefined;
    const byPath = new Map(documents.map((d) => [d.path, d]));
    if (hit) {
      // Texts stay out of the message too: the main thread takes them from its own documents.
      port.postMessage({ ...hit, fromCache: true } satisfies Reply);
      return;
    }
    // The worker answers one request and exits: nothing of this comparison is kept for another.
    const { documents: compared, ...rest } = compareDocuments(documents, { once: true });
    const reply: Reply = { ...rest, paths: compared.map((d) => d.path), fromCache: false };
    // The message carries no text the main thread's documents hold, and paths as numbers (it copies every string).
    port.postMessage(compactResult(reply, byPath));
    if (request.cacheFile && request.persist && documents.length <= MAX_PERSISTED_DOCUMENTS) cache.writeCorpusResult(request.cacheFile, key, reply);
  });
  return true;
}
