// Precision of conflict detection: wordings that look like a denial or a rival figure but are
// neither ("not only", "not far from", "mother of 12", "9-3", "initially reported").
import * as assert from 'node:assert/strict';
import { compareDocuments } from '../../server/src/engine/compare/compareDocuments';
import { handDoc, type HandValue } from './compare-helpers';

const opts = { storyOverrides: new Map([['p/a.txt', 'p'], ['p/b.txt', 'p']]) };
const place = [{ text: 'Hotel Adriatik', type: 'organization' as const }, { text: 'Durrës', type: 'place' as const }];

/** Conflict types found between two one-sentence articles of the same story. */
function conflicts(a: [string, string, HandValue[]?], b: [string, string, HandValue[]?]): string[] {
  const mentions = (text: string) => place.filter((m) => text.includes(m.text));
  const da = handDoc('p/a.txt', a[0], a[1], mentions(a[1]), a[2] ?? []);
  const db = handDoc('p/b.txt', b[0], b[1], mentions(b[1]), b[2] ?? []);
  return compareDocuments([da, db], opts).findings.filter((f) => f.kind === 'conflict').map((f) => f.type).sort();
}

const num = (text: string, n: number): HandValue => ({ text, kind: 'number', normalized: String(n) });

describe('compare precision: negation words that deny nothing', () => {
  const arrested: [string, string] = ['en', 'Police arrested the owner of Hotel Adriatik in Durrës.'];

  it('still finds a real denial, in English and Danish', () => {
    assert.deepEqual(conflicts(arrested, ['en', 'Police did not arrest the owner of Hotel Adriatik in Durrës.']), ['negation', 'negation']);
    assert.deepEqual(conflicts(arrested, ['da', 'Politiet anholdt ikke ejeren af Hotel Adriatik i Durrës.']), ['negation', 'negation']);
  });

  it('does not read "not only" and its translations as a denial', () => {
    for (const b of [
      ['en', 'Police not only arrested the owner of Hotel Adriatik in Durrës.'],
      ['da', 'Politiet anholdt ikke kun ejeren af Hotel Adriatik i Durrës.'],
      ['da', 'Politiet anholdt ikke blot ejeren af Hotel Adriatik i Durrës.'],
      ['de', 'Die Polizei verhaftet nicht nur den Besitzer von Hotel Adriatik in Durrës.'],
      ['sv', 'Polisen grep inte bara ägaren till Hotel Adriatik i Durrës.'],
      ['es', 'La policía no solo detuvo al dueño del Hotel Adriatik en Durrës.'],
    ] as [string, string][]) {
      assert.deepEqual(conflicts(arrested, b), [], b[1]);
    }
  });

  it('does not read "not far from" as denying the event', () => {
    const killed: [string, string] = ['en', 'Two guests were killed near Hotel Adriatik in Durrës.'];
    assert.deepEqual(conflicts(killed, ['en', 'Two guests were not killed near Hotel Adriatik in Durrës.']), ['negation', 'negation'], 'control: a real denial');
    assert.deepEqual(conflicts(killed, ['en', 'Two guests were killed not far from Hotel Adriatik in Durrës.']), []);
    assert.deepEqual(conflicts(killed, ['da', 'To gæster blev dræbt ikke langt fra Hotel Adriatik i Durrës.']), []);
  });
});

describe('compare precision: figures that are not counts of the event', () => {
  const toll: [string, string, HandValue[]] = ['en', '40 people were killed in Durrës.', [num('40', 40)]];

  it('compares a rival death toll (control)', () => {
    assert.deepEqual(conflicts(toll, ['en', 'Three people were killed in Durrës.', [num('Three', 3)]]), ['numeric', 'numeric']);
  });

  it('does not count the children of "a father of three" or "en mor til tre"', () => {
    assert.deepEqual(conflicts(toll, ['en', 'A father of three was killed in Durrës.', [num('three', 3)]]), []);
    assert.deepEqual(conflicts(toll, ['en', 'A mother of 12 was killed in Durrës.', [num('12', 12)]]), []);
    assert.deepEqual(conflicts(toll, ['da', 'En mor til tre blev dræbt i Durrës.', [num('tre', 3)]]), []);
  });

  it('does not count a tally such as a 9-3 vote', () => {
    const convicted: [string, string, HandValue[]] = ['en', 'Two men were convicted in Durrës.', [num('Two', 2)]];
    assert.deepEqual(conflicts(convicted, ['en', 'Five men were convicted in Durrës.', [num('Five', 5)]]), ['numeric', 'numeric'], 'control');
    assert.deepEqual(conflicts(convicted, ['en', 'The jury convicted them 9-3 in Durrës.', [num('9', 9), num('3', 3)]]), []);
    assert.deepEqual(conflicts(convicted, ['en', 'The jury convicted them 9-3 in Durrës.', [{ text: '9-3', kind: 'number', normalized: '9' }]]), []);
  });
});

describe('compare precision: a superseded figure', () => {
  const toll: [string, string, HandValue[]] = ['en', '40 people were killed in Durrës.', [num('40', 40)]];

  it('does not set "initially", "originally reported", "oprindeligt", "zunächst" figures against the final one', () => {
    // Each sentence conflicts without its update cue (the control), and not with it.
    for (const [lang, cued, plain] of [
      ['en', 'Initially 30 people were killed in Durrës.', '30 people were killed in Durrës.'],
      ['en', 'As originally reported, 30 people were killed in Durrës.', 'As reported, 30 people were killed in Durrës.'],
      ['en', 'As first reported, 30 people were killed in Durrës.', 'As reported, 30 people were killed in Durrës.'],
      ['da', 'Oprindeligt blev 30 personer dræbt i Durrës.', 'I alt blev 30 personer dræbt i Durrës.'],
      ['da', 'Som først meldt blev 30 personer dræbt i Durrës.', 'Som meldt blev 30 personer dræbt i Durrës.'],
      ['de', 'Zunächst wurden in Durrës 30 Menschen getötet.', 'Insgesamt wurden in Durrës 30 Menschen getötet.'],
    ] as [string, string, string][]) {
      assert.deepEqual(conflicts(toll, [lang, plain, [num('30', 30)]]), ['numeric', 'numeric'], `control: ${plain}`);
      assert.deepEqual(conflicts(toll, [lang, cued, [num('30', 30)]]), [], cued);
    }
  });
});
