// Fuzz inputs: real articles (seeds, fixtures, evaluation texts) mutated the ways real files go
// wrong — bytes flipped, sentences shuffled, Unicode edge cases spliced in, line endings mixed,
// cut mid-character — plus a few purely random texts. Deterministic for a given seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng, pick, between, listTextFiles } from '../../bench/corpus';
import { decodeArticle } from '../../server/src/engine/input/decode';

export interface FuzzInput {
  /** What was done, for the report: "seed 001 + flip 3 bytes". */
  name: string;
  text: string;
}

/** Text fragments that break naive offset arithmetic, tokenisers and regexes. */
export const UNICODE_EDGES: readonly string[] = [
  'e\u0301', // combining acute
  'a\u0308\u0304\u0301\u0323', // stacked combining marks
  '\u0301', // a combining mark with nothing to combine with
  '\uD83D', // lone high surrogate
  '\uDE00', // lone low surrogate
  '\uDE00\uD83D', // halves in the wrong order
  '\uD83D\uDE00', // 😀
  '\uD83C\uDDE9\uD83C\uDDF0', // 🇩🇰 regional-indicator pair
  '\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67', // family ZWJ sequence
  '\u200D', // lone ZWJ
  '\u200F', // RTL mark
  '\u202E', // RTL override
  '\u2066\u2069', // isolates
  'مرحبا بالعالم', // Arabic
  'שלום', // Hebrew
  '\u00A0', // no-break space
  '\u200B', // zero-width space
  '\uFEFF', // BOM in the middle
  '\u00AD', // soft hyphen
  '\u2028', // line separator
  '\u2029', // paragraph separator
  '\u0085', // next line (C1)
  '\t',
  '\f',
  '\v',
  '\0',
  '\r',
  '\r\n',
  '\n\n\n',
  '“Citat uden slutning',
  '«guillemets»',
  '„citat“',
  '"',
  '...',
  ' (COE) ',
  ' (',
  ')',
  '1.000.000',
  '24. februar 2022',
  'kl. 14.30',
  'https://example.com/a?b=c#d',
  '**bold** _em_ [link](http://x.y) `code`',
  '# Heading\n',
  '---\n',
  'Ǆ ǅ ǆ ß ẞ İ ı',
  '𝐁𝐨𝐥𝐝 𝕄𝕒𝕥𝕙', // astral letters
  '中文新闻报道',
  'Привет мир',
  '\uFFFD',
  '\uFFFF',
];

const listTexts = (dir: string): string[] => listTextFiles(dir, /\.(txt|md|news)$/, 100_000);

