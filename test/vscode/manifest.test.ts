// package.json's VS Code contributions against the contracts they must follow: the settings in
// server/src/protocol.ts, the server's semantic token legend, the command naming rule, and
// activation only where articles are.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/features/semanticTokens';

const REPO = resolve(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

/** "severity.conflict" style keys with their default values. */
function flatten(obj: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? flatten(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

describe('package.json contributions', () => {
  it('contributes every NewsLensSettings key with its default and a description, and nothing unknown', () => {
    const props = contributes.configuration.properties as Record<string, { default: unknown; markdownDescription?: string; description?: string }>;
    const expected = flatten(DEFAULT_SETTINGS as unknown as Record<string, unknown>);
    for (const [key, def] of expected) {
      const p = props[`newslens.${key}`];
      assert.ok(p, `newslens.${key} is not contributed`);
      assert.deepEqual(p.default, def, `newslens.${key} default`);
      assert.ok((p.markdownDescription ?? p.description ?? '').length > 20, `newslens.${key} has no description`);
    }
    const known = new Set([...expected.map(([k]) => `newslens.${k}`), 'newslens.trace.server']);
    assert.deepEqual(Object.keys(props).filter((k) => !known.has(k)), []);
  });

  it('names commands in the NewsLens category; only "Compare Sources" starts with "Compare"', () => {
    const commands = contributes.commands as { command: string; title: string; category: string }[];
    assert.ok(commands.every((c) => c.category === 'NewsLens' && c.command.startsWith('newslens.')));
    assert.deepEqual(commands.filter((c) => c.title.startsWith('Compare')).map((c) => [c.command, c.title]), [['newslens.compareSources', 'Compare Sources']]);
    const ids = commands.map((c) => c.command);
    assert.equal(new Set(ids).size, ids.length, 'a command is contributed twice');
  });

  it('activates only for articles, never on startup', () => {
    const events = pkg.activationEvents as string[];
    for (const e of ['onLanguage:plaintext', 'onLanguage:markdown', 'onLanguage:news']) assert.ok(events.includes(e), e);
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'));
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  });

  it('contributes the semantic token types the server\'s legend uses', () => {
    const standard = new Set(['namespace', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'type', 'parameter', 'variable', 'property', 'enumMember', 'decorator', 'event', 'function', 'method', 'macro', 'label', 'comment', 'string', 'keyword', 'number', 'regexp', 'operator']);
    const contributed = new Set((contributes.semanticTokenTypes as { id: string }[]).map((t) => t.id));
    const missing = SEMANTIC_TOKENS_LEGEND.tokenTypes.filter((t) => !standard.has(t) && !contributed.has(t));
    assert.deepEqual(missing, []);
  });

  it('gives the Compare Sources view its own activity-bar container', () => {
    const containers = contributes.viewsContainers.activitybar as { id: string; icon: string }[];
    const views = contributes.views as Record<string, { id: string; type: string }[]>;
    const container = containers.find((c) => views[c.id]?.some((v) => v.id === 'newslens.compare' && v.type === 'webview'));
    assert.ok(container, 'no activity-bar container holds newslens.compare');
    assert.ok(readFileSync(join(REPO, container.icon), 'utf8').includes('<svg'));
  });
});
