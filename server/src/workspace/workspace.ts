// The server's document state: which articles exist (scanned from disk or open in the editor), what
// text each is analysed from (the buffer while open, the file otherwise), and when diagnostics are
// published. The analysis itself is the engine's Corpus; this class only decides what goes in.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { Corpus } from '../engine/corpus';
import type { Dismissal } from '../engine/dismissals';
import type { DocumentProblem, ReadOptions } from '../engine/types';
import { DEFAULT_SETTINGS, type NewsLensSettings } from '../protocol';
import type { FeatureContext } from '../features/context';
import { diagnosticsFor } from '../features/diagnostics';
import { viewOf, type ServedAnalysis } from '../features/view';
import { Debouncer } from './debounce';
import { readDismissals, updateDismissals } from './dismissalsFile';
import { readArticleFile, tooLarge } from './files';
import { scanFolders } from './scan';
import { OPT_IN_FILE, Scope } from './scope';
import { analysisKey, scopeKey, severitySettingFor } from './settings';
import { canonicalUri, pathToUri, uriToPath } from './uri';
import { DISMISSED_FILE } from '../engine/dismissals';
import { compareDocuments } from '../engine/compare/compareDocuments';
import type { CorpusAnalysis } from '../engine/types';
import { overlayStory } from './storyOverlay';
import { AnalysisCache, textHash } from './analysisCache';
import { removeStaleFiles } from './tempFiles';
import { applyHeapPolicy } from '../heapPolicy';
import { CancelledError, canCompareInWorker, compareInWorker, type WorkerComparison } from './compareWorker';
import { indexInWorker, type IndexJob } from './indexWorker';
import { corpusKey, HEAD_FINDING_KINDS, loadStoredResultInTwo, type StoredResult } from './corpusResultCache';
import type { StoryShelf } from './storyShelf';

export interface ProgressReporter {
  report(percentage: number, message: string): void;
  done(): void;
}

export interface WorkspaceHost {
  publish(uri: string, diagnostics: Diagnostic[], version: number | undefined): void;
  storyChanged(story: string, uris: string[]): void;
  log(message: string): void;
  beginProgress(title: string): Promise<ProgressReporter>;
  /** Resolves once the messages sent so far have left the process (or soon, when that cannot be told). */
  drained?(): Promise<void>;
}

interface Article {
  key: string;
  fsPath?: string;
  /** The URI as the client spelled it, while open. */
  clientUri?: string;
  open?: { text: string; version: number };
  /**
   * The textHash of the file's text when it was last read. The text itself is not kept: the corpus
   * holds the analysis of it (whose text is read from the analysis cache when it came from there).
   */
  diskHash?: string;
  /** Why the file on disk is not analysed (too large, binary). */
  problem?: DocumentProblem;
  /** Why the open buffer is not analysed (too large). */
  bufferProblem?: DocumentProblem;
}

/** Yield to the event loop at least this often during a scan, so requests are answered meanwhile. */
const SCAN_SLICE_MS = 30;

/**
 * Above this many articles an edit recompares only its story at once, and the whole corpus once
 * typing pauses (fullCompareDelay). Below it every analysis is a full comparison.
 */
const FULL_COMPARE_LIMIT = Number(process.env.NEWSLENS_FULL_COMPARE_LIMIT ?? 40);
/** The shortest pause that starts a full comparison; the environment variable fixes the pause instead (tests). */
const FULL_COMPARE_DELAY_MS = Number(process.env.NEWSLENS_FULL_COMPARE_DELAY_MS ?? 1500);
const FIXED_FULL_COMPARE_DELAY = process.env.NEWSLENS_FULL_COMPARE_DELAY_MS !== undefined;
/** The longest: an edit's effects beyond its story settle at most this long after typing stops, plus the comparison. */
const MAX_FULL_COMPARE_DELAY_MS = 10000;
/** A pause starts a full comparison once it is this share of the comparison's duration (the environment: tests). */
const PAUSE_PER_COMPARISON = Number(process.env.NEWSLENS_PAUSE_PER_COMPARISON ?? 1);
const FULL_COMPARE_KEY = '\u0000full-compare';
const CACHE_SAVE_KEY = '\u0000cache-save';
const CACHE_SAVE_DELAY_MS = 5000;

