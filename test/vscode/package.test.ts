// What `npm run package` puts into newslens.vsix, listed by vsce itself (`vsce ls`, the same file
// selection as `vsce package`, without building): the bundles, webview assets, grammar and finding
// docs — no sources, tests, source maps or node_modules.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../../..');

describe('.vsix contents (vsce ls)', function () {
  this.timeout(60_000);
  let files: string[];
  before(() => {
    const out = execFileSync(process.execPath, [join(REPO, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' });
    files = out.split('\n').map((l) => l.trim()).filter(Boolean);
  });

  it('ships the client, server, webview, codicons, grammar and finding docs', () => {
    for (const f of ['package.json', 'README.md', 'LICENSE', 'language-configuration.json', 'dist/client.js', 'dist/server.js', 'dist/webview.js', 'dist/webview.css', 'dist/codicons/codicon.css', 'dist/codicons/codicon.ttf', 'syntaxes/news.tmLanguage.json', 'media/newslens.svg']) {
      assert.ok(files.includes(f), `${f} is not in the package`);
    }
    assert.ok(files.some((f) => f.startsWith('docs/findings/')), 'no docs/findings pages');
  });

  it('ships no sources, tests, source maps, node_modules or seeds', () => {
    const bad = files.filter((f) => /^(node_modules|out|test|client|server|scripts|seeds|bench|\.tmp)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts') || f === 'dist/cli.js' || f === 'dist/eval.js');
    assert.deepEqual(bad, []);
  });
});
