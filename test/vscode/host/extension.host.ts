// Runs inside VS Code's real extension host (code-server), on a copy of the seed story.
// Entry point: run(), called by the workbench (extensionTestsPath).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, State } from 'vscode-languageclient/node';
import { fingerprintOf } from '../../../client/src/commands/findings';
import { restartingErrorHandler } from '../../../client/src/languageClient';
import { NEWS_FILE, SEED_DA, SEED_EN, SEED_US, SHORT } from '../fixtures';
import { runHostSuite } from './hostMocha';
import { codeOf, diagnosticsWhere } from './wait';
import { api, EXTENSION_ID, fileUri, open } from './workspace';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

function tests(): void {
  describe('extension host', () => {
    it('activates on a seed article and starts the language server', async () => {
      const editor = await open(SEED_DA);
      assert.equal(editor.document.languageId, 'plaintext');
      const newslens = await api();
      assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
      assert.equal(newslens.client.isRunning(), true);
      assert.equal(newslens.client.initializeResult?.serverInfo?.name, 'newslens');
    });

    it('opens .news files in the news language', async () => {
      const editor = await open(NEWS_FILE);
      assert.equal(editor.document.languageId, 'news');
    });

    it('shows the server\'s "too short" information diagnostic on a short file', async () => {
      await open(SHORT);
      const ds = await diagnosticsWhere(fileUri(SHORT), (ds) => ds.some((d) => codeOf(d) === 'too-short'));
      const d = ds.find((x) => codeOf(x) === 'too-short')!;
      assert.equal(d.source, 'newslens');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
      assert.match(d.message, /short/i);
    });

    it('registers every NewsLens command', async () => {
      const all = new Set(await vscode.commands.getCommands(true));
      for (const id of ['compareSources', 'nextConflict', 'previousConflict', 'showEntity', 'openSideBySide', 'reanalyze', 'dismissFinding', 'restoreFindings']) {
        assert.ok(all.has(`newslens.${id}`), `newslens.${id} is not registered`);
      }
    });

    it('stops restarting a server that keeps crashing', () => {
      const lines: string[] = [];
      let t = 0;
      const handler = restartingErrorHandler({ appendLine: (l: string) => lines.push(l) } as unknown as vscode.OutputChannel, () => t);
      const actions: CloseAction[] = [];
      for (let i = 0; i < 5; i++) {
        t += 1000;
        actions.push((handler.closed() as { action: CloseAction }).action);
      }
      assert.deepEqual(actions, [CloseAction.Restart, CloseAction.Restart, CloseAction.Restart, CloseAction.Restart, CloseAction.DoNotRestart]);
      t += 4 * 60 * 1000; // a crash long after the others is restarted again
      assert.equal((handler.closed() as { action: CloseAction }).action, CloseAction.Restart);
    });

    it('does not shut the client down on failed writes to a dead server: its close restarts it', () => {
      const handler = restartingErrorHandler({ appendLine: () => undefined } as unknown as vscode.OutputChannel);
      const actions = [1, 2, 3, 4, 5, 9].map((count) => (handler.error(new Error('write EPIPE'), undefined, count) as { action: ErrorAction }).action);
      assert.deepEqual(actions, [1, 2, 3, 4, 5, 9].map(() => ErrorAction.Continue));
    });

    describe('on the seed story', () => {
      before(async () => {
        for (const f of [SEED_EN, SEED_US]) await vscode.workspace.openTextDocument(fileUri(f));
        await open(SEED_DA);
      });

      it('puts a conflict on 000 line 31 with related information in the other sources', async () => {
        const ds = await diagnosticsWhere(fileUri(SEED_DA), (ds) => ds.some((d) => codeOf(d).startsWith('conflict') && d.range.start.line === 30));
        const d = ds.find((x) => codeOf(x).startsWith('conflict') && x.range.start.line === 30)!;
        assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
        const related = d.relatedInformation ?? [];
        assert.ok(related.length > 0, 'no related information');
        assert.ok(related.some((r) => r.location.uri.path.endsWith(SEED_EN)), `related information does not point at 001: ${related.map((r) => r.location.uri.path).join(', ')}`);
      });

      it('answers a hover on "Europarådets" with the entity card', async () => {
        const uri = fileUri(SEED_DA);
        const doc = await vscode.workspace.openTextDocument(uri);
        const at = doc.positionAt(doc.getText().indexOf('Europarådets') + 3);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
        const text = hoverText(hovers);
        assert.match(text, /Council of Europe/, `hover was: ${text}`);
        assert.ok(text.includes(SEED_EN) || text.includes('001'), `hover does not list source 001: ${text}`);
      });

      it('jumps from "Europarådets" to its mention in 001 (definition)', async () => {
        const uri = fileUri(SEED_DA);
        const doc = await vscode.workspace.openTextDocument(uri);
        const at = doc.positionAt(doc.getText().indexOf('Europarådets') + 3);
        const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, at);
        const targets = defs.map((d) => ('targetUri' in d ? d.targetUri : d.uri).path);
        assert.ok(targets.some((p) => p.endsWith(SEED_EN)), `definition targets: ${targets.join(', ') || '(none)'}`);
      });

      it('gives the panel the seed story with aligned claims (newslens/story)', async () => {
        await open(SEED_DA);
        const story = await vscode.commands.executeCommand<import('../../../server/src/protocol').StoryModel | null>('newslens.compareSources');
        assert.ok(story, 'no story for 000');
        assert.equal(story.sources.length, 3);
        const da = story.sources.findIndex((s) => s.uri.endsWith(SEED_DA));
        assert.ok(da >= 0);
        const first = story.claims.find((c) => c.status === 'conflict' && c.cells[da]?.location.range.start.line === 30);
        assert.ok(first, `no conflicting claim at 000:31 among ${story.claims.length} claims`);
        assert.ok(first.findings.some((f) => f.kind === 'conflict' && f.message.length > 0), 'the 000:31 claim carries no conflict finding');
        const spread = (c: (typeof story.claims)[number]) => c.cells.filter((x) => x !== null).length;
        assert.ok(story.claims.some((c) => c.status === 'conflict' && spread(c) >= 2), 'no conflict is aligned across two sources');
        assert.ok(story.claims.some((c) => c.status === 'agree' && spread(c) >= 2), 'no corroborated claim');
        for (const c of story.claims) assert.equal(c.cells.length, story.sources.length, `claim ${c.id} has a cell count unlike the sources`);
      });

      it('refreshes the story when an edit changes the analysis (newslens/storyChanged)', async () => {
        const newslens = await api();
        const editor = await open(SEED_DA);
        const before = await newslens.stories.refreshNow();
        const da = before.story!.sources.findIndex((s) => s.uri.endsWith(SEED_DA));
        const firstTime = (snap: typeof before) => snap.story?.claims.some((c) => c.status === 'conflict' && c.cells[da]?.location.range.start.line === 30) ?? false;
        assert.ok(firstTime(before), 'precondition: a conflict at 000:31');
        const changed = new Promise<typeof before>((resolve) => {
          const sub = newslens.stories.onDidChange((snap) => {
            if (!firstTime(snap)) {
              sub.dispose();
              resolve(snap);
            }
          });
        });
        const line = editor.document.lineAt(30);
        const original = line.text;
        await editor.edit((e) => e.delete(line.range)); // unsaved: the server analyses the buffer
        try {
          const after = await Promise.race([changed, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the story did not change within 15 s of the edit')), 15_000))]);
          assert.equal(firstTime(after), false);
        } finally {
          // Put the text back and save (same bytes as before), so no dirty buffer lingers.
          await editor.edit((e) => e.insert(editor.document.lineAt(30).range.start, original));
          await editor.document.save();
        }
        assert.equal(editor.document.lineAt(30).text, original);
      });

      it('shows an entity across sources from the cursor ("Show Entity Across Sources")', async () => {
        const editor = await open(SEED_DA);
        const at = editor.document.positionAt(editor.document.getText().indexOf('Europarådets') + 3);
        editor.selection = new vscode.Selection(at, at);
        const locations = await vscode.commands.executeCommand<vscode.Location[]>('newslens.showEntity');
        const files = new Set(locations.map((l) => l.uri.path.split('/').pop()));
        assert.deepEqual([...files].sort(), [SEED_DA, SEED_EN, SEED_US]);
        await vscode.commands.executeCommand('closeReferenceSearch');
      });

      it('opens two sources side by side at an aligned claim', async () => {
        await open(SEED_DA);
        const story = (await (await api()).stories.refreshNow()).story!;
        const claim = story.claims.find((c) => c.cells.filter((x) => x !== null).length >= 2)!;
        assert.ok(claim, 'no claim reported by two sources');
        assert.equal(await vscode.commands.executeCommand<boolean>('newslens.openSideBySide', claim.id), true);
        const shown = vscode.window.visibleTextEditors.map((e) => ({ uri: e.document.uri.toString(), line: e.selection.start.line, column: e.viewColumn }));
        const cells = claim.cells.filter((x) => x !== null);
        const matched = cells.filter((c) => shown.some((e) => c.location.uri === e.uri && c.location.range.start.line === e.line));
        assert.ok(matched.length >= 2, `editors ${JSON.stringify(shown)} do not show two cells of ${claim.id}`);
        assert.equal(new Set(shown.map((e) => e.column)).size >= 2, true, 'not side by side');
        await vscode.commands.executeCommand('workbench.action.closeAllGroups');
      });

      it('dismisses a finding into .newslens/dismissed.json and restores it', async () => {
        await open(SEED_DA);
        const uri = fileUri(SEED_DA);
        const ds = await diagnosticsWhere(uri, (ds) => ds.some((d) => codeOf(d).startsWith('conflict') && fingerprintOf(d)));
        const target = ds.find((d) => codeOf(d).startsWith('conflict') && fingerprintOf(d))!;
        const fingerprint = fingerprintOf(target)!;
        const has = (ds: vscode.Diagnostic[]) => ds.some((d) => fingerprintOf(d) === fingerprint);
        assert.equal(await vscode.commands.executeCommand('newslens.dismissFinding', fingerprint), fingerprint);
        await diagnosticsWhere(uri, (ds) => !has(ds));
        const file = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.newslens/dismissed.json')));
        assert.ok(file.includes(fingerprint));
        assert.deepEqual(await vscode.commands.executeCommand('newslens.restoreFindings', fingerprint), [fingerprint]);
        await diagnosticsWhere(uri, has);
      });

      it('moves to the next conflict with "Go to Next Conflict"', async () => {
        const editor = await open(SEED_DA);
        await diagnosticsWhere(fileUri(SEED_DA), (ds) => ds.some((d) => codeOf(d).startsWith('conflict')));
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        const moved = await vscode.commands.executeCommand<boolean>('newslens.nextConflict');
        assert.equal(moved, true);
        const now = vscode.window.activeTextEditor!;
        const here = vscode.languages.getDiagnostics(now.document.uri).filter((d) => codeOf(d).startsWith('conflict') && d.range.contains(now.selection.start));
        assert.ok(here.length > 0, `the cursor (${now.document.uri.path}:${now.selection.start.line + 1}) is not on a conflict`);
      });
    });

    describe('when the server process dies', () => {
      it('restarts it, and the server answers again', async () => {
        const newslens = await api();
        const serverPid = () => (newslens.client as unknown as { serverProcess?: { pid?: number } }).serverProcess?.pid;
        const before = serverPid();
        assert.ok(before, 'no server process');
        const restarted = new Promise<void>((resolve) => {
          const sub = newslens.client.onDidChangeState((e) => {
            if (e.newState === State.Running && serverPid() !== before) {
              sub.dispose();
              resolve();
            }
          });
        });
        process.kill(before, 'SIGKILL');
        // Said on a timeout: where the client stands (it was 'Stopped' when failed writes shut it down).
        const standing = () => `client state ${State[newslens.client.state]}, server pid ${before} before, ${serverPid() ?? 'none'} now`;
        await Promise.race([restarted, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not restarted within 20 s (${standing()})`)), 20_000))]);
        await open(SHORT);
        const ds = await diagnosticsWhere(fileUri(SHORT), (ds) => ds.some((d) => codeOf(d) === 'too-short'));
        assert.ok(ds.length > 0);
      });
    });
  });
}

export function run(): Promise<void> {
  return runHostSuite('extension', tests);
}
