// Validation of messages from the Compare Sources webview (client/src/panel/messages.ts): a webview
// is a web page, so the extension acts only on well-formed requests for the story's own files.
import * as assert from 'node:assert/strict';
import { parseFromWebview, storyUris } from '../../client/src/panel/messages';

const A = 'file:///news/a.txt';
const B = 'file:///news/b%C3%A6.txt';
const allowed = new Set([A, B]);
const range = { start: { line: 30, character: 0 }, end: { line: 30, character: 12 } };

describe('Compare Sources webview messages', () => {
  it('accepts opening a passage of one of the story\'s sources', () => {
    assert.deepEqual(parseFromWebview({ type: 'open', location: { uri: A, range }, beside: true }, allowed), { type: 'open', location: { uri: A, range }, beside: true });
    assert.deepEqual(parseFromWebview({ type: 'openPair', left: { uri: A, range }, right: { uri: B, range } }, allowed)?.type, 'openPair');
    assert.deepEqual(parseFromWebview({ type: 'ready' }, allowed), { type: 'ready' });
  });

  it('refuses URIs outside the story, command: and other schemes', () => {
    for (const uri of ['file:///etc/passwd', 'command:workbench.action.terminal.new', 'https://example.org/a.txt', `${A}#x`, A.toUpperCase()]) {
      assert.equal(parseFromWebview({ type: 'open', location: { uri, range }, beside: false }, allowed), undefined, uri);
    }
    assert.equal(parseFromWebview({ type: 'openPair', left: { uri: A, range }, right: { uri: 'file:///x', range } }, allowed), undefined);
  });

  it('refuses malformed positions and unknown message types', () => {
    const bad = [
      { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } },
      { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } },
      { start: { line: '3', character: 0 }, end: { line: 3, character: 0 } },
      { start: { line: 1e12, character: 0 }, end: { line: 1, character: 0 } },
      { start: { line: 1, character: 0 } },
    ];
    for (const r of bad) assert.equal(parseFromWebview({ type: 'open', location: { uri: A, range: r } }, allowed), undefined, JSON.stringify(r));
    for (const m of [null, 'open', 42, [], { type: 'runCommand', command: 'x' }, { location: { uri: A, range } }]) {
      assert.equal(parseFromWebview(m, allowed), undefined, JSON.stringify(m));
    }
  });

  it('opens beside only when asked with a real boolean', () => {
    const m = parseFromWebview({ type: 'open', location: { uri: A, range }, beside: 'yes' }, allowed);
    assert.deepEqual(m, { type: 'open', location: { uri: A, range }, beside: false });
  });

  it('allows exactly the story\'s sources, and nothing without a story', () => {
    assert.deepEqual([...storyUris(null)], []);
    const story = { id: 's', label: 's', sources: [{ uri: A, name: 'a', language: 'da', conflicts: 0 }], claims: [], entities: [], timeline: [] };
    assert.deepEqual([...storyUris(story)], [A]);
  });
});