export class ArticleWorkspace {
  settings: NewsLensSettings = DEFAULT_SETTINGS;
  private folders: string[] = [];
  private scope = new Scope([], DEFAULT_SETTINGS);
  private corpus = new Corpus({ languages: DEFAULT_SETTINGS.languages });
  private readonly articles = new Map<string, Article>();
  /** Digest of the diagnostics last published per document. */
  private readonly published = new Map<string, string>();
  private readonly debouncer = new Debouncer();
  private dismissals = new Map<string, Dismissal[]>();
  private dismissed = new Set<string>();
  private scanGeneration = 0;
  private cache: AnalysisCache | undefined;
  private cacheWrites: Promise<unknown> = Promise.resolve();
  /** Bumped on every corpus change, so a background full comparison of an older corpus is dropped. */
  private fullGeneration = 0;
  /** How long the last background full comparison took, or at least ran before an edit stopped it. */
  private fullCompareMs = 0;
  /** The analysis requests and diagnostics use: the corpus's full comparison, or a story overlay on it. */
  private current: ServedAnalysis | undefined;
  /** The stored comparison `current` reads its stories from, if any. */
  private shelf: StoryShelf | undefined;
  /**
   * After a reopen, the stored comparison's entities, mentions, claims and alignments while they are
   * still being read (the diagnostics were published from its head): requests wait for `done`.
   * `edited` gathers the documents compared again meanwhile, laid over the whole result once it is in.
   */
  private tail: { edited: Set<string>; done: Promise<void> } | undefined;
  /**
   * Let the rest of stored comparisons be read: after the diagnostics published from their heads
   * (and a scan's progress end) have gone out. All of them: a load superseded meanwhile must still end.
   */
  private releaseTails: (() => void)[] = [];
  private scanning: Promise<void> = Promise.resolve();
  private writes: Promise<unknown> = Promise.resolve();
  /** Scratch comparisons written so far (they are named by number). */
  private scratchFiles = 0;
  /** The index worker is writing the analysis cache. */
  private indexing = false;
  /** A scan's full comparison runs: a background one would only stop it. */
  private scanComparing = false;
  /** A comparison's result could not be stored and read back: results come by message for the rest of the session. */
  private storeFailed = false;
  /** Files left in the cache folder by servers that ended mid-write are removed once per session. */
  private staleFilesRemoved = false;
  /** Number of completed analyses (for tests and status). */
  analyses = 0;

  constructor(private readonly host: WorkspaceHost) {}

  // ---- identity ---------------------------------------------------------------------------

  keyOf(uri: string): string {
    return canonicalUri(uri);
  }

  uriOf = (key: string): string => this.articles.get(key)?.clientUri ?? key;

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  // ---- configuration ----------------------------------------------------------------------

  setFolders(folderUris: string[]): void {
    this.folders = folderUris.map((u) => uriToPath(u)).filter((p): p is string => !!p);
    this.scope = new Scope(this.folders, this.settings);
  }

  /** Applies new settings; re-reads articles only when the analysis depends on what changed. */
  async configure(next: NewsLensSettings): Promise<void> {
    const prev = this.settings;
    this.settings = next;
    const rescope = scopeKey(prev) !== scopeKey(next);
    if (rescope) this.scope = new Scope(this.folders, next);
    if (analysisKey(prev) !== analysisKey(next)) {
      if (this.corpus.size > FULL_COMPARE_LIMIT && this.cache?.corpusFile && canCompareInWorker()) {
        // A large workspace is read again as a first index is, by the index worker (under the new
        // options every cached analysis is a miss): read here, 10,000 articles froze the server ~15 s.
        for (const a of this.articles.values()) if (!a.open) this.corpus.remove(a.key);
        this.corpus.setOptions(this.readOptions());
        this.invalidate();
        await this.scan();
        return;
      }
      this.corpus.setOptions(this.readOptions());
      this.invalidate();
    }
    if (rescope) await this.scan();
    else this.publishAll();
  }

  private readOptions(): ReadOptions {
    return { languages: this.settings.languages, ...(this.settings.anchorDate ? { anchorDate: this.settings.anchorDate } : {}) };
  }

  // ---- the editor's buffers ---------------------------------------------------------------

  private isInScope(key: string, fsPath: string | undefined): boolean {
    // Untitled buffers are articles when the client sends them (it sends only text languages).
    return fsPath === undefined ? !/^(git|vscode|output|walkThrough)/.test(key) : this.scope.isArticle(fsPath);
  }

  open(uri: string, text: string, version: number): void {
    const key = this.keyOf(uri);
    const fsPath = uriToPath(key);
    const article = this.articles.get(key) ?? { key, fsPath };
    article.clientUri = uri;
    article.open = { text, version };
    this.articles.set(key, article);
    // Opens are never debounced: the first diagnostics come straight away.
    this.debouncer.cancel(key);
    this.analyse(key, true);
  }

  change(uri: string, text: string, version: number): void {
    const key = this.keyOf(uri);
    const article = this.articles.get(key);
    if (!article?.open) return;
    // TextDocuments reports the open itself as a change too: nothing new then.
    if (article.open.version === version && article.open.text === text) return;
    article.open = { text, version };
    this.debouncer.schedule(key, this.settings.debounceMs, () => this.analyse(key, true));
  }

  close(uri: string): void {
    const key = this.keyOf(uri);
    const article = this.articles.get(key);
    if (!article) return;
    this.debouncer.cancel(key);
    article.open = undefined;
    article.clientUri = undefined;
    // Back to the file, read again: its text is not kept meanwhile, and it may have changed since.
    if (article.fsPath !== undefined && this.scope.folderOf(article.fsPath) !== undefined && this.scope.isArticle(article.fsPath)) this.readFromDisk(key, article.fsPath, true);
    else this.drop(key);
  }

