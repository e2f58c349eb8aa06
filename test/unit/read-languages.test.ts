// Other Latin-script languages get sentences, names and numbers; robustness on odd input.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../server/src/engine/read/readDocument';
import type { DocumentAnalysis } from '../../server/src/engine/types';

const root = (process.env.NEWSLENS_ROOT ?? join(__dirname, '..', '..', '..'));
const fixtures = join(root, 'test', 'fixtures', 'read');
const fixture = (name: string): DocumentAnalysis => readDocument(name, readFileSync(join(fixtures, name), 'utf8'));
const mention = (d: DocumentAnalysis, text: string) => {
  const m = d.mentions.find((x) => x.text === text);
  assert.ok(m, `no mention "${text}"; have: ${d.mentions.map((x) => x.text).join(' | ')}`);
  return m;
};
const value = (d: DocumentAnalysis, text: string) => {
  const v = d.values.find((x) => x.text === text);
  assert.ok(v, `no value "${text}"; have: ${d.values.map((x) => x.text).join(' | ')}`);
  return v;
};

describe('German article', () => {
  const d = fixture('de-hochwasser.txt');
  it('is German with names, places and numbers', () => {
    assert.equal(d.language, 'de');
    assert.equal(mention(d, 'Markus Söder').role, 'Ministerpräsident');
    assert.equal(mention(d, 'Markus Söder').type, 'person');
    assert.ok(d.mentions.some((m) => m.text === 'Passau'));
    const n = value(d, '2.000');
    assert.equal(n.normalized, '2000');
    assert.equal(n.approx, true);
    assert.equal(value(d, '9,80').normalized, '9.8');
    assert.equal(value(d, '5. Juni').normalized, 'XXXX-06-05');
    assert.equal(value(d, '2013').kind, 'date');
    assert.equal(value(d, 'Dienstag').normalized, 'XXXX-WXX-2');
  });
  it('finds the German quote and its speaker', () => {
    const q = d.quotes.find((x) => d.text.slice(x.inner.start, x.inner.end).startsWith('Die Lage'));
    assert.equal(q?.speaker?.text, 'Söder');
  });
});

describe('Swedish article', () => {
  const d = fixture('sv-val.txt');
  it('is Swedish and links NATO and Brussels through the gazetteer', () => {
    assert.equal(d.language, 'sv');
    assert.equal(mention(d, 'Nato').gazetteerId, 'org:nato');
    assert.equal(mention(d, 'Natos').lemma, 'Nato');
    assert.equal(mention(d, 'Bryssel').gazetteerId, 'place:brussels');
    assert.equal(mention(d, 'Finland').gazetteerId, 'geo:FI');
    assert.equal(mention(d, 'Sveriges').gazetteerId, 'geo:SE');
    assert.equal(mention(d, 'Magdalena Andersson').role, 'Statsminister');
    assert.equal(mention(d, 'Jens Stoltenberg').type, 'person');
    assert.equal(value(d, 'tio timmar').normalized, 'PT10H');
  });
});

describe('gazetteer ids are shared across languages', () => {
  it('Europarådet = Council of Europe, Grækenland = Greece', async () => {
    const { lookupGazetteer, canonicalName, countryOfAdjective } = await import('../../server/src/engine/data');
    assert.equal(lookupGazetteer('Europarådet', 'da')[0].id, lookupGazetteer('Council of Europe', 'en')[0].id);
    assert.equal(lookupGazetteer('Grækenland', 'da')[0].id, 'geo:GR');
    assert.equal(lookupGazetteer('Greece', 'en')[0].id, 'geo:GR');
    assert.equal(lookupGazetteer('Russian Federation', 'en')[0].id, 'geo:RU');
    assert.notEqual(lookupGazetteer('European Council', 'en')[0].id, lookupGazetteer('Council of Europe', 'en')[0].id);
    assert.equal(canonicalName('geo:RU', 'da'), 'Rusland');
    assert.equal(canonicalName('gov:RU:foreign-ministry', 'en'), 'Russian foreign ministry');
    assert.equal(countryOfAdjective('russiske'), 'RU');
    assert.equal(countryOfAdjective('Russian'), 'RU');
  });
});

describe('robustness', () => {
  it('empty and whitespace-only input give a too-short problem', () => {
    for (const t of ['', '   \n\t\n  ']) {
      const d = readDocument('e.txt', t);
      assert.equal(d.mentions.length, 0);
      assert.ok(d.problems.some((p) => p.code === 'too-short'));
    }
  });
  it('binary-looking input is reported, not read', () => {
    const d = readDocument('b.bin', 'PK\u0003\u0004\u0000\u0000\u0014\u0000binary\u0000stuff');
    assert.ok(d.problems.some((p) => p.code === 'binary'));
    assert.equal(d.sentences.length, 0);
  });
  it('a 1 MB single line is read with offsets intact', function () {
    this.timeout(60000);
    const unit = 'Council of Europe met in Strasbourg on Tuesday with 46 member states. ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const d = readDocument('big.txt', big, { language: 'en' });
    assert.ok(d.mentions.length > 10000);
    const last = d.mentions[d.mentions.length - 1];
    assert.equal(big.slice(last.start, last.end), last.text);
  });
  it('every mention, value and quote round-trips in all fixtures and seeds', () => {
    const files = [
      ...readdirSync(fixtures).map((f) => join(fixtures, f)),
      ...readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'seeds', f)),
    ];
    for (const f of files) {
      const d = readDocument(f, readFileSync(f, 'utf8'));
      for (const m of d.mentions) assert.equal(d.text.slice(m.start, m.end), m.text, f);
      for (const v of d.values) assert.equal(d.text.slice(v.start, v.end), v.text, f);
      for (const a of d.acronyms) assert.equal(d.text.slice(a.expansion.start, a.expansion.end), a.expansion.text, f);
      for (const s of d.sentences) assert.ok(s.start < s.end && s.paragraph < d.paragraphs.length, f);
    }
  });
  it('ReadOptions.language overrides detection', () => {
    const d = readDocument('x.txt', 'Regeringen har i dag meddelt, at den vil fremsætte et nyt lovforslag om klimaet.', { language: 'no' });
    assert.equal(d.language, 'no');
    assert.ok(d.paragraphs.every((p) => p.language === 'no'));
  });
});
