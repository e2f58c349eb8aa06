// The full comparison of a large corpus takes seconds; run on the main thread it would freeze
// hovers and diagnostics meanwhile. It runs in a worker thread over the same bundle
// (dist/server.js), which answers one request and exits. Any failure falls back to the caller.
//
// The worker also keeps the last full comparison on disk (corpusResultCache.ts), keyed by every
// document's path and text: reopening a workspace where nothing changed needs no comparison at all.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData, type WorkerOptions } from 'node:worker_threads';
import type { CorpusAnalysis, DocumentAnalysis, Entity } from '../engine/types';
import { Compactor, TextSharer } from './shareTexts';
import { compactMentions } from '../engine/compare/mentionRefs';
import type { IndexJob } from './indexWorker';
import { fromReference, lazyReference, type LazyReference } from './lazyAnalysis';
import { removeTemporaryFiles } from './tempFiles';
import { threadCpuMs, threadCpuSince } from './threadCpu';
import { envInteger } from '../envInteger';

const MARK = 'newslens-compare-worker';
/** The corpus result is stored a few hundred items per line (corpusResultCache.ts); above this many documents it is not. */
const MAX_PERSISTED_DOCUMENTS = 50000;

export interface Request {
  /** Lazy analyses go as references: the worker reads their bulky parts from the cache file itself. */
  documents: (DocumentAnalysis | LazyReference)[];
  /** Where the result is looked up before comparing, and stored after (when `persist`). */
  cacheFile?: string;
  persist?: boolean;
  /** The read options the documents were analysed with (part of the cache key). */
  optionsKey?: string;
  /**
   * Only store the result (needs `persist`): nothing is sent back but whether the file is in place,
   * and the caller reads it as a reopen would (its head at once, the rest later). The caller then
   * never holds the result while the worker holds its copy of every document.
   */
  storeOnly?: boolean;
}

type Frame = Omit<CorpusAnalysis, 'documents' | 'claims' | 'alignments' | 'findings'> & { paths: string[] };
type Part = Pick<CorpusAnalysis, 'claims' | 'alignments' | 'findings'>;
/**
 * The worker's messages, in order: the frame (stories, entities), the comparison's parts a few
 * stories at a time, then the end. Sent in parts, neither thread ever holds two copies of the whole
 * result, and the worker holds none of it.
 */
export type Message = { frame: Frame } | { part: Part } | { end: { fromCache: boolean; stored?: boolean; cpuMs?: number } };

/** Items (claims, alignments, findings) gathered in the worker before a part is sent. */
const ITEMS_PER_MESSAGE = 5000;

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
  /** The result; undefined when only stored (`storeOnly`), or when storing it failed. */
  analysis: CorpusAnalysis | undefined;
  /** True when the result came from the on-disk corpus cache (no comparison ran). */
  fromCache: boolean;
  /** With `storeOnly`: the result is in the cache file. */
  stored: boolean;
  /** Settles once the worker has exited, i.e. after it stored the result (never rejects). */
  finished: Promise<void>;
  /** The worker thread's CPU time for the request, where the system tells (threadCpu.ts). */
  cpuMs?: number;
}

/**
 * The workers' young generation, in MB, by job. A comparison allocates fast, and V8 grows a thread's
 * young generation to its maximum (~32–48 MB), all of it resident while the worker runs; a smaller
 * one promotes more objects to be collected as old, which costs CPU time. At 10,000 articles
 * (bench --reopen, 2 cores):
 * - the full comparison after an edit runs in the background, where memory counts more than time:
 *   8 MB took its peak from 400–420 to 348–369 MB (304–308 MB with the server's own heap held to
 *   10 % growth, heapPolicy.ts), for 20–30 % more of the worker's CPU time;
 * - the first index is waited for: 8 MB cost it ~20 % (worker CPU 32 → 38.5 s, wall 36 → 46 s),
 *   16 MB nothing measurable, for a peak of 243–261 instead of 278–288 MB.
 */
const YOUNG_GENERATION_MB = { index: 16, compare: 8 } as const;
export type WorkerJob = keyof typeof YOUNG_GENERATION_MB;

/** The job's young generation in MB; NEWSLENS_WORKER_YOUNG_MB sets it for both jobs (0: V8's default). */
export function workerYoungGenerationMb(job: WorkerJob, env: NodeJS.ProcessEnv = process.env): number {
  return envInteger(env, 'NEWSLENS_WORKER_YOUNG_MB', YOUNG_GENERATION_MB[job]);
}

/**
 * `trackUnmanagedFds` is Node's default, said here because the workers depend on it: a worker stopped
 * mid-work (stopWhenCancelled) never runs its `finally`, and the descriptors it opened (its temporary
 * files) are closed as it exits.
 */