  /** Runs a pending debounced analysis of this document now (a request needs current positions). */
  ensureFresh(uri: string): void {
    this.debouncer.flush(this.keyOf(uri));
  }

  // ---- analysis and publishing ------------------------------------------------------------

  /**
   * (Re)reads one article into the corpus and republishes its story: the open buffer, else `diskText`
   * (the file's text just read; none when it cannot be analysed).
   */
  private analyse(key: string, force: boolean, diskText?: string): void {
    const article = this.articles.get(key);
    if (!article) return;
    const before = this.storyMembers(key);
    if (article.open) {
      const bytes = Buffer.byteLength(article.open.text, 'utf8');
      article.bufferProblem = bytes > this.settings.maxFileSize ? tooLarge(bytes, this.settings.maxFileSize) : undefined;
    }
    const text = article.open ? (article.bufferProblem ? undefined : article.open.text) : diskText;
    const previous = this.corpus.document(key);
    if (!this.isInScope(key, article.fsPath) || text === undefined) this.corpus.remove(key);
    else this.corpus.upsert(key, text);
    if (this.corpus.document(key) !== previous) this.recompare(new Set([...before, key]));
    this.refresh(new Set([...before, ...this.storyMembers(key), key]), force ? new Set([key]) : new Set());
  }

  private drop(key: string): void {
    const before = this.storyMembers(key);
    this.debouncer.cancel(key);
    this.articles.delete(key);
    if (this.corpus.remove(key)) this.recompare(new Set([...before, key]));
    this.refresh(new Set([...before, key]), new Set());
  }

  /**
   * After documents of one story changed: in a small corpus, a full comparison (lazily, on next
   * use); in a large one, the story is compared again at once and the full comparison waits for a pause.
   */
  private recompare(story: Set<string>): void {
    const base = this.current;
    if (!base || this.corpus.size <= FULL_COMPARE_LIMIT) return this.invalidate();
    for (const p of story) this.tail?.edited.add(p);
    const docs = [...story].map((p) => this.corpus.document(p)).filter((d): d is NonNullable<typeof d> => !!d);
    this.current = overlayStory(base, compareDocuments(docs, {}), story);
    this.fullGeneration++;
    this.debouncer.schedule(FULL_COMPARE_KEY, this.fullCompareDelay(), () => void this.compareAllInBackground());
  }

  /**
   * The pause after which a full comparison starts. The next keystroke stops a comparison under way:
   * started after every pause of 1.5 s, a writing session of a minute kept a core busy with
   * comparisons thrown away (1,000 articles: 53 s of CPU; 10,000, whose comparison takes ~25 s:
   * 102 s). It starts once the pause is as long as the last comparison took, between 1.5 and 10 s
   * (31 s and 44 s); the edit's story is compared again at every keystroke meanwhile.
   */
  private fullCompareDelay(): number {
    if (FIXED_FULL_COMPARE_DELAY) return FULL_COMPARE_DELAY_MS;
    return Math.min(MAX_FULL_COMPARE_DELAY_MS, Math.max(FULL_COMPARE_DELAY_MS, this.fullCompareMs * PAUSE_PER_COMPARISON));
  }

  /** Resolves once no edit came for fullCompareDelay (or the scan is cancelled). */
  private async typingPause(cancelled: () => boolean): Promise<void> {
    for (;;) {
      const generation = this.fullGeneration;
      await new Promise((r) => setTimeout(r, this.fullCompareDelay()));
      if (cancelled() || generation === this.fullGeneration) return;
    }
  }

  /** The full comparison once typing pauses, in a worker thread; dropped when the corpus changed meanwhile. */
  private async compareAllInBackground(): Promise<void> {
    // A scan's comparison is under way: it starts again by itself once typing pauses.
    if (this.scanComparing) return;
    const started = Date.now();
    const run: { cpuMs?: number } = {};
    let where: string = await this.compareOnceInWorker(() => false, run, this.storeFailed);
    if (where === 'unreadable' && !this.storeFailed) {
      // The result could not be stored or read back (a cache folder that cannot be written): by message from now on.
      this.storeFailed = true;
      where = await this.compareOnceInWorker(() => false, run, true);
    }
    if (where === 'superseded' || where === 'stopped') {
      // A newer edit schedules its own. This one took at least this long.
      this.fullCompareMs = Math.max(this.fullCompareMs, Date.now() - started);
      this.host.log(`full comparison ${where === 'stopped' ? 'stopped' : 'dropped'}: the articles changed meanwhile`);
      return;
    }
    if (where === 'unavailable' || where === 'unreadable') {
      this.host.log(`compare worker: ${where === 'unreadable' ? 'its stored result could not be read back' : 'unavailable'}; comparing on the main thread`);
      this.setBase(this.corpus.analysis());
      this.tail = undefined;
      where = 'on the main thread';
    }
    this.fullCompareMs = Date.now() - started;
    this.publishAll();
    // A result read back: the rest of it (the entities) is read once these diagnostics are out.
    void this.resumeTail();
    const cpu = workerCpu(run.cpuMs);
    this.host.log(`full comparison of ${this.corpus.size} articles in ${Date.now() - started} ms (${where})${cpu ? `; ${cpu}` : ''}`);
  }

