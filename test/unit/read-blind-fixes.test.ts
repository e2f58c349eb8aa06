// Reader fixes found by a blind test on foreign wire copy: datelines with a region, Romance
// day-of-month dates, "Sept." and tokenised thousands. Sentences written for these tests.
import { strict as assert } from 'node:assert';
import { readDocument } from '../../server/src/engine/read/readDocument';
import type { DocumentAnalysis } from '../../server/src/engine/types';

const value = (d: DocumentAnalysis, text: string) => {
  const v = d.values.find((x) => x.text === text);
  assert.ok(v, `no value "${text}"; have: ${d.values.map((x) => `${x.text}=${x.kind}`).join(' | ')}`);
  return v;
};

describe('reader blind-test fixes', () => {
  it('a dateline with a country or state before the date gives the anchor date', () => {
    const a = readDocument('a.txt', 'MALMÖ, Sweden, April 2, 2026 (Reuters) - The bridge reopened yesterday after repairs.', { language: 'en' });
    assert.equal(a.anchorDate, '2026-04-02');
    assert.equal(value(a, 'yesterday').normalized, '2026-04-01');
    const b = readDocument('b.txt', 'LYON, France, 11 June 2024 (AFP) — Train drivers ended their strike on Monday.', { language: 'en' });
    assert.equal(b.anchorDate, '2024-06-11');
    const c = readDocument('c.txt', 'AUSTIN, Texas, Jan. 8, 2025 (AP) - The council voted late last night.', { language: 'en' });
    assert.equal(c.anchorDate, '2025-01-08');
  });

  it('Spanish, Italian and French day-of-month dates are dates, not numbers', () => {
    const es = readDocument('es.txt', 'El puente se cerró el 4 de noviembre y abrirá el 21 de marzo de 2027, según el ayuntamiento.', { language: 'es' });
    assert.equal(value(es, '4 de noviembre').normalized, 'XXXX-11-04');
    assert.equal(value(es, '21 de marzo de 2027').normalized, '2027-03-21');
    assert.ok(!es.values.some((v) => v.kind === 'number' && (v.normalized === '4' || v.normalized === '21')));
    const it = readDocument('it.txt', 'Il ponte è stato chiuso il 4 novembre, ha detto il sindaco.', { language: 'it' });
    assert.equal(value(it, '4 novembre').normalized, 'XXXX-11-04');
    const fr = readDocument('fr.txt', 'Le maire a annoncé le 12 octobre que le pont resterait fermé.', { language: 'fr' });
    assert.equal(value(fr, '12 octobre').normalized, 'XXXX-10-12');
  });

  it('English abbreviated months with a period are dates', () => {
    const d = readDocument('en.txt', 'The hearing moved from Sept. 9 to Feb. 14 and the vote is due Oct. 30.', { language: 'en', anchorDate: '2025-06-01' });
    assert.equal(value(d, 'Sept. 9').normalized, '2025-09-09');
    assert.equal(value(d, 'Feb. 14').normalized, '2025-02-14');
    assert.equal(value(d, 'Oct. 30').normalized, '2025-10-30');
    assert.ok(!d.values.some((v) => v.kind === 'number'));
  });

  it('a tokenised thousands group ("48, 000") is one number, a list is not', () => {
    const d = readDocument('n.txt', 'Organisers counted 48, 000 marchers; in 2021, 300 came.', { language: 'en' });
    assert.equal(value(d, '48, 000').normalized, '48000');
    assert.equal(value(d, '300').normalized, '300');
  });

  it('the speaker after "the mayor of PLACE," is the person in apposition, not the place', () => {
    const en = readDocument('q.txt', '"The ferry will run again," said the harbour master of Visby, Karin Holm.', { language: 'en' });
    assert.equal(en.quotes[0]?.speaker?.text, 'Karin Holm');
    const es = readDocument('q-es.txt', '«El ferry volverá a funcionar», afirmó la alcaldesa de Tarifa, Lucía Ortega.', { language: 'es' });
    assert.equal(es.sentences[0]?.attribution?.text, 'Lucía Ortega');
    // A name right after the verb stays the speaker when a role follows it.
    const plain = readDocument('q2.txt', '"The ferry will run again," said Karin Holm, the harbour master of Visby.', { language: 'en' });
    assert.equal(plain.quotes[0]?.speaker?.text, 'Karin Holm');
  });
});
