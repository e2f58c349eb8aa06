// Builds the LanguageClient: which documents go to the server, what configuration it sees, and
// what happens when the server process dies (restart, with a limit so a crash loop stops).
import type { ExtensionContext, LogOutputChannel, OutputChannel } from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { serverEnvironment } from './serverEnvironment';

/** Languages whose documents the server is told about; it decides itself which are articles. */
export const ARTICLE_LANGUAGES = ['plaintext', 'news', 'markdown'];

/** Restarts a crashed server, but at most MAX_RESTARTS times within WINDOW_MS (then it stays down). */
const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;

export function restartingErrorHandler(output: OutputChannel, now: () => number = Date.now): ErrorHandler {
  const restarts: number[] = [];
  return {
    // Never a shutdown on errors: when the server dies, every message the editor had queued for it
    // fails to be written, and from the fourth such error on the default handler stopped the client
    // for good, before `closed` could restart the server (the VS Code test of a killed server, ~1 run
    // in 4). A dead connection closes; `closed` decides, and limits the restarts.
    error: (error, _message, count) => {
      output.appendLine(`[client] connection error (${count ?? 1}): ${error.message}`);
      return { action: ErrorAction.Continue, handled: true };
    },
    closed: () => {
      const t = now();
      while (restarts.length > 0 && t - restarts[0] > WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        output.appendLine(`[client] the server stopped ${MAX_RESTARTS + 1} times in 3 minutes; not restarting. Run "NewsLens: Restart Language Server".`);
        return { action: CloseAction.DoNotRestart, message: 'The NewsLens language server keeps stopping; see the NewsLens output.', handled: false };
      }
      restarts.push(t);
      output.appendLine('[client] the server stopped; restarting it.');
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

export function createLanguageClient(context: ExtensionContext, output: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env: serverEnvironment() } },
    debug: { module, transport: TransportKind.ipc, options: { env: serverEnvironment(), execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const documentSelector = ARTICLE_LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    ...(language === 'markdown' ? [] : [{ scheme: 'untitled', language }]),
  ]);
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    // The server reads `newslens.*` through workspace/configuration and is told when it changes.
    synchronize: { configurationSection: 'newslens' },
    outputChannel: output,
    traceOutputChannel: output,
    // Never pop up the output channel: a news desk should not see a panel jump on every hiccup.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: restartingErrorHandler(output),
  };
  return new LanguageClient('newslens', 'NewsLens', serverOptions, clientOptions);
}
