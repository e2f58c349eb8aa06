// The language server on the three seed articles, over real JSON-RPC: what a fact-checker sees
// (docs/seeds-expected.md) must arrive through the protocol — diagnostics with related passages,
// hovers naming the entity across languages, jumps between sources.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, CodeLens, Diagnostic, DocumentSymbol, Hover, Location, MarkupContent, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import type { StatusResult, StoryModel } from '../../server/src/protocol';
import { fileUri, SEEDS, TestClient } from './lspClient';

const file = (n: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(n))!);
const S0 = file('000');
const S1 = file('001');
const S2 = file('002');
const U0 = fileUri(S0);
const U1 = fileUri(S1);
const U2 = fileUri(S2);

function markdown(h: Hover | null): string {
  assert.ok(h, 'no hover');
  return (h.contents as MarkupContent).value;
}

describe('protocol: seeds', function () {
  this.timeout(30000);
  let client: TestClient;
  let firstDiagnosticsMs = 0;

  before(async () => {
    client = await TestClient.start({ root: SEEDS, settings: { diagnostics: { unopenedFiles: 'all' } } });
    // The scan publishes every article of the story, opened or not.
    await client.diagnostics(U1, (p) => p.diagnostics.length > 0);
    const since = client.notifications.length;
    const t = performance.now();
    client.open(U0, fs.readFileSync(S0, 'utf8'), 1);
    await client.diagnostics(U0, () => true, { version: 1, since });
    firstDiagnosticsMs = performance.now() - t;
  });
  after(async () => {
    console.log(`      (first diagnostics after didOpen of seed 000: ${firstDiagnosticsMs.toFixed(0)} ms)`);
    await client.stop();
  });

  it('publishes diagnostics for unopened articles of the story (no version) and the open one (with its version)', () => {
    const open = client.latest(U0)!;
    assert.equal(open.version, 1);
    assert.ok(open.diagnostics.length > 0);
    const unopened = client.latest(U2);
    assert.ok(unopened, 'seed 002 was never published');
    assert.equal(unopened.version, undefined);
  });

  it('every diagnostic carries code, docs link, source and data; severities follow the default settings', () => {
    const ds = client.latest(U0)!.diagnostics;
    for (const d of ds) {
      assert.equal(d.source, 'newslens');
      assert.equal(typeof d.code, 'string');
      assert.match(d.codeDescription!.href, /^file:\/\/.*\/docs\/findings\/[a-z0-9-]+\.md$/);
      assert.ok(fs.existsSync(new URL(d.codeDescription!.href)), `${d.codeDescription!.href} does not exist`);
    }
    const byKind = (prefix: string) => ds.filter((d) => String(d.code).startsWith(prefix));
    assert.ok(byKind('conflict/').length > 0, 'no conflict on seed 000');
    for (const d of byKind('conflict/')) assert.equal(d.severity, 2 /* Warning */);
    for (const d of byKind('corroboration/')) assert.equal(d.severity, 4 /* Hint */);
    for (const d of byKind('single-source/')) assert.equal(d.severity, 3 /* Information */);
  });

  it('the "first time ever" conflict on 000 line 31 points at the precedent in 001', () => {
    const conflict = client.latest(U0)!.diagnostics.find((d) => d.range.start.line === 30 && String(d.code).startsWith('conflict/'));
    assert.ok(conflict, 'no conflict on 000:31');
    const related = conflict.relatedInformation ?? [];
    const in001 = related.filter((r) => r.location.uri === U1);
    assert.ok(in001.length > 0, `no related information in 001: ${JSON.stringify(related)}`);
    assert.ok(in001.some((r) => r.location.range.start.line === 10), 'the precedent (001:11, Greece in the 1960s) is not among the related passages');
  });

  it('the defence-ministry attribution on 000:3 conflicts with the foreign ministry in 001', () => {
    const d = client.latest(U0)!.diagnostics.find((x) => x.range.start.line === 2 && String(x.code).startsWith('conflict/'));
    assert.ok(d, 'no conflict on 000:3');
    assert.ok((d.relatedInformation ?? []).some((r) => r.location.uri === U1), 'no related passage in 001');
  });

  it('hover on "Europarådets" names the Council of Europe and links to 001 and 002', async () => {
    const t = performance.now();
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: U0 }, position: { line: 0, character: 24 } });
    const ms = performance.now() - t;
    const text = markdown(h);
    assert.match(text, /Council of Europe/);
    assert.match(text, /organi[sz]ation/);
    assert.ok(text.includes(U1 + '#L'), 'no link to 001');
    assert.ok(text.includes(U2 + '#L'), 'no link to 002');
    assert.match(text, /Europarådet/, 'the Danish name is not listed');
    assert.deepEqual(h!.range, { start: { line: 0, character: 20 }, end: { line: 0, character: 32 } });
    console.log(`      (hover latency: ${ms.toFixed(1)} ms)`);
  });

  it('hover on the defence-ministry sentence (000:3) says what the other sources claim', async () => {
    const text = markdown(await client.request<Hover>('textDocument/hover', { textDocument: { uri: U0 }, position: { line: 2, character: 5 } }));
    assert.match(text, /conflict/);
    assert.match(text, /foreign ministry/i);
    assert.ok(text.includes(U1 + '#L3'), 'no link to the foreign-ministry passage 001:3');
  });

  it('hover on an aligned claim (000:15, Greece in the 1960s) lists the source that agrees', async () => {
    const text = markdown(await client.request<Hover>('textDocument/hover', { textDocument: { uri: U0 }, position: { line: 14, character: 5 } }));
    assert.match(text, /agree/);
    assert.ok(text.includes(U1 + '#L11'), 'no link to 001:11');
    assert.match(text, /first being Greece/);
  });

  it('references on "Greece" include "Grækenland" in the Danish source', async () => {
    const greeceAt = { line: 10, character: 149 };
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: U1 }, position: greeceAt, context: { includeDeclaration: true } });
    const danish = refs.find((r) => r.uri === U0);
    assert.ok(danish, `no reference in 000: ${JSON.stringify(refs)}`);
    const line = fs.readFileSync(S0, 'utf8').split('\n')[danish.range.start.line];
    assert.equal(line.slice(danish.range.start.character, danish.range.end.character), 'Grækenland');
    assert.ok(refs.some((r) => r.uri === U1 && r.range.start.line === 10));
  });

  it('definition on "Europarådets" jumps to the first mention in each other source', async () => {
    const defs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: U0 }, position: { line: 0, character: 22 } });
    const uris = defs.map((d) => d.uri).sort();
    assert.deepEqual(uris, [U1, U2].sort());
    const first001 = defs.find((d) => d.uri === U1)!;
    assert.deepEqual(first001.range.start, { line: 0, character: 60 }, '001 names the Council of Europe first on line 1');
  });

  it('document highlights mark every mention of the entity in this article', async () => {
    const hs = await client.request<{ range: Location['range'] }[]>('textDocument/documentHighlight', { textDocument: { uri: U0 }, position: { line: 0, character: 22 } });
    const lines = hs.map((h) => h.range.start.line);
    assert.ok(lines.includes(0) && lines.includes(4) && lines.includes(30), `highlights on lines ${lines}`);
  });

  it('document symbols outline the claims and the entities of the article', async () => {
    const syms = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: U0 } });
    const names = syms.map((s) => s.name);
    assert.ok(names.includes('Council of Europe'), `symbols: ${names.join(', ')}`);
    assert.ok(names.includes('Greece'));
    const coe = syms.find((s) => s.name === 'Council of Europe')!;
    assert.ok((coe.children ?? []).length >= 2, 'the other mentions of Europarådet are children');
  });

  it('workspace symbols find the Council of Europe by its Danish name', async () => {
    const syms = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'europarådet' });
    assert.ok(syms.some((s) => s.name === 'Council of Europe'), JSON.stringify(syms.map((s) => s.name)));
  });

  it('semantic tokens paint Europarådets as an organization and Grækenland as a place', async () => {
    const legend = (client.initializeResult as { capabilities: { semanticTokensProvider: { legend: { tokenTypes: string[] } } } }).capabilities.semanticTokensProvider.legend;
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: U0 } });
    const decoded: { line: number; char: number; length: number; type: string }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, len, type] = tokens.data.slice(i, i + 4);
      line += dl;
      char = dl === 0 ? char + dc : dc;
      decoded.push({ line, char, length: len, type: legend.tokenTypes[type] });
    }
    assert.ok(decoded.some((t) => t.line === 0 && t.char === 20 && t.length === 12 && t.type === 'organization'));
    assert.ok(decoded.some((t) => t.line === 14 && t.char === 39 && t.type === 'place'));
  });

  it('code lenses on claims count the sources that agree and conflict', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: U0 } });
    assert.ok(lenses.length > 0, 'no code lens on seed 000');
    for (const l of lenses) {
      assert.match(l.command!.title, /^(\d+ sources? agrees?)?( · )?(\d+ conflicts?)?$/);
      assert.equal(l.command!.command, 'newslens.compareSources');
    }
  });

  it('code actions offer to dismiss the finding under the cursor and to compare sources', async () => {
    const diag = client.latest(U0)!.diagnostics.find((d) => d.range.start.line === 30 && String(d.code).startsWith('conflict/'))!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: U0 },
      range: diag.range,
      context: { diagnostics: [diag] },
    });
    const dismiss = actions.find((a) => a.command?.command === 'newslens.dismissFinding' && a.command.arguments?.[0] === (diag.data as { fingerprint: string }).fingerprint);
    assert.ok(dismiss, JSON.stringify(actions));
    assert.ok(actions.some((a) => a.command?.command === 'newslens.compareSources'));
  });

  it('newslens/story: sources, aligned claims and entities × sources for the panel', async () => {
    const story = await client.request<StoryModel>('newslens/story', { uri: U0 });
    assert.ok(story.sources.some((s) => s.uri === U0) && story.sources.some((s) => s.uri === U1));
    const conflicts = story.claims.filter((c) => c.status === 'conflict');
    assert.ok(conflicts.length > 0, 'no conflicting claim in the story');
    for (const c of story.claims) assert.equal(c.cells.length, story.sources.length);
    const coe = story.entities.find((e) => e.name === 'Council of Europe');
    assert.ok(coe && coe.counts.filter((n) => n > 0).length >= 2);
    const status = await client.request<StatusResult>('newslens/status', { uri: U0 });
    assert.equal(status.sources, story.sources.length);
    assert.ok(status.conflicts > 0);
  });
});
