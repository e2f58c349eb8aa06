// Bad input straight into the engine: decodeArticle says clearly what it cannot read; readDocument
// never throws, keeps the text it was given (less a BOM), reports problems for what it cannot
// analyse, and stays fast on pathological shapes (one huge line, one huge word, NULs).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticle, looksBinary } from '../../server/src/engine/input/decode';
import { readDocument } from '../../server/src/engine/read/readDocument';
import { compareDocuments } from '../../server/src/engine/compare/compareDocuments';
import { checkCorpus, checkDocument } from '../fuzz/invariants';

const root = join(__dirname, '..', '..', '..');
const SEED_EN = readFileSync(join(root, 'seeds', '001_0293e7ee8b22062a.txt'), 'utf8');
const SEED_DA = readFileSync(join(root, 'seeds', '000_64ff192c88a170f9.txt'), 'utf8');

/** readDocument plus the invariants, timed in CPU milliseconds (a busy machine must not fail it). */
function read(text: string, limitMs: number) {
  const cpu = process.cpuUsage();
  const doc = readDocument('robust.txt', text);
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  assert.ok(ms < limitMs, `took ${Math.round(ms)} ms of CPU (limit ${limitMs})`);
  assert.deepEqual(checkDocument(text, doc), []);
  return doc;
}

describe('robustness: decodeArticle', () => {
  it('refuses NUL-laden and control-laden bytes as binary', () => {
    const png = decodeArticle(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    assert.equal(png.ok, false);
    const controls = Buffer.alloc(400, 0x01);
    assert.equal(looksBinary(controls), true);
    assert.equal(decodeArticle(controls).ok, false);
  });

  it('reads Windows-1252 typography (curly quotes, dash, euro) that is invalid UTF-8', () => {
    const bytes = Buffer.from([0x93, 0x48, 0x6a, 0xe6, 0x6c, 0x70, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]); // “Hjælp” – €5
    const d = decodeArticle(bytes);
    assert.ok(d.ok);
    assert.equal(d.ok && d.text, '\u201cHj\u00e6lp\u201d \u2013 \u20ac5');
    assert.equal(d.ok && d.encoding, 'windows-1252');
  });

  it('UTF-16 with a BOM and an odd trailing byte still yields the text (the last unit replaced)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Rusland', 'utf16le'), Buffer.from([0x41])]);
    const d = decodeArticle(bytes);
    assert.ok(d.ok);
    assert.equal(d.ok && d.text.slice(0, 7), 'Rusland');
  });

  it('UTF-16 with lone surrogates decodes to replacement characters, not broken pairs', () => {
    const d = decodeArticle(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x3d, 0xd8, 0x41, 0x00])])); // \uD83D then "A"
    assert.ok(d.ok);
    assert.equal(d.ok && d.text, '\uFFFDA');
  });

  it('an empty file is text, not binary', () => {
    const d = decodeArticle(Buffer.alloc(0));
    assert.deepEqual(d.ok && d.text, '');
  });
});

describe('robustness: readDocument on hostile text', function () {
  this.timeout(60000);

  for (const [label, text] of [
    ['empty', ''],
    ['whitespace only', ' \n \t\r\n\u00a0\u3000\n'],
    ['a lone BOM', '\uFEFF'],
    ['one letter', 'x'],
  ] as const) {
    it(`${label}: no exception, nothing found, a problem says why`, () => {
      const doc = read(text, 2000);
      assert.equal(doc.language, 'und');
      assert.deepEqual([doc.mentions.length, doc.values.length, doc.quotes.length], [0, 0, 0]);
      assert.ok(doc.problems.length >= 1, 'an article too short to analyse must say so');
    });
  }

  it('sparse C0 controls (BEL, VT, FF) inside an article: still analysed, offsets match the text', () => {
    const text = SEED_EN.replace(/ /g, (m, i: number) => (i % 89 === 0 ? '\u0007' : i % 83 === 0 ? '\v' : i % 79 === 0 ? '\f' : m));
    const doc = read(text, 5000);
    assert.equal(doc.language, 'en');
    assert.ok(doc.mentions.length > 0, 'a few stray control characters must not hide the article');
  });

  it('NUL bytes inside an article: analysed with valid offsets, or refused with a "binary" problem', () => {
    const text = SEED_EN.replace(/ /g, (m, i: number) => (i % 97 === 0 ? '\0' : m));
    const doc = read(text, 5000);
    assert.ok(doc.paragraphs.length > 0 || doc.problems.some((p) => p.code === 'binary'), JSON.stringify(doc.problems));
  });

  it('lone surrogates, ZWJ sequences, RTL marks and combining marks: no span splits a pair', () => {
    const text = SEED_DA.replace(/\. /g, (_, i: number) => ['. \uD83D', '. \uD83D\uDC68\u200D\uD83D\uDC69 ', '. \u200F', '. e\u0301\u0308 ', '. \uDE00'][i % 5]);
    read(text, 5000);
  });

  it('U+2028/U+2029 and lone CR line breaks do not shift paragraph offsets', () => {
    const text = SEED_EN.replace(/\n\n/g, (_, i: number) => (i % 2 ? '\r\r' : '\u2029'));
    const doc = read(text, 5000);
    for (const p of doc.paragraphs) assert.ok(!/^[\r\n]/.test(text.slice(p.start, p.end)), 'a paragraph starts with a line break');
  });

  it('Markdown markup inside a date or name: every value and mention text is the document slice', () => {
    // Markup is masked for analysis, but what the engine reports must quote the document itself.
    const text = 'The Council of Europe met on _February_ 24 in **Strasbourg**, said [Marija Pejcinovic Buric](https://coe.int).\n\nOn February 24, 2022 troops crossed the border.\n';
    const doc = read(text, 5000);
    assert.ok(doc.values.length > 0, 'the dates are found');
  });

  it('a single 1 MB line finishes within 20 s of CPU', () => {
    const line = SEED_EN.replace(/\n+/g, ' ');
    read(line.repeat(Math.ceil(1e6 / line.length)), 20000);
  });

  it('a 10,000-character word and a 10,000-character run of dots finish within 5 s of CPU', () => {
    read(`Start ${'a'.repeat(10000)} slut. ${'.'.repeat(10000)} Europa.`, 5000);
  });

  it('20,000 one-word lines (many tiny paragraphs) finish within 20 s of CPU', () => {
    read(Array.from({ length: 20000 }, (_, i) => `Ord${i}`).join('\n'), 20000);
  });

  it('compareDocuments over degenerate and duplicate documents keeps every passage in range', () => {
    const docs = [
      readDocument('a.txt', ''),
      readDocument('b.txt', SEED_EN),
      readDocument('c.txt', SEED_EN),
      readDocument('d.txt', SEED_DA.toUpperCase()),
      readDocument('e.txt', SEED_DA.slice(0, 200)),
    ];
    const corpus = compareDocuments(docs);
    assert.deepEqual(checkCorpus(corpus), []);
    assert.deepEqual(corpus.documents.map((d) => d.path), ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
  });
});
