// The language server: wires LSP requests to feature modules (server/src/features) and document
// events to the workspace state (server/src/workspace). No analysis lives here.
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  WatchKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DISMISS_REQUEST,
  REANALYZE_REQUEST,
  STATUS_REQUEST,
  STORY_CHANGED_NOTIFICATION,
  STORY_REQUEST,
  type DismissParams,
  type StatusResult,
  type StoryModel,
  type StoryParams,
} from './protocol';
import type { FeatureContext } from './features/context';
import { codeActions, DISMISS_COMMAND } from './features/codeActions';
import { codeLenses, COMPARE_COMMAND } from './features/codeLens';
import { definition } from './features/definition';
import { documentSymbols } from './features/documentSymbols';
import { documentHighlights } from './features/highlights';
import { hover } from './features/hover';
import { references } from './features/references';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semanticTokens';
import { status } from './features/status';
import { storyModel } from './features/storyModel';
import { workspaceSymbols } from './features/workspaceSymbols';
import { normalizeSettings } from './workspace/settings';
import { FolderWatcher } from './workspace/watcher';
import type { ArticleWorkspace, ProgressReporter, WorkspaceHost } from './workspace/workspace';
import { pathToUri, uriToPath } from './workspace/uri';
import { TOOL_VERSION } from './engine/version';
import { serveCompareWorker } from './workspace/compareWorker';