  /**
   * Where the worker stores a full comparison it is not to send back: the corpus cache when every
   * document is analysed from its file on disk (a reopen can take it), else a scratch file next to
   * it that only this session reads back (an open buffer differs from its file).
   */
  private storeFor(): { file: string; persistent: boolean } | undefined {
    const file = this.cache?.corpusFile;
    if (!file) return undefined;
    const persistent = [...this.articles.values()].every((a) => !a.open || textHash(a.open.text) === a.diskHash);
    // One name per comparison: a stopped one removing its scratch file must not remove the next one's.
    return { file: persistent ? file : file.replace(/\.bin$/, `.session-${process.pid}-${++this.scratchFiles}.bin`), persistent };
  }

  /**
   * One full comparison in the compare worker. When it can be stored (the usual case) the worker
   * only stores it and the server reads it back as a reopen does, shelved: the server never holds
   * the result while the worker holds a copy of every article (the peak of a first index), and
   * afterwards holds only the head and the entities. With `byMessage` (after a failed read-back)
   * the result comes back whole. 'superseded' when the corpus changed meanwhile ('stopped': its worker was stopped for it).
   */
  private async compareOnceInWorker(cancelled: () => boolean, ahead: { persisted?: Promise<void>; cpuMs?: number }, byMessage: boolean): Promise<'in a worker' | 'in a worker, read back from its stored result' | 'from the corpus cache' | 'superseded' | 'stopped' | 'cancelled' | 'unavailable' | 'unreadable'> {
    this.debouncer.cancel(FULL_COMPARE_KEY);
    // Not invalidated: until the worker answers, requests use the analysis from before.
    const generation = ++this.fullGeneration;
    const docs = this.corpus.paths().map((p) => this.corpus.document(p)!);
    const store = this.storeFor();
    const storeOnly = !byMessage && store !== undefined;
    try {
      let outcome: WorkerComparison;
      try {
        const cache = store && { file: store.file, persist: store.persistent || storeOnly, optionsKey: analysisKey(this.settings), storeOnly };
        // Stopped as soon as it is stale: a newer edit, or a newer scan.
        outcome = await compareInWorker(docs, cache, () => cancelled() || generation !== this.fullGeneration);
      } catch (e) {
        if (e instanceof CancelledError) return cancelled() ? 'cancelled' : 'stopped';
        this.host.log(`compare worker unavailable (${(e as Error).message})`);
        return 'unavailable';
      }
      if (cancelled()) return 'cancelled';
      if (generation !== this.fullGeneration) return 'superseded';
      ahead.persisted = outcome.finished;
      ahead.cpuMs = outcome.cpuMs;
      if (outcome.analysis) {
        this.setBase(outcome.analysis);
        this.tail = undefined;
        return outcome.fromCache ? 'from the corpus cache' : 'in a worker';
      }
      if (outcome.stored && store) {
        const taken = await this.takeStoredResult(cancelled, store.file);
        if (taken) return taken === 'cancelled' ? taken : 'in a worker, read back from its stored result';
        if (generation !== this.fullGeneration) return 'superseded';
      }
      return 'unreadable';
    } finally {
      // A scratch file is read through the shelf's held file from now on, if at all.
      if (store && !store.persistent) fs.promises.unlink(store.file).catch(() => undefined);
    }
  }

  /**
   * The full comparison after a scan. In a large corpus it runs in a worker (or comes from the corpus
   * cache there) while requests are still answered from the analysis before the scan; a small one is
   * compared lazily on the main thread. Returns how the result was obtained, for the log.
   */
  private async compareAfterScan(cancelled: () => boolean, ahead: { persisted?: Promise<void> }, corpusFile: string | undefined): Promise<string> {
    if (this.corpus.size <= FULL_COMPARE_LIMIT || !canCompareInWorker()) {
      this.invalidate();
      return 'on the main thread';
    }
    // Nothing changed since the stored result (same documents, build, options): take it as it is.
    this.tail = undefined;
    if (corpusFile) {
      const taken = await this.takeStoredResult(cancelled, corpusFile);
      if (taken) return taken === 'cancelled' ? taken : 'from the corpus cache';
    }
    let byMessage = this.storeFailed;
    this.scanComparing = true;
    try {
      // Failures count; a comparison stopped or outdated by an edit does not: it starts again once
      // typing pauses (the main thread must not take over a 10,000-article comparison because someone typed).
      for (let failures = 0; failures < 2 && !cancelled(); ) {
        const how = await this.compareOnceInWorker(cancelled, ahead, byMessage);
        if (how === 'superseded' || how === 'stopped') {
          await this.typingPause(cancelled);
          continue;
        }
        if (how === 'unavailable') break;
        if (how === 'unreadable') {
          this.host.log('compare worker: its stored result could not be read back; comparing again');
          byMessage = this.storeFailed = true;
          failures++;
          continue;
        }
        return how;
      }
    } finally {
      this.scanComparing = false;
    }
    if (cancelled()) return 'cancelled';
    this.invalidate();
    return 'on the main thread';
  }

