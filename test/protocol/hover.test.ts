// Hover cards over real JSON-RPC on generated articles: article text is untrusted (HTML, script,
// Markdown links, bare URLs) and must reach the client escaped; long source lists are capped.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Hover, MarkupContent, SemanticTokens } from 'vscode-languageserver-protocol';
import { fileUri, TestClient } from './lspClient';
import { removeFolder, tempFolder } from './tempWorkspace';

const HOSTILE =
  'The Council of Europe met in Strasbourg on Tuesday <script>alert("x")</script> and said [click here](https://evil.example/x) ' +
  'or visit www.evil.example for **details** about the vote. ' +
  'The Council of Europe has 46 member states after the decision, the secretary-general said in a statement.\n';

function article(i: number): string {
  return (
    `Report number ${i}. The Council of Europe said on Tuesday that the member states had agreed to hold an extraordinary meeting in Strasbourg. ` +
    'The organisation was founded in 1949 and has its seat in France.\n'
  );
}

describe('protocol: hover cards', function () {
  this.timeout(30000);
  let root: string;
  let client: TestClient;
  before(async () => {
    const files: Record<string, string> = { 'hostile.txt': HOSTILE };
    for (let i = 0; i < 11; i++) files[`source-${String(i).padStart(2, '0')}.txt`] = article(i);
    root = tempFolder(files);
    client = await TestClient.start({ root });
    await client.waitFor<{ message: string }>('window/logMessage', (m) => /scanned \d+ article/.test(m.message), 15000, 0);
  });
  after(async () => {
    await client.stop();
    removeFolder(root);
  });

  const hoverAt = async (file: string, line: number, character: number) => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: fileUri(path.join(root, file)) }, position: { line, character } });
    assert.ok(h, `no hover in ${file} at ${line}:${character}`);
    return (h.contents as MarkupContent).value;
  };

  it('escapes article text: no raw HTML, no Markdown link or autolink from the article', async () => {
    const md = await hoverAt('hostile.txt', 0, 6); // "Council of Europe"
    assert.match(md, /Council of Europe/);
    assert.ok(!md.includes('<script>'), 'raw <script> in hover');
    assert.ok(!md.includes('](https://evil'), 'a Markdown link from the article survived');
    assert.ok(!/(^|[^\\/])https:\/\/evil/.test(md), 'a bare URL from the article would be autolinked');
    assert.ok(!/(^|[^\\])www\.evil/.test(md), 'www. link from the article would be autolinked');
    assert.ok(md.includes('\\<script\\>'), 'the script text is shown escaped');
  });

  it('lists at most 8 sources and says how many more there are', async () => {
    const md = await hoverAt('source-00.txt', 0, 24);
    const n = Number(/Mentioned in (\d+) sources/.exec(md)?.[1]);
    assert.ok(n >= 11, `the eleven reports are not all linked: ${md.slice(0, 200)}`);
    const links = md.match(/\]\(file:[^)]+#L\d+\)/g) ?? [];
    assert.equal(links.length, 8);
    assert.ok(md.includes(`and ${n - 8} more sources`));
    // The hovered source comes first.
    assert.ok(links[0].includes('source-00.txt'));
  });

  it('semantic tokens never overlap and never cross a line end', async () => {
    const uri = fileUri(path.join(root, 'hostile.txt'));
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const lines = HOSTILE.split('\n');
    let line = 0;
    let char = 0;
    let prevEnd = -1;
    let prevLine = -1;
    assert.ok(tokens.data.length > 0);
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, len] = tokens.data.slice(i, i + 3);
      line += dl;
      char = dl === 0 ? char + dc : dc;
      if (line === prevLine) assert.ok(char >= prevEnd, `token at ${line}:${char} overlaps the previous one`);
      assert.ok(char + len <= lines[line].length, `token at ${line}:${char} runs past the line end`);
      prevLine = line;
      prevEnd = char + len;
    }
  });
});