export function workerOptions(job: WorkerJob, env: NodeJS.ProcessEnv = process.env): WorkerOptions {
  const young = workerYoungGenerationMb(job, env);
  return { trackUnmanagedFds: true, ...(young > 0 ? { resourceLimits: { maxYoungGenerationSizeMb: young } } : {}) };
}

/** A worker thread over the server bundle, to be given one request. */
export function startWorker(job: WorkerJob): Worker {
  const file = bundle();
  if (!file) throw new Error('no server bundle for a worker');
  return new Worker(file, { workerData: { [MARK]: true }, ...workerOptions(job) });
}

/** How often a running worker's caller is asked whether the work is still wanted. */
const CANCEL_POLL_MS = 200;

/**
 * Stops the worker as soon as `cancelled` says so (an edit made its comparison stale): a full
 * comparison of 10,000 articles takes half a minute, and each typing pause would otherwise start
 * another while the last still runs. The temporary files it was writing next to `cacheFile` go too,
 * as they do when it fails.
 * Calls `onCancel` as it stops it; returns a function that ends the watch.
 */
export function stopWhenCancelled(worker: Worker, cancelled: () => boolean, cacheFile: string | undefined, onCancel: () => void): () => void {
  const threadId = worker.threadId;
  const timer = setInterval(() => {
    if (!cancelled()) return;
    clearInterval(timer);
    // First: the caller's promise settles as cancelled, not as the exit that follows.
    onCancel();
    void worker.terminate().finally(() => {
      if (cacheFile) removeTemporaryFiles(path.dirname(cacheFile), threadId);
    });
  }, CANCEL_POLL_MS);
  timer.unref();
  worker.once('exit', (code) => {
    clearInterval(timer);
    // A worker that failed (an exception, out of memory) leaves what it was writing too.
    if (code !== 0 && cacheFile) removeTemporaryFiles(path.dirname(cacheFile), threadId);
  });
  return () => clearInterval(timer);
}


export function compareInWorker(
  documents: DocumentAnalysis[],
  cache?: { file: string; persist: boolean; optionsKey: string; storeOnly?: boolean },
  cancelled: () => boolean = () => false,
): Promise<WorkerComparison> {
  return new Promise((resolve, reject) => {
    const worker = startWorker('compare');
    stopWhenCancelled(worker, cancelled, cache?.file, () => reject(new CancelledError()));
    const finished = new Promise<void>((done) => worker.once('exit', () => done()));
    // The documents come back as paths: the caller holds them already (saves a quarter of the copy).
    const byPath = new Map(documents.map((d) => [d.path, d]));
    let frame: (Frame & { sharer: TextSharer }) | undefined;
    const claims: CorpusAnalysis['claims'] = [];
    const alignments: CorpusAnalysis['alignments'] = [];
    const findings: CorpusAnalysis['findings'] = [];
    worker.on('message', (message: Message) => {
      if ('frame' in message) {
        const sharer = new TextSharer(message.frame.paths, byPath);
        frame = { ...sharer.apply(message.frame), paths: sharer.paths, sharer };
      } else if ('part' in message && frame) {
        const part = frame.sharer.apply(message.part);
        for (const c of part.claims) claims.push(c);
        for (const a of part.alignments) alignments.push(a);
        for (const f of part.findings) findings.push(f);
      } else if ('end' in message && frame) {
        const { paths, sharer: _sharer, ...rest } = frame;
        const analysis: CorpusAnalysis = { ...rest, claims, alignments, findings, documents: paths.map((p) => byPath.get(p)!) };
        resolve({ analysis, fromCache: message.end.fromCache, stored: false, finished, cpuMs: message.end.cpuMs });
        // Not terminated: after answering, the worker may still be writing the corpus cache; it exits by itself.
      } else if ('end' in message) {
        resolve({ analysis: undefined, fromCache: message.end.fromCache, stored: message.end.stored === true, finished, cpuMs: message.end.cpuMs });
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`compare worker exited with ${code}`)));
    const request: Request = { documents: documents.map((d) => lazyReference(d) ?? d), ...(cache ? { cacheFile: cache.file, persist: cache.persist, optionsKey: cache.optionsKey, storeOnly: cache.storeOnly } : {}) };
    worker.postMessage(request);
  });
}

/** The caller's `cancelled` said so and the worker was stopped. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/** In a compare worker: answers the one request and returns true (the caller must not start a server). */
export function serveCompareWorker(): boolean {
  if (isMainThread || !(workerData as Record<string, unknown> | undefined)?.[MARK] || !parentPort) return false;
  const port = parentPort;
  port.once('message', (request: Request | { index: IndexJob }) => {
    if ('index' in request) {
      // Required here, not imported: the server's main thread loads the engine only when it needs it.
      const { serveIndex } = require('./indexWorker') as typeof import('./indexWorker');
      void serveIndex(request.index, (message) => port.postMessage(message));
    } else answerComparison(request, (message) => port.postMessage(message));
  });
  return true;
}