  /**
   * Takes the stored comparison when it is of exactly these documents: its head (stories, conflicts,
   * ambiguities) at once, the rest once the scan's diagnostics are out (awaitTail). Undefined on a miss.
   */
  private async takeStoredResult(cancelled: () => boolean, corpusFile: string): Promise<'taken' | 'cancelled' | undefined> {
    const docs = this.corpus.paths().map((p) => this.corpus.document(p)!);
    // The load yields to requests; an edit meanwhile changes the corpus and the stored head no longer fits.
    const generation = this.fullGeneration;
    let readingHead = true;
    let dropped = false;
    // Once its head is dropped, the rest of the file is not read either.
    const stale = () => cancelled() || dropped || (readingHead && generation !== this.fullGeneration);
    // Reading the rest takes the main thread in turns; started at once, it held back the diagnostics on their way out.
    const resume = new Promise<void>((r) => this.releaseTails.push(r));
    const byPath = new Map(docs.map((d) => [d.path, d]));
    // Texts, paths and ids are shared with the documents record by record as the file is read.
    // Claims, alignments and findings stay in the file, read story by story when asked for (StoryShelf).
    const loaded = await loadStoredResultInTwo(corpusFile, corpusKey(docs, analysisKey(this.settings)), { cancelled: stale, resume, documents: byPath, shelve: true });
    readingHead = false;
    const shelf = loaded?.head.shelf;
    if (cancelled() || !loaded || !shelf || generation !== this.fullGeneration || !loaded.head.paths.every((p) => byPath.has(p))) {
      dropped = true;
      shelf?.close();
      return cancelled() ? 'cancelled' : undefined;
    }
    const { paths, stories, storyOf, findings } = loaded.head;
    this.invalidate();
    const base: ServedAnalysis = {
      stories,
      storyOf,
      findings,
      entities: [],
      entityOfMention: new Map<string, (string | undefined)[]>(),
      claims: [],
      alignments: [],
      documents: paths.map((p) => byPath.get(p)!),
      shelved: { source: shelf, residentKinds: HEAD_FINDING_KINDS, replaced: new Set() },
    };
    this.setBase(base, shelf);
    this.awaitTail(base, loaded.rest);
    return 'taken';
  }

  /**
   * Completes a head-only analysis once the rest of the stored comparison is read; documents compared
   * again meanwhile are laid over it, as an edit's story comparison would have been.
   */
  private awaitTail(base: ServedAnalysis, rest: Promise<StoredResult | undefined>): void {
    const started = Date.now();
    const tail = {
      edited: new Set<string>(),
      done: rest.then(
        (whole) => complete(whole),
        () => complete(undefined),
      ),
    };
    const complete = (whole: StoredResult | undefined): void => {
      if (this.tail !== tail) return; // superseded: invalidated, a full comparison, a new scan
      this.tail = undefined;
      if (!whole) {
        this.host.log('corpus cache: the rest of the stored comparison could not be read; comparing again');
        void this.compareAllInBackground();
        return;
      }
      // The head's findings and the shelf stay: the rest brings the entities.
      const full: ServedAnalysis = { ...base, entities: whole.entities, entityOfMention: whole.entityOfMention };
      if (tail.edited.size === 0) this.current = full;
      else {
        const docs = [...tail.edited].map((p) => this.corpus.document(p)).filter((d): d is NonNullable<typeof d> => !!d);
        this.current = overlayStory(full, compareDocuments(docs, {}), tail.edited);
      }
      this.refresh(new Set([...this.articles.values()].filter((a) => a.open).map((a) => a.key)), new Set());
      this.host.log(`corpus cache: the rest of the stored comparison read ${Date.now() - started} ms after its head`);
    };
    this.tail = tail;
  }

  /** Resolves once the analysis is complete (after a reopen, once the rest of the stored comparison is read). */
  async whenComplete(): Promise<void> {
    while (this.tail) await this.tail.done;
  }

  private invalidate(): void {
    this.fullGeneration++;
    this.tail = undefined;
    this.setBase(undefined);
    this.debouncer.cancel(FULL_COMPARE_KEY);
  }

  /**
   * Makes `analysis` the full comparison requests use; the shelf of the one it replaces is closed
   * (story overlays on it are replaced with it).
   */
  private setBase(analysis: ServedAnalysis | undefined, shelf?: StoryShelf): void {
    if (this.shelf !== shelf) this.shelf?.close();
    this.shelf = shelf;
    this.current = analysis;
  }

  private analysis(): ServedAnalysis {
    this.current ??= this.corpus.analysis();
    return this.current;
  }

  private storyMembers(key: string): string[] {
    if (!this.corpus.has(key)) return [];
    return viewOf(this.analysis()).storyDocuments(key);
  }

  context(): FeatureContext {
    return { view: viewOf(this.analysis()), settings: this.settings, dismissed: this.dismissed, uriOf: this.uriOf };
  }

