// The first index of a large workspace runs in a worker thread: it reads every article, compares
// them, stores the comparison (corpusResultCache.ts) and the analyses (analysisCache.ts), and exits.
// The server then opens the workspace from both caches as a reopen does. So the server's thread
// holds no article while the worker holds all of them (two copies were the peak of a first index:
// ~760 MB at 10,000 articles), and it answers requests meanwhile instead of reading in slices.
import type { Worker } from 'node:worker_threads';
import type { DocumentAnalysis, ReadOptions } from '../engine/types';
import { CancelledError, startWorker, stopWhenCancelled, type Message as ComparisonMessage } from './compareWorker';
import { threadCpuMs, threadCpuSince } from './threadCpu';

export interface IndexJob {
  folders: string[];
  /** The read options as the analysis cache keys them (settings.analysisKey) and as the reader takes them. */
  optionsKey: string;
  readOptions: ReadOptions;
  files: string[];
  maxFileSize: number;
  /** A file in the cache folder (where the worker's temporary files go, removed if it is stopped). */
  cacheFile?: string;
  /** Open buffers by document key: analysed instead of their files (the comparison is of what the editor shows). */
  buffers: [string, string][];
}

type IndexMessage = { read: number } | { comparing: true } | { indexed: IndexOutcome };

export interface IndexOutcome {
  /** The comparison is in the corpus cache. */
  stored: boolean;
  /** Analyses written to the analysis cache. */
  saved: number;
  /** The worker thread's CPU time for reading and comparing, where the system tells (threadCpu.ts). */
  cpuMs?: number;
}

/** Runs the job in a worker; `onProgress` hears of articles read, then of the comparison. Rejects when the worker fails or `cancelled` says so. */
export function indexInWorker(job: IndexJob, onProgress: (read: number | 'comparing') => void, cancelled: () => boolean): Promise<IndexOutcome> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker('index');
    } catch (e) {
      reject(e as Error);
      return;
    }
    stopWhenCancelled(worker, cancelled, job.cacheFile, () => reject(new CancelledError()));
    worker.on('message', (message: IndexMessage) => {
      if ('read' in message) onProgress(message.read);
      else if ('comparing' in message) onProgress('comparing');
      else if ('indexed' in message) resolve(message.indexed);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`index worker exited with ${code}`)));
    worker.postMessage({ index: job });
  });
}

/** Articles read between two progress messages. */
const PROGRESS_EVERY = 250;

/** In the worker: reads, compares and stores, then says so. */
export async function serveIndex(job: IndexJob, send: (message: IndexMessage) => void): Promise<void> {
  const cpuAtStart = threadCpuMs();
  // Required here, not imported: the server's main thread loads the engine only when it needs it.
  const { AnalysisCache, textHash } = require('./analysisCache') as typeof import('./analysisCache');
  const { readDocument } = require('../engine/read/readDocument') as typeof import('../engine/read/readDocument');
  const { readArticleFile } = require('./files') as typeof import('./files');
  const { pathToUri } = require('./uri') as typeof import('./uri');
  const { answerComparison } = require('./compareWorker') as typeof import('./compareWorker');
  const cache = new AnalysisCache(job.folders, job.optionsKey);
  await cache.load();
  const buffers = new Map(job.buffers);
  // Each analysis goes to the cache file as soon as it is made, with its text; the comparison then
  // reads the articles back lazily from it (lazyAnalysis.ts), so the worker never holds every
  // analysis, nor every text.
  const writer = cache.writer();
  const file = cache.corpusFile;
  const read: { fsPath: string; key: string; hash?: string; analysis?: DocumentAnalysis }[] = [];
  let saved = 0;
  job.files.forEach((fsPath, i) => {
    const disk = readArticleFile(fsPath, job.maxFileSize);
    if ((i + 1) % PROGRESS_EVERY === 0) send({ read: i + 1 });
    const key = pathToUri(fsPath);
    const text = buffers.get(key) ?? (disk.ok ? disk.text : undefined);
    if (text === undefined) return;
    const hash = textHash(text);
    const analysis = cache.get(key, hash) ?? readDocument(key, text, job.readOptions);
    const onDisk = disk.ok && disk.text === text;
    if (onDisk && writer?.ok) {
      writer.add(analysis, hash);
      read.push({ fsPath, key, hash });
      saved++;
    } else read.push({ fsPath, key, analysis });
  });
  const finished = writer?.finish();
  // The cache as written is what the comparison reads the articles back from.
  if (finished) cache.adopt(finished);
  const documents = read.flatMap(({ fsPath, key, hash, analysis }) => {
    if (analysis) return [analysis];
    const stored = finished ? cache.get(key, hash!) : undefined;
    if (stored) return [stored];
    // The cache file could not be put in place: the article is read again (it may have changed meanwhile).
    const again = readArticleFile(fsPath, job.maxFileSize);
    return again.ok ? [readDocument(key, again.text, job.readOptions)] : [];
  });
  read.length = 0;
  send({ comparing: true });
  let compared = false;
  if (file) {
    const reply = (message: ComparisonMessage) => {
      if ('end' in message) compared = message.end.stored === true;
    };
    answerComparison({ documents, cacheFile: file, persist: true, optionsKey: job.optionsKey, storeOnly: true }, reply);
  }
  send({ indexed: { stored: compared, saved: finished ? saved : 0, cpuMs: threadCpuSince(cpuAtStart) } });
}
