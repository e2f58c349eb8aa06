// The "Compare Sources" webview view: shows the followed article's story and opens passages the
// user picks. Everything the webview sends is validated (see messages.ts) before it is acted on.
import * as vscode from 'vscode';
import { openLocation, openSideBySide } from '../locations';
import type { StoryService, StorySnapshot } from '../storyService';
import { parseFromWebview, storyUris, type ToWebview } from './messages';
import { webviewHtml } from './webviewHtml';

export const STORY_VIEW_ID = 'newslens.compare';

export class StoryViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private pendingFocus: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly stories: StoryService,
    private readonly output: vscode.OutputChannel,
  ) {
    this.disposables.push(stories.onDidChange((s) => this.post(this.storyMessage(s))));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    view.webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    view.webview.html = webviewHtml(view.webview, this.extensionUri, vscode.Uri);
    view.webview.onDidReceiveMessage((m) => void this.receive(m), undefined, this.disposables);
    view.onDidChangeVisibility(() => {
      if (view.visible) this.stories.schedule(0);
    }, undefined, this.disposables);
    view.onDidDispose(() => {
      this.view = undefined;
      this.ready = false;
    }, undefined, this.disposables);
  }

  get isVisible(): boolean {
    return !!this.view?.visible;
  }

  /** Opens the panel and, when given, moves the keyboard focus to one aligned claim's row. */
  async reveal(claimId?: string): Promise<void> {
    this.pendingFocus = claimId;
    await vscode.commands.executeCommand(`${STORY_VIEW_ID}.focus`);
    if (this.ready && claimId) this.flushFocus();
  }

  private flushFocus(): void {
    if (!this.pendingFocus) return;
    void this.post({ type: 'focusClaim', claimId: this.pendingFocus });
    this.pendingFocus = undefined;
  }

  private storyMessage(s: StorySnapshot): ToWebview {
    return { type: 'story', story: s.story, activeUri: s.uri ?? null, reason: s.reason };
  }

  private async post(message: ToWebview): Promise<void> {
    if (!this.view || !this.ready) return;
    await this.view.webview.postMessage(message);
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parseFromWebview(raw, storyUris(this.stories.current.story));
    if (!message) {
      this.output.appendLine(`[panel] ignored a message from the webview that is not valid: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    switch (message.type) {
      case 'ready':
        this.ready = true;
        await this.post(this.storyMessage(this.stories.current));
        this.flushFocus();
        return;
      case 'open':
        await openLocation(message.location, message.beside ? 'beside' : 'active');
        return;
      case 'openPair':
        await openSideBySide(message.left, message.right);
        return;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