  /** Publishes the given documents (when their diagnostics changed, or always for `force`) and tells the client which stories changed. */
  private refresh(keys: Set<string>, force: Set<string>): void {
    const ctx = this.context();
    this.analyses++;
    const stories = new Map<string, string[]>();
    for (const key of keys) {
      const changed = this.publishOne(ctx, key, force.has(key));
      const story = ctx.view.storyOf(key);
      if (story && (changed || force.has(key))) stories.set(story, ctx.view.storyDocuments(key).map(this.uriOf));
    }
    for (const [story, uris] of stories) this.host.storyChanged(story, uris);
  }

  private publishOne(ctx: FeatureContext, key: string, force: boolean): boolean {
    const article = this.articles.get(key);
    if (!article || !this.isInScope(key, article.fsPath)) {
      // Deleted or out of scope: clear once.
      if (this.published.has(key)) {
        this.published.delete(key);
        this.host.publish(article?.clientUri ?? key, [], article?.open?.version);
        return true;
      }
      return false;
    }
    const problem = article.open ? article.bufferProblem : article.problem;
    const problems = problem ? [problem] : [];
    // An open document shows everything; the rest of the workspace only what the setting asks for
    // (by default warnings: 10,000 articles of notes would flood the Problems panel and the pipe).
    const diagnostics = diagnosticsFor(ctx, key, problems, article.open ? 'all' : this.settings.diagnostics.unopenedFiles);
    const version = article.open?.version;
    if (!article.open && diagnostics.length === 0) {
      // A client starts with no diagnostics: an unopened file that never had any needs no empty list.
      if (!this.published.has(key)) return false;
      this.published.delete(key);
      this.host.publish(this.uriOf(key), diagnostics, version);
      return true;
    }
    // A digest, not the JSON itself: a large workspace would otherwise hold every diagnostic twice.
    const payload = createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64');
    if (!force && this.published.get(key) === payload) return false;
    this.published.set(key, payload);
    this.host.publish(this.uriOf(key), diagnostics, version);
    return true;
  }

  /** Republishes every article whose diagnostics changed (after a scan, a settings change, a dismissal). */
  publishAll(): void {
    this.refresh(new Set([...this.articles.keys(), ...this.published.keys()]), new Set());
  }

  // ---- disk -------------------------------------------------------------------------------

  /** A file was created, changed or deleted on disk (client watcher or server-side fallback). */
  async diskChanged(fsPath: string): Promise<void> {
    const name = path.basename(fsPath);
    if (name === OPT_IN_FILE) {
      this.scope.resetOptIn();
      await this.scan();
      return;
    }
    if (fsPath.endsWith(path.join(...DISMISSED_FILE.split('/')))) {
      await this.loadDismissals();
      this.publishAll();
      return;
    }
    const key = pathToUri(fsPath);
    const article = this.articles.get(key);
    if (!this.scope.isArticle(fsPath)) {
      if (article && !article.open) this.drop(key);
      else if (!article) this.dropUnder(fsPath); // a folder was deleted or renamed
      return;
    }
    this.readFromDisk(key, fsPath, false);
  }

  /** Reads an article's file again: what is analysed unless its buffer is open. */
  private readFromDisk(key: string, fsPath: string, force: boolean): void {
    const read = readArticleFile(fsPath, this.settings.maxFileSize);
    const current = this.articles.get(key) ?? { key, fsPath };
    if ('missing' in read) {
      if (!current.open) {
        if (this.articles.has(key)) this.drop(key);
        return;
      }
      current.diskHash = undefined;
      current.problem = undefined;
      return; // the open buffer stays authoritative
    }
    current.diskHash = read.ok ? textHash(read.text) : undefined;
    current.problem = read.ok ? undefined : read.problem;
    this.articles.set(key, current);
    if (!current.open) this.analyse(key, force, read.ok ? read.text : undefined);
    this.debouncer.schedule(CACHE_SAVE_KEY, CACHE_SAVE_DELAY_MS, () => void this.saveCache());
  }

  /** Persists the analyses of on-disk articles (see analysisCache.ts); one write at a time. */
  private saveCache(): Promise<void> {
    const run = this.cacheWrites.then(() => this.writeCache());
    this.cacheWrites = run.catch(() => undefined);
    return run;
  }

  private async writeCache(): Promise<void> {
    // The index worker is writing the cache: a save now would rename a few articles over its file.
    // The scan that follows it reads what changed meanwhile and saves once it is done.
    if (!this.cache || this.indexing) return;
    // A closed article's analysis is of its file (readFromDisk); an open one's, when the buffer is the file's text.
    const documents = [...this.articles.values()].flatMap((a) => {
      const analysis = a.diskHash !== undefined ? this.corpus.document(a.key) : undefined;
      const ofDisk = analysis && (!a.open || textHash(a.open.text) === a.diskHash);
      return ofDisk ? [{ analysis, hash: a.diskHash! }] : [];
    });
    try {
      if (await this.cache.save(documents)) this.host.log(`analysis cache: ${documents.length} articles saved`);
    } catch (e) {
      this.host.log(`analysis cache not saved: ${(e as Error).message}`);
    }
  }