/**
 * Each entity with its mention list made and compacted, as it is iterated. A packed list is made
 * compact at once (mentionRefs.ts): it then needs no article text, and the articles' texts may be
 * on disk (lazyAnalysis.ts) in an order the entities do not follow.
 */
function* compactedOneByOne(entities: readonly Entity[], compactor: Compactor): Iterable<Entity> {
  for (const e of entities) {
    const compact = compactMentions(e);
    if (!compact) {
      yield compactor.apply({ entities: [{ ...e }] }).entities[0];
      continue;
    }
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(e)) copy[key] = key === 'mentions' ? compact : e[key as keyof Entity];
    yield copy as unknown as Entity;
  }
}

/** Compares the request's documents: from the stored result when it is theirs, else anew (and stores it). */
export function answerComparison(request: Request, reply: (message: Message) => void): void {
  const cpuAtStart = threadCpuMs();
  const send = (message: Message) => reply('end' in message ? { end: { ...message.end, cpuMs: threadCpuSince(cpuAtStart) } } : message);
  const documents = request.documents.map((d) => ('lazy' in d ? fromReference(d) : d));
  // The references go now (the request itself lives until the reply).
  request.documents.length = 0;
  compareDocumentsOf(request, documents, send);
}

function compareDocumentsOf(request: Request, documents: DocumentAnalysis[], send: (message: Message) => void): void {
  const { compareInParts } = require('../engine/compare/compareDocuments') as typeof import('../engine/compare/compareDocuments');
  const cache = require('./corpusResultCache') as typeof import('./corpusResultCache');
  const key = request.cacheFile ? cache.corpusKey(documents, request.optionsKey ?? '') : '';
  const hit = request.cacheFile ? cache.readCorpusResult(request.cacheFile, key) : undefined;
  const byPath = new Map(documents.map((d) => [d.path, d]));
  const persist = request.cacheFile && request.persist && documents.length <= MAX_PERSISTED_DOCUMENTS;
  const storeOnly = persist && request.storeOnly === true;
  if (hit && storeOnly) {
    send({ end: { fromCache: true, stored: true } });
    return;
  }
  if (hit) {
    // Texts stay out of the message too: the main thread takes them from its own documents.
    const { claims, alignments, findings, ...frame } = hit;
    send({ frame });
    send({ part: { claims, alignments, findings } });
    send({ end: { fromCache: true } });
    return;
  }
  let writer: InstanceType<typeof cache.CorpusResultWriter> | undefined;
  let compactor: Compactor | undefined;
  let pending: Part = { claims: [], alignments: [], findings: [] };
  let items = 0;
  const flush = () => {
    send({ part: pending });
    pending = { claims: [], alignments: [], findings: [] };
    items = 0;
  };
  // The worker answers one request and exits: nothing of this comparison is kept for another.
  compareInParts(
    documents,
    { once: true },
    (part, story) => {
      // Message and file carry no text the main thread's documents hold, and paths as numbers (a message copies every string).
      compactor!.apply(part);
      writer?.add(part, story);
      if (storeOnly) return;
      for (const c of part.claims) pending.claims.push(c);
      for (const a of part.alignments) pending.alignments.push(a);
      for (const f of part.findings) pending.findings.push(f);
      items += part.claims.length + part.alignments.length + part.findings.length;
      if (items >= ITEMS_PER_MESSAGE) flush();
    },
    ({ documents: compared, ...rest }) => {
      const frame: Frame = { ...rest, paths: compared.map((d) => d.path) };
      const compacting = (compactor = new Compactor(frame.paths, byPath));
      // A one-off comparison makes each entity's mention list when it is read (mentionRefs.ts):
      // stored only, the lists are made, compacted and written a record at a time.
      if (storeOnly) writer = new cache.CorpusResultWriter(request.cacheFile!, key, { ...frame, entities: compactedOneByOne(frame.entities, compacting) });
      else {
        const entities = compacting.apply({ entities: frame.entities.map((e) => ({ ...e })) }).entities;
        if (persist) writer = new cache.CorpusResultWriter(request.cacheFile!, key, { ...frame, entities });
        send({ frame: { ...frame, entities } });
      }
      // Written and sent (a message is copied when posted): the stories ahead need only the entity
      // names, so the entities and their mentions need not stay while they are compared (~60 MB at 10k).
      rest.entities.length = 0;
      rest.entityOfMention.clear();
    },
  );
  if (storeOnly) {
    send({ end: { fromCache: false, stored: writer!.finish() } });
    return;
  }
  flush();
  send({ end: { fromCache: false } });
  writer?.finish();
}