/** Commands the server executes itself (other editors' code actions); VS Code runs its own client commands of the public names. */
export const SERVER_COMMANDS = ['newslens.server.dismissFinding', 'newslens.server.restoreFinding', 'newslens.server.reanalyze'];

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument);
  let canPullConfiguration = false;
  let canWatchFiles = false;
  let canReportProgress = false;
  let initSettings: unknown;
  let initialFolders: string[] = [];
  let watcher: FolderWatcher | undefined;

  const log = (message: string) => connection.console.log(`[newslens] ${message}`);
  const host: WorkspaceHost = {
    publish: (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) }),
    storyChanged: (story, uris) => void connection.sendNotification(STORY_CHANGED_NOTIFICATION, { story, uris }),
    log,
    // The connection writes one message at a time, in order: once this line is written, so is everything sent before it.
    drained: () => connection.sendNotification('window/logMessage', { type: 4, message: '[newslens] scan results sent' }).catch(() => undefined),
    beginProgress: async (title): Promise<ProgressReporter> => {
      if (!canReportProgress) return { report: () => undefined, done: () => undefined };
      try {
        const p = await connection.window.createWorkDoneProgress();
        p.begin(title, 0, undefined, false);
        return { report: (pct, message) => p.report(pct, message), done: () => p.done() };
      } catch {
        return { report: () => undefined, done: () => undefined };
      }
    },
  };
  // The engine (and its data) loads on first use, after the initialize response: the editor gets
  // its capabilities without waiting for it.
  let loaded: ArticleWorkspace | undefined;
  const workspace = (): ArticleWorkspace => {
    if (!loaded) {
      const { ArticleWorkspace: Workspace } = require('./workspace/workspace') as typeof import('./workspace/workspace');
      loaded = new Workspace(host);
      loaded.setFolders(initialFolders);
    }
    return loaded;
  };

  /**
   * Runs a feature on a document's current analysis; bad input gives the empty answer, never a crash.
   * Right after a reopen it waits for the rest of the stored comparison (entities, claims, alignments).
   */
  async function withDocument<T>(uri: string, empty: T, run: (ctx: FeatureContext, path: string) => T): Promise<T> {
    try {
      await workspace().whenComplete();
      workspace().ensureFresh(uri);
      const path = workspace().keyOf(uri);
      const ctx = workspace().context();
      return ctx.view.document(path) ? run(ctx, path) : empty;
    } catch (e) {
      log(`request on ${uri} failed: ${(e as Error).stack ?? e}`);
      return empty;
    }
  }

  /** Settings from workspace/configuration when the client offers it, else what it pushed (or sent at initialize). */
  async function pullSettings(fallback?: unknown): Promise<void> {
    let raw: unknown = fallback ?? initSettings;
    if (canPullConfiguration) {
      try {
        // Neovim answers null for a section it has no settings for: keep what was pushed then.
        raw = ((await connection.workspace.getConfiguration({ section: 'newslens' })) as unknown) ?? raw;
      } catch (e) {
        log(`workspace/configuration failed: ${(e as Error).message}`);
      }
    }
    await workspace().configure(normalizeSettings(raw));
  }

  connection.onInitialize((params: InitializeParams) => {
    const caps = params.capabilities;
    canPullConfiguration = !!caps.workspace?.configuration;
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canReportProgress = !!caps.window?.workDoneProgress;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    initialFolders = folders;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    initSettings = init?.settings;
    return {
      capabilities: {
        // Declared statically wherever LSP allows: Neovim 0.7 ignores dynamic registration.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix', ''] },
        executeCommandProvider: { commands: SERVER_COMMANDS },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'newslens', version: TOOL_VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (canWatchFiles) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/*.{txt,news,md}' },
          { globPattern: '**/.newslens.json' },
          { globPattern: '**/.newslens/dismissed.json' },
          // A deleted folder is reported as one event for the folder, which the globs above miss.
          { globPattern: '**/*', kind: WatchKind.Delete },
        ],
      });
    } else {
      watcher = new FolderWatcher(workspace().workspaceFolders, (p) => void workspace().diskChanged(p), log);
    }
    try {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        const current = new Set(workspace().workspaceFolders);
        for (const f of e.removed) {
          const p = uriToPath(f.uri);
          if (p) current.delete(p);
        }
        const uris = [...current].map(pathToUri).concat(e.added.map((f) => f.uri));
        workspace().setFolders(uris);
        if (!canWatchFiles) {
          watcher?.dispose();
          watcher = new FolderWatcher(workspace().workspaceFolders, (p) => void workspace().diskChanged(p), log);
        }
        await workspace().scan();
      });
    } catch {
      // The client does not announce workspace folder changes.
    }
    await pullSettings();
    await workspace().scan();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const settings = (change.settings as { newslens?: unknown } | null)?.newslens;
    await pullSettings(settings);
  });

  connection.onDidChangeWatchedFiles(async (change) => {
    for (const event of change.changes) {
      const p = uriToPath(event.uri);
      if (p) await workspace().diskChanged(p);
    }
  });

  documents.onDidOpen((e) => workspace().open(e.document.uri, e.document.getText(), e.document.version));
  documents.onDidChangeContent((e) => workspace().change(e.document.uri, e.document.getText(), e.document.version));
  documents.onDidClose((e) => workspace().close(e.document.uri));

  connection.onHover((p) => withDocument(p.textDocument.uri, null, (ctx, path) => hover(ctx, path, p.position)));
  connection.onDefinition((p) => withDocument(p.textDocument.uri, [], (ctx, path) => definition(ctx, path, p.position)));
  connection.onReferences((p) =>
    withDocument(p.textDocument.uri, [], (ctx, path) => references(ctx, path, p.position, p.context?.includeDeclaration ?? true)),
  );
  connection.onDocumentHighlight((p) => withDocument(p.textDocument.uri, [], (ctx, path) => documentHighlights(ctx, path, p.position)));
  connection.onDocumentSymbol((p) => withDocument(p.textDocument.uri, [], (ctx, path) => documentSymbols(ctx, path)));
  connection.onWorkspaceSymbol(async (p) => {
    try {
      await workspace().whenComplete();
      return workspaceSymbols(workspace().context(), p.query ?? '');
    } catch (e) {
      log(`workspace symbols failed: ${(e as Error).message}`);
      return [];
    }
  });
  connection.languages.semanticTokens.on((p) => withDocument(p.textDocument.uri, { data: [] }, (ctx, path) => semanticTokens(ctx, path)));
  connection.onCodeLens((p) => withDocument(p.textDocument.uri, [], (ctx, path) => codeLenses(ctx, path)));
  connection.onCodeAction((p) => withDocument(p.textDocument.uri, [], (ctx, path) => codeActions(ctx, path, p)));

  connection.onExecuteCommand(async (p) => {
    const arg = p.arguments?.[0];
    const fingerprint = typeof arg === 'string' ? arg : (arg as { fingerprint?: unknown } | undefined)?.fingerprint;
    switch (p.command) {
      case DISMISS_COMMAND:
      case 'newslens.server.dismissFinding':
      case 'newslens.restoreFindings':
      case 'newslens.server.restoreFinding':
        if (typeof fingerprint !== 'string' || !fingerprint) return { ok: false, message: 'no fingerprint given' };
        return workspace().dismiss(fingerprint, p.command.toLowerCase().includes('restore'));
      case 'newslens.reanalyze':
      case 'newslens.server.reanalyze':
        await workspace().scan();
        return { ok: true };
      case COMPARE_COMMAND:
        // Only the VS Code client has a panel; other editors can request newslens/story themselves.
        log('newslens.compareSources needs the VS Code panel; use the newslens/story request in other editors.');
        return null;
      default:
        return null;
    }
  });

  connection.onRequest(STORY_REQUEST, (p: StoryParams): Promise<StoryModel | null> => withDocument(p?.uri ?? '', null, (ctx, path) => storyModel(ctx, path)));
  connection.onRequest(STATUS_REQUEST, (p: StoryParams): Promise<StatusResult> =>
    withDocument(p?.uri ?? '', { story: null, sources: 0, conflicts: 0 }, (ctx, path) => status(ctx, path)),
  );
  connection.onRequest(DISMISS_REQUEST, async (p: DismissParams) => {
    if (!p || typeof p.fingerprint !== 'string' || !p.fingerprint) return { ok: false, message: 'no fingerprint given' };
    return workspace().dismiss(p.fingerprint, !!p.restore);
  });
  connection.onRequest(REANALYZE_REQUEST, async () => {
    await workspace().scan();
    return { ok: true };
  });

  connection.onShutdown(() => {
    watcher?.dispose();
    loaded?.dispose();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

// The same bundle runs the full-comparison worker thread (workspace/compareWorker.ts).
if (!serveCompareWorker() && require.main === module) startServer();