/** Base articles: seeds and fixtures from the repository, plus a sample of evaluation texts when present. */
export function loadBases(repoRoot: string, dataRoot = '/work/shared/data', dataSample = 40): FuzzInput[] {
  const bases: FuzzInput[] = [];
  for (const f of [...listTexts(join(repoRoot, 'seeds')), ...listTexts(join(repoRoot, 'test', 'fixtures'))]) {
    const decoded = decodeArticle(readFileSync(f));
    if (decoded.ok && decoded.text.length > 0) bases.push({ name: f.slice(repoRoot.length + 1), text: decoded.text });
  }
  const data = listTexts(dataRoot);
  const r = rng(7);
  for (let i = 0; i < dataSample && data.length; i++) {
    const f = pick(r, data);
    bases.push({ name: f.slice(dataRoot.length + 1), text: readFileSync(f, 'utf8') });
  }
  return bases;
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?»”"])\s+/);

type Mutation = (r: () => number, text: string, other: string) => [string, string];

const MUTATIONS: Mutation[] = [
  (r, t) => {
    // Flip bytes of the UTF-8 encoding, then decode as the CLI and server do.
    const bytes = Buffer.from(t, 'utf8');
    const n = between(r, 1, 8);
    for (let i = 0; i < n && bytes.length; i++) bytes[Math.floor(r() * bytes.length)] ^= 1 << between(r, 0, 7);
    const decoded = decodeArticle(bytes);
    return [`flip ${n} bytes`, decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(bytes)];
  },
  (r, t) => {
    const s = sentencesOf(t);
    for (let i = s.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [s[i], s[j]] = [s[j], s[i]];
    }
    return ['shuffle sentences', s.join(r() < 0.5 ? ' ' : '\n\n')];
  },
  (r, t) => {
    const n = between(r, 1, 12);
    let out = t;
    for (let i = 0; i < n; i++) {
      const at = Math.floor(r() * (out.length + 1));
      out = out.slice(0, at) + pick(r, UNICODE_EDGES) + out.slice(at);
    }
    return [`splice ${n} Unicode edge cases`, out];
  },
  (r, t) => ['mix line endings', t.replace(/\r\n|\r|\n/g, () => pick(r, ['\n', '\r\n', '\r', '\n\n', '\r\r\n']))],
  (r, t) => {
    // Cut anywhere, including between the halves of a surrogate pair.
    const at = Math.floor(r() * (t.length + 1));
    return [`truncate at ${at}`, t.slice(0, at)];
  },
  (r, t, o) => ['concatenate two articles', r() < 0.5 ? t + '\n\n' + o : t + o],
  (r, t) => {
    const word = pick(r, t.match(/\p{L}+/gu) ?? ['x']);
    return ['one word repeated', Array.from({ length: between(r, 100, 3000) }, () => word).join(r() < 0.5 ? ' ' : '')];
  },
  (r, t) => ['front matter, malformed', pick(r, ['---\n', '---\ntitle: [unclosed\n---\n', '---\n: : :\n\tbad: - [\n---\n', '---\ntitle: x\n', '---\r\ndate: 2024-13-45\r\nlanguage: xx\r\n---\r\n']) + t],
  (r, t) => ['Markdown markup', t.replace(/\b(\p{Lu}\p{L}+)/gu, (m) => pick(r, [`**${m}**`, `[${m}](https://x.org/${m})`, `_${m}_`, m, `\`${m}\``]))],
  (r, t) => ['punctuation storm', t.replace(/[.,]/g, () => pick(r, ['.', '...', '?!', ' .', '. .', ',,', '»', '«', '(', ')']))],
  (r, t) => ['upper-cased', r() < 0.5 ? t.toUpperCase() : t.toLowerCase()],
  (r) => {
    // Random code points from mixed ranges (letters, marks, surrogates, controls, astral).
    const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x24f], [0x300, 0x36f], [0x590, 0x6ff], [0x2000, 0x206f], [0xd800, 0xdfff], [0x0, 0x1f], [0x1f300, 0x1faff], [0x4e00, 0x4e80]];
    let s = '';
    const n = between(r, 0, 4000);
    for (let i = 0; i < n; i++) {
      const [lo, hi] = pick(r, ranges);
      const cp = between(r, lo, hi);
      s += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    }
    return ['random code points', s];
  },
  () => ['empty', ''],
  (r) => ['whitespace only', Array.from({ length: between(r, 1, 200) }, () => pick(r, [' ', '\n', '\r\n', '\t', '\u00A0', '\u3000'])).join('')],
  (r, t) => ['very long line', t.replace(/\r\n|\r|\n/g, ' ').repeat(between(r, 2, 6))],
];

/** Longest fuzz input, in UTF-16 units. */
export const MAX_INPUT = 200_000;

/** `count` fuzz inputs from `bases`; the first few are every base unchanged, the rest mutations. */
export function* fuzzInputs(bases: FuzzInput[], count: number, seed: number): Generator<FuzzInput> {
  const r = rng(seed);
  for (let i = 0; i < count; i++) {
    const base = pick(r, bases);
    const other = pick(r, bases);
    let text = base.text;
    const steps: string[] = [];
    // Usually one mutation, sometimes a chain of two or three.
    const chain = r() < 0.7 ? 1 : between(r, 2, 3);
    for (let c = 0; c < chain; c++) {
      const [what, next] = pick(r, MUTATIONS)(r, text, other.text);
      steps.push(what);
      // Chained growth (a repeated word repeated again) could reach tens of MB: size is the size
      // tests' business; the fuzzer wants many shapes, fast.
      text = next.length > MAX_INPUT ? next.slice(0, MAX_INPUT) : next;
    }
    yield { name: `#${i} ${base.name}: ${steps.join(' → ')}`, text };
  }
}
