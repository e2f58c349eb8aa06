// The reader's fast paths must answer exactly as the general code they stand in for.
import { strict as assert } from 'node:assert';
import { countryOfAdjective, countryOfLowerAdjective, normalizeName, normalizeWord } from '../../server/src/engine/data/gazetteer';
import { languagePack } from '../../server/src/engine/read/lang/generic';
import { readDocument } from '../../server/src/engine/read/readDocument';

const WORDS = ['Russian', 'russiske', 'DANISH', 'Ukrainian', 'table', 'Côte', 'O’Brien', 'İstanbul', 'ΣΟΦΊΑ', 'Straße', 'a b', 'x\u00a0y', 'Nord-Korea', 'tyske', 'Deutschen'];

describe('read: fast paths', () => {
  it('normalizeWord with a word\'s lowercase form equals normalizeName', () => {
    for (const w of WORDS) assert.equal(normalizeWord(w, w.toLowerCase()), normalizeName(w), w);
  });

  it('countryOfLowerAdjective on a lowercased word equals countryOfAdjective', () => {
    let found = 0;
    for (const w of WORDS) {
      assert.equal(countryOfLowerAdjective(w.toLowerCase()), countryOfAdjective(w), w);
      if (countryOfAdjective(w)) found++;
    }
    assert.ok(found >= 3, 'some of the words are country adjectives');
  });

  it('every title opens with a word in titleStarts, with or without its period', () => {
    for (const code of ['en', 'da', 'de', 'sv', 'fr']) {
      const pack = languagePack(code);
      for (const t of pack.titles) {
        const first = t.split(' ')[0];
        assert.ok(pack.titleStarts.has(first) && pack.titleStarts.has(first.replace(/\.$/, '')), `${code}: ${t}`);
      }
    }
  });

  it('values at numbers whose digits rule patterns out are still all found', () => {
    const text = 'On March 3, 2022 the 3rd team of 250 people arrived. In the 1960s and in 1999, 12345 others came on 24 February. The 2º group left.';
    const d = readDocument('a.txt', text, { language: 'en' });
    const got = d.values.map((v) => `${v.text}=${v.kind}:${v.normalized}`);
    for (const want of ['March 3, 2022=date:2022-03-03', '3rd=ordinal:3', '250=number:250', 'the 1960s=date:196X', '24 February=date:XXXX-02-24', '1999=date:1999', '12345=number:12345', '2º=ordinal:2']) {
      assert.ok(got.includes(want), `${want} not in ${got.join(' | ')}`);
    }
  });
});
