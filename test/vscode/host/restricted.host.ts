// Runs inside the extension host of a workspace opened in Restricted Mode (workspace trust on,
// folder not trusted): NewsLens declares untrustedWorkspaces support and must work the same.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED_DA, SHORT } from '../fixtures';
import { runHostSuite } from './hostMocha';
import { codeOf, diagnosticsWhere } from './wait';
import { api, fileUri, open } from './workspace';

export function run(): Promise<void> {
  return runHostSuite('restricted', () => {
    describe('Restricted Mode', () => {
      it('runs in an untrusted workspace', async () => {
        assert.equal(vscode.workspace.isTrusted, false);
        await open(SEED_DA);
        const newslens = await api();
        assert.equal(newslens.client.isRunning(), true);
      });

      it('still publishes diagnostics', async () => {
        await open(SHORT);
        const ds = await diagnosticsWhere(fileUri(SHORT), (ds) => ds.some((d) => codeOf(d) === 'too-short'));
        assert.ok(ds.every((d) => d.source === 'newslens'));
      });
    });
  });
}
