// The VS Code client: starts the NewsLens language server for articles and adds what only an editor
// can show — the Compare Sources panel, the status bar item and the NewsLens commands. No analysis
// happens here: everything shown comes from the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { goToConflict } from './commands/conflicts';
import { showEntityAcrossSources } from './commands/entities';
import { dismissFinding, reanalyze, restoreFindings } from './commands/findings';
import { openTwoSources } from './commands/sideBySide';
import { createLanguageClient } from './languageClient';
import { STORY_VIEW_ID, StoryViewProvider } from './panel/storyView';
import { createStatusBar } from './statusBar';
import { StoryService } from './storyService';

/** What the extension returns from activate(); the extension-host tests use it. */
export interface NewsLensApi {
  client: LanguageClient;
  stories: StoryService;
  storyView: StoryViewProvider;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<NewsLensApi> {
  const output = vscode.window.createOutputChannel('NewsLens', { log: true });
  context.subscriptions.push(output);
  client = createLanguageClient(context, output);
  await client.start();
  const lc = client;

  const stories = new StoryService(lc);
  const storyView = new StoryViewProvider(context.extensionUri, stories, output);
  const status = createStatusBar();
  context.subscriptions.push(
    stories,
    storyView,
    status.item,
    stories.onDidChange((s) => status.update(s)),
    vscode.window.registerWebviewViewProvider(STORY_VIEW_ID, storyView, { webviewOptions: { retainContextWhenHidden: true } }),
  );

  const commands: Record<string, (...args: unknown[]) => unknown> = {
    'newslens.compareSources': async (claimId?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      if (editor) stories.follow(editor.document.uri);
      await storyView.reveal(typeof claimId === 'string' ? claimId : undefined);
      return (await stories.refreshNow()).story;
    },
    'newslens.nextConflict': () => goToConflict(1),
    'newslens.previousConflict': () => goToConflict(-1),
    'newslens.showEntity': () => showEntityAcrossSources(stories),
    'newslens.openSideBySide': (claimId?: unknown) => openTwoSources(stories, claimId),
    'newslens.reanalyze': () => reanalyze(lc),
    'newslens.dismissFinding': (arg?: unknown) => dismissFinding(lc, arg),
    'newslens.restoreFindings': (arg?: unknown) => restoreFindings(lc, arg),
    'newslens.restartServer': async () => {
      await lc.restart();
      stories.schedule(0);
    },
    'newslens.showOutput': () => output.show(true),
  };
  // A command the server executes itself (listed in its executeCommandProvider) is registered by
  // the language client; registering it twice would throw.
  const serverCommands = new Set(lc.initializeResult?.capabilities.executeCommandProvider?.commands ?? []);
  for (const [id, run] of Object.entries(commands)) {
    if (serverCommands.has(id)) {
      output.appendLine(`[client] ${id} is executed by the server`);
      continue;
    }
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  }
  await vscode.commands.executeCommand('setContext', 'newslens.active', true);
  return { client: lc, stories, storyView };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
