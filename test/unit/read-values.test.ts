// Values, anchors, front matter, markup masking and sentence splitting, on written fixtures.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../server/src/engine/read/readDocument';
import type { DocumentAnalysis } from '../../server/src/engine/types';

const root = process.env.NEWSLENS_ROOT ?? join(__dirname, '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'read');
const fixture = (name: string): DocumentAnalysis => readDocument(name, readFileSync(join(fixtures, name), 'utf8'));
const value = (d: DocumentAnalysis, text: string) => {
  const v = d.values.find((x) => x.text === text);
  assert.ok(v, `no value "${text}"; have: ${d.values.map((x) => x.text).join(' | ')}`);
  return v;
};

describe('values resolved against the anchor date only', () => {
  const text = 'Ministeren sagde i går, at mødet tirsdag blev udsat til 3. maj. I morgen tidlig mødes de igen.';
  it('stays unresolved without an anchor', () => {
    const d = readDocument('a.txt', text, { language: 'da' });
    assert.equal(value(d, 'i går').normalized, 'XXXX-XX-XX');
    assert.equal(value(d, 'tirsdag').normalized, 'XXXX-WXX-2');
    assert.equal(value(d, '3. maj').normalized, 'XXXX-05-03');
    assert.equal(d.anchorDate, undefined);
  });
  it('resolves with ReadOptions.anchorDate', () => {
    const d = readDocument('a.txt', text, { language: 'da', anchorDate: '2022-03-16' });
    assert.equal(d.anchorDate, '2022-03-16');
    assert.equal(value(d, 'i går').normalized, '2022-03-15');
    assert.equal(value(d, 'tirsdag').normalized, '2022-03-15');
    assert.equal(value(d, '3. maj').normalized, '2022-05-03');
    assert.equal(value(d, 'I morgen').normalized, '2022-03-17');
  });
  it('English relative days, decades, numbers in words and digits', () => {
    const d = readDocument('b.txt', 'Yesterday about 1,500 people and ten officers marched. The law dates from the 1960s. Prices rose 4.5% in two weeks; the first vote failed.', { anchorDate: '2024-01-10' });
    assert.equal(value(d, 'Yesterday').normalized, '2024-01-09');
    const n = value(d, '1,500');
    assert.equal(n.normalized, '1500');
    assert.equal(n.approx, true);
    assert.equal(n.unit, 'people');
    assert.equal(value(d, 'ten').normalized, '10');
    assert.equal(value(d, 'the 1960s').normalized, '196X');
    assert.equal(value(d, '4.5%').unit, 'percent');
    assert.equal(value(d, 'two weeks').normalized, 'P2W');
    assert.equal(value(d, 'first').kind, 'ordinal');
  });
});

describe('front matter, dateline and Markdown', () => {
  const d = fixture('en-dateline.md');
  it('reads every front-matter key', () => {
    assert.deepEqual(d.frontMatter, { title: 'Storm closes Baltic ports', outlet: 'Example Wire', date: '2023-10-18', language: 'en', story: 'baltic-storm' });
    assert.equal(d.anchorDate, '2023-10-18');
  });
  it('skips front matter, markup and URLs but keeps offsets', () => {
    assert.ok(d.mentions.every((m) => d.text.slice(m.start, m.end) === m.text));
    assert.ok(!d.mentions.some((m) => /title|outlet|example\.org/i.test(m.text)));
    assert.ok(!d.values.some((v) => v.text === '7'), 'the number in the URL is not a value');
    const first = d.paragraphs[0];
    assert.ok(first.start > d.text.indexOf('---', 3), 'front matter is not a paragraph');
  });
  it('resolves relative values with the front-matter date', () => {
    assert.equal(value(d, 'tomorrow morning').normalized, '2023-10-19TMO');
    assert.equal(value(d, 'Oct 18').normalized, '2023-10-18', 'an abbreviated month with a day is a date');
    assert.ok(!d.mentions.some((m) => m.text === 'Oct'), 'and not a name');
    assert.equal(value(d, 'Wednesday').normalized, '2023-10-18');
    assert.equal(value(d, 'the late 1990s').normalized, '199X');
    assert.equal(value(d, 'a decade').normalized, 'P10Y');
    assert.equal(value(d, '40').approx, true, '"about 40" is approximate');
    assert.equal(value(d, '40').unit, 'ships');
  });
  it('anchors on a dateline when there is no front matter', () => {
    const w = readDocument('w.txt', 'COPENHAGEN, March 15, 2022 (Reuters) - Denmark said on Monday it would send aid.');
    assert.equal(w.anchorDate, '2022-03-15');
    assert.equal(value(w, 'Monday').normalized, '2022-03-14');
  });
  it('takes the language from a comment directive', () => {
    const w = readDocument('x.md', '<!-- newslens: language=sv -->\nRegeringen meddelade på onsdagen att beslutet var fattat efter en lång debatt.');
    assert.equal(w.language, 'sv');
  });
});

describe('sentences', () => {
  it('Danish abbreviations do not end sentences; CRLF and LF agree', () => {
    const lf = 'Mødet sluttede kl. 14 med bl.a. hr. Jensen og ca. 20 andre, f.eks. borgmesteren. Det oplyser kommunen.\n\nNæste møde er i maj mv.\n';
    const a = readDocument('lf.txt', lf, { language: 'da' });
    const b = readDocument('crlf.txt', lf.replace(/\n/g, '\r\n'), { language: 'da' });
    assert.equal(a.sentences.length, 3, a.sentences.map((s) => a.text.slice(s.start, s.end)).join(' || '));
    assert.equal(b.sentences.length, 3);
    assert.deepEqual(b.mentions.map((m) => m.text), a.mentions.map((m) => m.text));
    assert.ok(a.mentions.some((m) => m.text === 'Jensen'));
  });
  it('Danish fixture: attribution from "Det oplyser X" and money in words', () => {
    const d = fixture('da-politik.txt');
    assert.equal(d.language, 'da');
    const mf = d.mentions.find((m) => m.text === 'Mette Frederiksen');
    assert.equal(mf?.role, 'Statsminister');
    assert.equal(d.mentions.find((m) => m.text === 'Ukraines')?.lemma, 'Ukraine');
    assert.equal(d.mentions.find((m) => m.text === 'Volodymyr Zelenskyj')?.role, 'præsident');
    const second = d.sentences.findIndex((s) => d.text.slice(s.start, s.end).startsWith('Mødet varede'));
    assert.ok(second > 0, 'kl. and ca. do not split the sentence');
    assert.equal(d.sentences[second].attribution?.text, 'Udenrigsministeriet');
    assert.equal(value(d, 'to timer').normalized, 'PT2H');
    const money = value(d, '60 mia.');
    assert.equal(money.normalized, '60000000000');
    assert.equal(money.approx, true);
    assert.equal(value(d, 'i går').relative?.offset, -1);
  });
});

describe('numbers across languages', () => {
  const numbers = (lang: string, text: string): string[] => readDocument('n.txt', text, { language: lang }).values.filter((v) => v.kind === 'number').map((v) => `${v.text}=${v.normalized}`);
  it('a decimal comma with a scale word is one amount, not two numbers', () => {
    assert.deepEqual(numbers('sv', 'Bygget kostade 12,3 miljoner kronor, långt mer än budgeten.'), ['12,3 miljoner=12300000']);
    assert.deepEqual(numbers('da', 'Havnen fik 1,3 milliard kroner i støtte.'), ['1,3 milliard=1300000000']);
    assert.deepEqual(numbers('nl', 'De gemeente trekt 4,7 miljard euro uit voor dijken.'), ['4,7 miljard=4700000000']);
    assert.deepEqual(numbers('no', 'Fylket bruker 2,5 milliarder kroner på veier.'), ['2,5 milliarder=2500000000']);
    assert.deepEqual(numbers('de', 'Die Stadt investiert 2,5 Millionen Euro in Radwege.'), ['2,5 Millionen=2500000']);
    assert.deepEqual(numbers('es', 'La obra costó 1,3 millones de euros y el puerto 2,5 mil millones.'), ['1,3 millones=1300000', '2,5 mil millones=2500000000']);
    assert.deepEqual(numbers('de', 'Der Fonds hat 3,2 Mrd. Euro.'), ['3,2 Mrd.=3200000000'], 'an abbreviation keeps its full stop');
    assert.deepEqual(numbers('da', 'Budgettet er på 40 millioner.'), ['40 millioner=40000000'], 'a full word leaves the sentence stop');
  });
  it('a capitalised number word opening a sentence is a number; an article or a name part is not', () => {
    assert.deepEqual(numbers('da', 'Ni vandrere er savnet i fjeldet. To af dem er børn. – Fire hytter blev tjekket, siger politiet.'), ['Ni=9', 'To=2', 'Fire=4']);
    assert.deepEqual(numbers('da', 'En fisker blev reddet. Et skib sank.'), [], 'the articles En and Et are not the number one');
    assert.deepEqual(numbers('da', 'Hun så koncerten med bandet Fire Escape i går.'), [], 'inside a sentence "Fire" is a name part');
    assert.deepEqual(numbers('it', 'Lo studio porta il nome di Otto Weber.'), [], 'a capitalised number word before a name is a name');
    assert.deepEqual(numbers('de', 'Zwölf Wanderer wurden gerettet. Sie waren erschöpft.'), ['Zwölf=12']);
    assert.deepEqual(numbers('es', 'Doce mineros quedaron atrapados. Quince casas se hundieron.'), ['Doce=12', 'Quince=15'], 'teens are number words in every language');
    assert.deepEqual(numbers('sv', 'Elva fiskare räddades av kustbevakningen.'), ['Elva=11']);
  });
});
