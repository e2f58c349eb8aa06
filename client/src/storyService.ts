// Follows the active article and keeps its story (newslens/story) and status (newslens/status)
// current: on editor switches and whenever the server says a story's analysis changed.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  STATUS_REQUEST,
  STORY_CHANGED_NOTIFICATION,
  STORY_REQUEST,
  type StatusResult,
  type StoryModel,
  type StoryParams,
} from '../../server/src/protocol';
import { ARTICLE_LANGUAGES } from './languageClient';

export interface StorySnapshot {
  /** The article the panel follows (the last active article editor), if any. */
  uri?: string;
  story: StoryModel | null;
  status: StatusResult | null;
  /** Why there is no story, in words for the panel. */
  reason?: string;
}

/** Coalesces bursts (typing, a rescan touching many files) into one request pair. */
const REFRESH_DELAY_MS = 120;

export function isArticleDocument(doc: vscode.TextDocument): boolean {
  return (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled') && ARTICLE_LANGUAGES.includes(doc.languageId);
}

export class StoryService implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<StorySnapshot>();
  readonly onDidChange = this.emitter.event;
  private snapshot: StorySnapshot = { story: null, status: null, reason: 'Open an article to compare its sources.' };
  private followed: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  /** Resolves after the next refresh completes (used by commands that need fresh data). */
  private waiters: (() => void)[] = [];

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && isArticleDocument(e.document)) this.follow(e.document.uri);
      }),
      client.onNotification(STORY_CHANGED_NOTIFICATION, () => this.schedule()),
    );
    const active = vscode.window.activeTextEditor;
    if (active && isArticleDocument(active.document)) this.follow(active.document.uri);
  }

  get current(): StorySnapshot {
    return this.snapshot;
  }

  get followedUri(): vscode.Uri | undefined {
    return this.followed;
  }

  follow(uri: vscode.Uri): void {
    if (this.followed?.toString() === uri.toString()) return;
    this.followed = uri;
    this.schedule(0);
  }

  /** Re-requests the story now and resolves when the snapshot is updated. */
  async refreshNow(): Promise<StorySnapshot> {
    const done = new Promise<void>((resolve) => this.waiters.push(resolve));
    this.schedule(0);
    await done;
    return this.snapshot;
  }

  schedule(delay = REFRESH_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    this.timer = undefined;
    const generation = ++this.generation;
    const uri = this.followed;
    let next: StorySnapshot;
    if (!uri) {
      next = { story: null, status: null, reason: 'Open an article to compare its sources.' };
    } else {
      next = await this.request(uri.toString());
    }
    // A newer refresh started while this one waited: its answer wins.
    if (generation !== this.generation) return;
    this.snapshot = next;
    this.emitter.fire(next);
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private async request(uri: string): Promise<StorySnapshot> {
    const params: StoryParams = { uri };
    try {
      if (!this.client.isRunning()) return { uri, story: null, status: null, reason: 'The NewsLens language server is not running.' };
      const [story, status] = await Promise.all([
        this.client.sendRequest<StoryModel | null>(STORY_REQUEST, params),
        this.client.sendRequest<StatusResult | null>(STATUS_REQUEST, params).catch(() => null),
      ]);
      if (!story) return { uri, story: null, status, reason: 'This file is not part of a story NewsLens analyses.' };
      return { uri, story, status };
    } catch (err) {
      return { uri, story: null, status: null, reason: `The language server could not give the story: ${(err as Error).message}` };
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}