  private dropUnder(folder: string): void {
    const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
    for (const a of [...this.articles.values()]) if (!a.open && a.fsPath?.startsWith(prefix)) this.drop(a.key);
  }

  /** Walks the workspace folders and (re)reads every article; cancels a scan still running. */
  scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    const run = this.scanning.then(() => this.runScan(generation));
    this.scanning = run.catch((e: Error) => this.host.log(`scan failed: ${e.stack ?? e.message}`));
    return this.scanning;
  }

  private async runScan(generation: number): Promise<void> {
    const cancelled = () => generation !== this.scanGeneration;
    if (cancelled()) return;
    // From the first scan on: a workspace's data is what the heap policy is for (heapPolicy.ts).
    applyHeapPolicy();
    await this.loadDismissals();
    const started = Date.now();
    let cache = new AnalysisCache(this.folders, analysisKey(this.settings));
    if (!this.staleFilesRemoved && cache.folder) {
      this.staleFilesRemoved = true;
      const removed = removeStaleFiles(cache.folder);
      if (removed) this.host.log(`analysis cache: ${removed} file${removed === 1 ? '' : 's'} left by an earlier server removed`);
    }
    await cache.load();
    this.cache = cache;
    // Phase times for the log: where a slow index or reopen spends its time.
    const phases: string[] = [];
    let mark = started; // the analysis cache was loaded since
    const phase = (name: string, note?: string) => {
      const now = Date.now();
      phases.push(`${name} ${now - mark} ms${note ? ` (${note})` : ''}`);
      mark = now;
    };
    phase('cache load');
    let fromCache = 0;
    // A stored corpus result (a reopen) is loaded after the scan, when its key can be checked.
    const corpusFile = cache.corpusFile;
    const ahead: { persisted?: Promise<void> } = {};
    const progress = await this.host.beginProgress('NewsLens: reading articles');
    let ended = false;
    try {
      const { files, truncated } = await scanFolders(this.scope, this.settings.exclude, this.settings.maxFiles, cancelled);
      if (cancelled()) return;
      if (this.shouldIndexInWorker(files, cache)) {
        // A first index: the worker reads, compares and stores; the loop below then reads from the caches.
        const { how, cpuMs } = await this.indexInWorker(files, progress, cancelled);
        if (cancelled()) return;
        phase(`read and compare in a worker (${how})`, workerCpu(cpuMs));
        const fresh = new AnalysisCache(this.folders, analysisKey(this.settings));
        await fresh.load();
        if (cancelled()) return;
        this.cache = cache = fresh;
      }
      const found = new Set(files.map(pathToUri));
      // Files that left the scope or vanished since the last scan.
      for (const a of [...this.articles.values()]) {
        if (!found.has(a.key) && !a.open) {
          this.articles.delete(a.key);
          this.corpus.remove(a.key);
        }
      }
      let oversized = 0;
      let slice = Date.now();
      for (let i = 0; i < files.length; i++) {
        if (cancelled()) return;
        const fsPath = files[i];
        const key = pathToUri(fsPath);
        // In place, not awaited: the loop yields every SCAN_SLICE_MS below, and small files read
        // this way cost a quarter of a thread-pool round trip each.
        const read = readArticleFile(fsPath, this.settings.maxFileSize);
        if ('missing' in read) continue;
        const article = this.articles.get(key) ?? { key, fsPath };
        const lastHash = article.diskHash;
        article.diskHash = read.ok ? textHash(read.text) : undefined;
        article.problem = read.ok ? undefined : read.problem;
        if (!read.ok && read.problem.code === 'too-large') oversized++;
        this.articles.set(key, article);
        if (article.open) {
          // The buffer stays what is analysed.
        } else if (!read.ok) this.corpus.remove(key);
        else if (lastHash !== article.diskHash || !this.corpus.has(key)) {
          // (A closed article's analysis is of its file as last read: unchanged when the hash is.)
          const hit = cache.get(key, article.diskHash!);
          if (hit) {
            this.corpus.adopt(hit);
            fromCache++;
          } else this.corpus.upsert(key, read.text);
        }
        if (Date.now() - slice > SCAN_SLICE_MS) {
          progress.report(Math.round((100 * (i + 1)) / files.length), `${i + 1} / ${files.length} articles`);
          await new Promise((r) => setImmediate(r));
          slice = Date.now();
        }
      }
      // Open buffers that are no longer in scope (settings changed) leave the corpus too.
      for (const a of this.articles.values()) if (a.open && !this.isInScope(a.key, a.fsPath)) this.corpus.remove(a.key);
      for (const a of this.articles.values()) {
        if (a.open && !a.bufferProblem && this.isInScope(a.key, a.fsPath) && !this.corpus.has(a.key)) this.corpus.upsert(a.key, a.open.text);
      }
      // Requests during the scan were answered from the analysis before it; now compare everything.
      progress.report(100, `comparing ${this.corpus.size} articles`);
      phase('read');
      const compared = await this.compareAfterScan(cancelled, ahead, corpusFile);
      if (cancelled()) return;
      phase('compare');
      this.publishAll();
      phase('publish');
      const note = [
        `scanned ${files.length} article${files.length === 1 ? '' : 's'} in ${Date.now() - started} ms (${fromCache} from the analysis cache), compared ${compared}`,
        phases.join(', '),
        truncated ? `stopped at newslens.maxFiles = ${this.settings.maxFiles}` : '',
        oversized ? `${oversized} file${oversized === 1 ? '' : 's'} over newslens.maxFileSize not analysed` : '',
      ].filter(Boolean);
      ended = true;
      progress.done();
      this.host.log(note.join('; '));
      void this.resumeTail();
      // Nothing to write when every article came from the cache unchanged.
      // The corpus result is stored first: a client that waits for the analysis cache then finds both.
      await ahead.persisted;
      if (fromCache !== this.corpus.size || cache.size !== fromCache) await this.saveCache();
    } finally {
      if (!ended) progress.done();
      void this.resumeTail();
    }
  }

  /**
   * A large workspace the server holds next to nothing of, whose analyses are mostly not cached:
   * a first index, done in a worker (indexWorker.ts) so the server never holds a second copy.
   */
  private shouldIndexInWorker(files: readonly string[], cache: AnalysisCache): boolean {
    if (files.length <= FULL_COMPARE_LIMIT || this.corpus.size > FULL_COMPARE_LIMIT || !cache.corpusFile || !canCompareInWorker()) return false;
    let missing = 0;
    for (const f of files) if (!cache.has(pathToUri(f)) && ++missing > FULL_COMPARE_LIMIT) return true;
    return false;
  }

  private async indexInWorker(files: string[], progress: ProgressReporter, cancelled: () => boolean): Promise<{ how: string; cpuMs?: number }> {
    const buffers = [...this.articles.values()].flatMap((a): [string, string][] => (a.open && !a.bufferProblem ? [[a.key, a.open.text]] : []));
    const job: IndexJob = {
      folders: this.folders,
      optionsKey: analysisKey(this.settings),
      readOptions: this.readOptions(),
      files,
      maxFileSize: this.settings.maxFileSize,
      buffers,
      ...(this.cache?.corpusFile ? { cacheFile: this.cache.corpusFile } : {}),
    };
    this.indexing = true;
    try {
      const outcome = await indexInWorker(
        job,
        (read) =>
          read === 'comparing'
            ? progress.report(100, `comparing ${files.length} articles`)
            : progress.report(Math.round((100 * read) / files.length), `${read} / ${files.length} articles`),
        cancelled,
      );
      // The line a client waiting for the analysis cache looks for (the bench, the tests).
      if (outcome.saved > 0) this.host.log(`analysis cache: ${outcome.saved} articles saved (by the index worker)`);
      return { how: `${outcome.saved} analyses saved, comparison ${outcome.stored ? 'stored' : 'not stored'}`, cpuMs: outcome.cpuMs };
    } catch (e) {
      if (!cancelled()) this.host.log(`index worker: ${(e as Error).message}; reading on the main thread`);
      return { how: 'failed' };
    } finally {
      this.indexing = false;
    }
  }

  private async resumeTail(): Promise<void> {
    const releases = this.releaseTails;
    this.releaseTails = [];
    if (!releases.length) return;
    await this.host.drained?.();
    for (const release of releases) release();
  }

  // ---- dismissals -------------------------------------------------------------------------

  private async loadDismissals(): Promise<void> {
    const next = new Map<string, Dismissal[]>();
    for (const folder of this.folders) next.set(folder, await readDismissals(folder));
    this.dismissals = next;
    this.dismissed = new Set([...next.values()].flat().map((d) => d.fingerprint));
  }

  /** Dismisses (or restores) a finding by fingerprint; written to the folder of the finding's document. */
  async dismiss(fingerprint: string, restore = false): Promise<{ ok: boolean; file?: string; message?: string }> {
    await this.whenComplete(); // the finding may be one the stored head leaves out
    const finding = viewOf(this.analysis()).findingByFingerprint(fingerprint);
    const fsPath = finding && uriToPath(finding.primary.path);
    const folder = (fsPath && this.scope.folderOf(fsPath)) ?? [...this.dismissals.entries()].find(([, ds]) => ds.some((d) => d.fingerprint === fingerprint))?.[0] ?? this.folders[0];
    if (!folder) return { ok: false, message: 'No workspace folder to store dismissals in.' };
    const write = this.writes.then(() => updateDismissals(folder, { fingerprint, restore, code: finding?.code, message: finding?.message }));
    this.writes = write.catch(() => undefined);
    const list = await write;
    this.dismissals.set(folder, list);
    this.dismissed = new Set([...this.dismissals.values()].flat().map((d) => d.fingerprint));
    this.publishAll();
    return { ok: true, file: path.join(folder, DISMISSED_FILE) };
  }

  dispose(): void {
    this.scanGeneration++;
    this.debouncer.dispose();
  }
}

/** The worker thread's CPU time for a log line (its wall time includes waiting for a core), where known. */
function workerCpu(ms: number | undefined): string {
  return ms === undefined ? '' : `worker CPU ${ms} ms`;
}
