// German capitalises every noun: capitalised common nouns must not become entity mentions,
// while real names (given name + surname, gazetteer places, multi-word institutions) still do.
import { strict as assert } from 'node:assert';
import { readDocument } from '../../server/src/engine/read/readDocument';

const text = [
  'Die Inflation in Deutschland ist im Oktober auf 2,4 Prozent gestiegen, wie die Deutsche Bundesbank am Montag in Frankfurt mitteilte.',
  'Bundeskanzler Olaf Scholz sagte nach einer Sitzung des Kabinetts in Berlin, der Vertrag mit den Ländern sei ein wichtiger Schritt.',
  'Siemens teilte mit, die Leitzinsen belasteten die Investitionen der Industrie. Scholz kündigte weitere Gespräche an.',
  'Der Vertrag soll im Dezember unterzeichnet werden.',
].join(' ');

describe('German capitalised common nouns', () => {
  const d = readDocument('de-inflation.txt', text);
  const texts = d.mentions.map((m) => m.text);
  it('is read as German', () => {
    assert.equal(d.language, 'de');
  });
  it('does not make common nouns into mentions', () => {
    for (const noun of ['Prozent', 'Inflation', 'Sitzung', 'Vertrag', 'Leitzinsen', 'Investitionen', 'Industrie', 'Gespräche', 'Kabinetts', 'Ländern', 'Schritt']) {
      assert.ok(!d.mentions.some((m) => m.text.split(/\s+/).includes(noun)), `"${noun}" is a mention; have: ${texts.join(' | ')}`);
    }
  });
  it('keeps real names', () => {
    const scholz = d.mentions.find((m) => m.text === 'Olaf Scholz');
    assert.equal(scholz?.type, 'person', texts.join(' | '));
    for (const name of ['Berlin', 'Deutsche Bundesbank', 'Siemens', 'Frankfurt']) {
      assert.ok(texts.includes(name), `no mention "${name}"; have: ${texts.join(' | ')}`);
    }
    // A surname read in full earlier stays a name when it stands alone.
    assert.ok(texts.includes('Scholz'), texts.join(' | '));
  });
});

describe('German compound titles', () => {
  // German writes a role as one capitalised compound; other languages write it lowercase
  // ("hospital director Jana Weiss"), so the person's name must be the same without it.
  const d = readDocument(
    'de-titles.txt',
    'Die Stadtwerke in Kassel erhöhen die Preise, sagte Werksdirektorin Jana Weiss am Montag. Betriebsratsvorsitzender Paul Keller kritisierte die Entscheidung. Der Konzernchef Weber schwieg.',
  );
  const texts = d.mentions.map((m) => m.text);
  it('keeps a compound ending in a title out of the full name after it', () => {
    assert.ok(texts.includes('Jana Weiss'), texts.join(' | '));
    assert.ok(texts.includes('Paul Keller'), texts.join(' | '));
    assert.ok(!texts.some((t) => /Werksdirektorin|Betriebsratsvorsitzender/.test(t)), texts.join(' | '));
  });
});
