// The `news` TextMate grammar, tokenized by the same engine VS Code uses (vscode-textmate +
// vscode-oniguruma, taken from the code-server install so that no extra package is needed).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { codeServerBinary } from './harness/codeServer';

const REPO = resolve(__dirname, '../../..');
const VSCODE_MODULES = join(dirname(codeServerBinary()), '..', 'code-server', 'lib', 'vscode', 'node_modules');

interface Token {
  text: string;
  scopes: string[];
}

type Tokenize = (line: string) => Token[];

async function loadGrammar(): Promise<Tokenize> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const onig = require(join(VSCODE_MODULES, 'vscode-oniguruma'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tm = require(join(VSCODE_MODULES, 'vscode-textmate'));
  const wasm = readFileSync(join(VSCODE_MODULES, 'vscode-oniguruma', 'release', 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
    loadGrammar: async () => tm.parseRawGrammar(readFileSync(join(REPO, 'syntaxes/news.tmLanguage.json'), 'utf8'), 'news.tmLanguage.json'),
  });
  const grammar = await registry.loadGrammar('text.news');
  return (line: string) => {
    const { tokens } = grammar.tokenizeLine(line, tm.INITIAL);
    return tokens.map((t: { startIndex: number; endIndex: number; scopes: string[] }) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  };
}

/** The text of every token carrying a scope that starts with `prefix`, merged when adjacent. */
function scoped(tokens: Token[], prefix: string): string[] {
  const out: string[] = [];
  let open = false;
  for (const t of tokens) {
    const hit = t.scopes.some((s) => s.startsWith(prefix));
    if (hit && open) out[out.length - 1] += t.text;
    else if (hit) out.push(t.text);
    open = hit;
  }
  return out;
}

describe('news grammar (syntaxes/news.tmLanguage.json)', function () {
  let tokenize: Tokenize;
  before(async function () {
    if (!existsSync(VSCODE_MODULES)) throw new Error(`code-server is not installed (${VSCODE_MODULES}): run bash scripts/setup.d/vscode.sh`);
    tokenize = await loadGrammar();
  });

  it('marks Danish and English dates, weekdays and decades', () => {
    assert.deepEqual(scoped(tokenize('Det skete 24. februar, og i 1960\'erne trak Grækenland sig.'), 'constant.other.date'), ['24. februar', "1960'erne"]);
    assert.deepEqual(scoped(tokenize('Troops entered Ukraine on February 24, 2022 and on Tuesday evening.'), 'constant.other.date'), ['February 24, 2022', 'Tuesday']);
    assert.deepEqual(scoped(tokenize('Mødet er onsdag 16. marts 2022.'), 'constant.other.date'), ['onsdag', '16. marts 2022']);
    assert.deepEqual(scoped(tokenize('Published 2022-03-15 and in the late 1960s.'), 'constant.other.date'), ['2022-03-15', '1960s']);
  });

  it('marks numbers but not digits inside words', () => {
    assert.deepEqual(scoped(tokenize('Organisationen består nu af 46 medlemslande og 10.000 ansatte; 2,5 % mere.'), 'constant.numeric'), ['46', '10.000', '2,5 %']);
    assert.deepEqual(scoped(tokenize('The G7 and COVID-19 are names.'), 'constant.numeric'), []);
  });

  it('marks quotations in straight, curly and Danish quotes, but not apostrophes', () => {
    assert.deepEqual(scoped(tokenize('Landet er \'ikke ked af\' beslutningen.'), 'string.quoted'), ["'ikke ked af'"]);
    assert.deepEqual(scoped(tokenize('It had "no regrets" and “deep concern”.'), 'string.quoted'), ['"no regrets"', '“deep concern”']);
    assert.deepEqual(scoped(tokenize('Han sagde »nej« til Ruslands forslag.'), 'string.quoted'), ['»nej«']);
    assert.deepEqual(scoped(tokenize("Russia's exit and the ministry's statement."), 'string.quoted'), []);
  });

  it('marks a wire dateline at the start of a line', () => {
    const tokens = tokenize('STRASBOURG, 16. marts (Ritzau) - Ministerudvalget mødes.');
    assert.deepEqual(scoped(tokens, 'entity.name.section.dateline'), ['STRASBOURG']);
    assert.deepEqual(scoped(tokens, 'entity.name.tag.dateline.agency'), ['(Ritzau)']);
    assert.deepEqual(scoped(tokens, 'constant.other.date'), ['16. marts']);
    assert.deepEqual(scoped(tokenize('MOSCOW (Reuters) — Russia said.'), 'entity.name.section.dateline'), ['MOSCOW']);
    assert.deepEqual(scoped(tokenize('Rusland har meddelt noget - igen.'), 'entity.name.section.dateline'), []);
  });
});
