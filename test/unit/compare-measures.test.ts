// Measures, scheduled occasions, prices and quoted speakers: the conflict rules added for the blind
// tests, each checked on new sentences (not the blind stories) for what it must find and for the
// look-alikes it must leave alone.
import * as assert from 'node:assert/strict';
import { readDocument } from '../../server/src/engine/read/readDocument';
import { compareDocuments } from '../../server/src/engine/compare/compareDocuments';
import { sentenceFacts } from '../../server/src/engine/compare/sentenceFacts';
import { handDoc } from './compare-helpers';

/** Conflict types between two one-story articles, read by the real reader. */
function conflicts(a: string, b: string): string[] {
  const docs = [readDocument('m/a.txt', a), readDocument('m/b.txt', b)];
  const overrides = new Map(docs.map((d) => [d.path, 'm']));
  return compareDocuments(docs, { storyOverrides: overrides }).findings.filter((f) => f.kind === 'conflict').map((f) => f.type).sort();
}

const article = (lang: string, date: string, ...sentences: string[]) => `---\ntitle: t\nlanguage: ${lang}\ndate: ${date}\n---\n${sentences.join('\n\n')}\n`;

describe('compare: measures of figures', () => {
  it('compares the one figure of record of a measure across sources, even in unaligned sentences', () => {
    const en = article('en', '2026-02-03', 'Rescue teams searched the valley near Tarvik on Tuesday.', 'Twelve hikers are missing after the avalanche near Tarvik, police said.');
    const da = article('da', '2026-02-03', 'Redningsfolk ledte tirsdag i dalen ved Tarvik.', 'Ifølge politiet savnes fortsat 15 vandrere efter lavinen ved Tarvik.');
    assert.deepEqual(conflicts(en, da), ['numeric', 'numeric']);
  });

  it('aligns two sentences that give the same measure with no event word and no shared name', () => {
    const en = article('en', '2026-02-03', 'The ferry Nordlys ran aground off Tarvik on Tuesday.', 'There were about 300 passengers on board.');
    const sv = article('sv', '2026-02-03', 'Färjan Nordlys gick på grund utanför Tarvik i tisdags.', 'Ombord fanns 312 passagerare.');
    const docs = [readDocument('m/a.txt', en), readDocument('m/b.txt', sv)];
    const corpus = compareDocuments(docs, { storyOverrides: new Map(docs.map((d) => [d.path, 'm'])) });
    const row = corpus.alignments.find((a) => a.cells.some((c) => c.text.includes('300 passengers')));
    assert.ok(row && row.cells.some((c) => c.text.includes('312 passagerare')), JSON.stringify(corpus.alignments.map((a) => a.cells.map((c) => c.text))));
    assert.ok(!corpus.findings.some((f) => f.kind === 'conflict'), 'about 300 agrees with 312');
  });

  it('compares the part of "14 of the 35 seats" with the other source\'s part, and the totals with each other', () => {
    const en = article('en', '2027-05-10', 'The Farmers League won 12 of the 41 seats on the Velden county council, the election office said.');
    const nl = article('nl', '2027-05-10', 'De Boerenbond behaalt 15 van de 41 zetels in de provincieraad van Velden.');
    const de = article('de', '2027-05-10', 'Der Bauernbund gewann 12 der 41 Sitze im Kreistag von Velden.');
    assert.deepEqual(conflicts(en, nl), ['numeric', 'numeric']);
    assert.deepEqual(conflicts(en, de), []);
  });

  it('compares the one count of people fallen ill, and does not count "and three were admitted" as fallen ill', () => {
    const en = article('en', '2027-06-02', 'Health officials in Kolby are investigating a wedding dinner at the Strandhotel.', 'Twenty-three guests have fallen ill and four were admitted to hospital, officials said.');
    const da = article('da', '2027-06-02', 'Sundhedsmyndighederne i Kolby undersøger en bryllupsmiddag på Strandhotel.', 'I alt 31 gæster er blevet syge efter middagen, oplyser myndighederne.');
    const sv = article('sv', '2027-06-02', 'Hälsomyndigheten i Kolby utreder en bröllopsmiddag på Strandhotel.', 'Totalt 23 gäster har blivit sjuka efter middagen.');
    assert.deepEqual(conflicts(en, da), ['numeric', 'numeric']);
    assert.deepEqual(conflicts(en, sv), []);
  });

  it('never sets figures of different measures against each other', () => {
    const en = article('en', '2026-02-03', 'Twelve hikers are missing after the avalanche near Tarvik, police said.');
    const da = article('da', '2026-02-03', 'Lavinen ved Tarvik ødelagde 15 huse, oplyser politiet.');
    assert.deepEqual(conflicts(en, da), []);
  });

  it('reads a central-bank rate from its name before the figure, and leaves a change in other units alone', () => {
    const da = article('da', '2026-04-16', 'Danmarks Nationalbank sænker renten med 0,25 procentpoint.', 'Indlånsrenten ligger dermed på 2,25 procent, oplyser Danmarks Nationalbank.');
    const en = article('en', '2026-04-16', 'The Nationalbank cut rates by 25 basis points.', 'The deposit rate at the Nationalbank is 2.5%.');
    assert.deepEqual(conflicts(da, en), ['numeric', 'numeric']);
    const same = article('en', '2026-04-16', 'The Nationalbank cut rates by 25 basis points.', 'The deposit rate at the Nationalbank is 2.25%.');
    assert.deepEqual(conflicts(da, same), []);
  });

  it('compares the price of a purchase named some words after the verb, but not across currencies', () => {
    const en = article('en', '2026-05-12', 'Halvorsen Group agreed on Tuesday to buy the Swedish bakery chain Brodbod for 240 million euros.');
    const da = article('da', '2026-05-12', 'Halvorsen Group køber Brodbod for 210 millioner euro.');
    assert.deepEqual(conflicts(en, da), ['numeric', 'numeric']);
    const kroner = article('da', '2026-05-12', 'Halvorsen Group køber Brodbod for 1,8 milliarder kroner.');
    assert.deepEqual(conflicts(en, kroner), []);
  });

  it('does not read the month "May" in a date as the modal "may" (which would make the sentence hypothetical)', () => {
    const doc = readDocument('m/a.txt', 'OSLO, May 5, 2026 (Reuters) - Twelve hikers were missing after an avalanche near Tarvik.\n');
    assert.ok(!sentenceFacts(doc)[0].markers.some((m) => m.marker === 'conditional'), JSON.stringify(sentenceFacts(doc)[0].markers));
  });
});

describe('compare: the next occasion of a scheduled event', () => {
  it('finds two dates for "the next summit" a date conflict, in two languages', () => {
    const en = article('en', '2026-03-02', 'The leaders ended their talks in Lisbon on Monday.', 'The next summit is scheduled for June 4.');
    const da = article('da', '2026-03-02', 'Lederne afsluttede mandag deres forhandlinger i Lissabon.', 'Det næste topmøde finder sted den 11. juni.');
    assert.deepEqual(conflicts(en, da), ['date', 'date']);
  });

  it('does not set the next summit against a past one', () => {
    const en = article('en', '2026-03-02', 'The next summit is scheduled for June 4.');
    const da = article('da', '2026-03-02', 'Det seneste topmøde fandt sted den 11. februar.');
    assert.deepEqual(conflicts(en, da), []);
  });
});

describe('compare: who said a quotation', () => {
  const en = article('en', '2026-07-20', '"This is the worst flood Marnholm has seen in 40 years," said Jonas Weber.');
  it('finds one quote credited to two different people an attribution conflict', () => {
    const de = article('de', '2026-07-20', '„Das ist das schlimmste Hochwasser in Marnholm seit 40 Jahren“, sagte Anna Krüger.');
    assert.deepEqual(conflicts(en, de), ['attribution', 'attribution']);
  });
  it('finds nothing when the other source names the same person by title and surname', () => {
    const de = article('de', '2026-07-20', '„Das ist das schlimmste Hochwasser in Marnholm seit 40 Jahren“, sagte Rettungsdienstchef Weber.');
    assert.deepEqual(conflicts(en, de), []);
  });
  it('finds nothing when both credit the same person', () => {
    const de = article('de', '2026-07-20', '„Das ist das schlimmste Hochwasser in Marnholm seit 40 Jahren“, sagte Jonas Weber.');
    assert.deepEqual(conflicts(en, de), []);
  });
});

describe('compare: figures that bound or belong elsewhere', () => {
  it('reads "no venden ni 100" (do not sell even 100) as a bound, not as a denial of selling', () => {
    const en = article('en', '2026-06-01', 'Most Hansa dealers in Lyon sell fewer than 100 cars a year.');
    const es = article('es', '2026-06-01', 'La mayoría de los concesionarios de Hansa en Lyon no venden ni 100 coches al año.');
    assert.deepEqual(conflicts(en, es), []);
  });
  it('does not count a figure before "and" for the event after it ("lasted five generations and sold ...")', () => {
    const a = article('en', '2026-06-01', 'The Hansa Comet lasted five generations and sold well in Europe.');
    const b = article('en', '2026-06-01', 'The Hansa Comet sold 2,000,000 cars in Europe.');
    assert.deepEqual(conflicts(a, b), []);
  });
});

describe('compare: event words inside names', () => {
  it('does not read "Fire" in a title of several words as a fire', () => {
    const doc = handDoc('t/a.txt', 'en', 'Catching Fire begins shooting in August.', [{ text: 'Catching Fire', type: 'other' as const }]);
    assert.deepEqual(sentenceFacts(doc)[0].concepts.map((c) => c.concept.id), []);
    const plain = handDoc('t/b.txt', 'en', 'The fire began in August.');
    assert.deepEqual(sentenceFacts(plain)[0].concepts.map((c) => c.concept.id), ['fire']);
  });
});

describe('compare: which event a date belongs to', () => {
  const a = article('en', '2026-05-04', 'Ole Jensen, the mayor of Norhaven, resigned in 2019 after the audit of the harbour fund.');
  it('a date set off by clause breaks in a long sentence does not date its event', () => {
    const b = article('en', '2026-05-04', 'Ole Jensen was treasurer of the harbour fund in 2015, when auditors first questioned its accounts, and the mayor of Norhaven, who had backed him for years, ultimately resigned.');
    assert.deepEqual(conflicts(a, b), []);
  });
  it('the same event dated differently is still a conflict', () => {
    const b = article('en', '2026-05-04', 'Ole Jensen, the mayor of Norhaven, resigned in 2017 after the audit of the harbour fund.');
    assert.deepEqual(conflicts(a, b), ['date', 'date']);
  });
});

describe('compare: sentences with the same figures', () => {
  it('two sentences giving exactly the same figures never disagree on a figure, whatever word each attaches it to', () => {
    const en = article('en', '2026-05-04', 'After a plan to bail out three large regional airlines failed to pass parliament this week, the government has said that it is considering using some of the US$ 40 billion earmarked to rescue the banking industry to bail out the airlines.');
    const es = article('es', '2026-05-04', 'Después de que no se aprobara en el parlamento un plan para rescatar tres grandes aerolíneas regionales, el gobierno ha dicho que está considerando usar parte de los 40.000 millones de US$ reservados para el rescate de la industria bancaria para rescatar las aerolíneas.');
    assert.deepEqual(conflicts(en, es), []);
  });
  it('a different figure in an otherwise equal sentence is still a conflict', () => {
    const en = article('en', '2026-05-04', 'The storm killed 12 people in the port of Vessa on Monday.');
    const da = article('en', '2026-05-04', 'The storm killed 15 people in the port of Vessa on Monday.');
    assert.deepEqual(conflicts(en, da), ['numeric', 'numeric']);
  });
});

describe('compare: a dated earlier case from another source', () => {
  it('sets "the first strike in the history of" against another source dating an earlier strike there, but not one elsewhere', () => {
    const en = article('en', '2027-04-12', 'Dock workers at the port of Halvik walked out on Monday over pay.', 'It is the first strike in the 120-year history of the port of Halvik, the union said.');
    const sv = article('sv', '2027-04-12', 'Hamnarbetarna i Halvik gick på måndagen ut i strejk.', 'Hamnarbetarna strejkade senast 1987, då i två veckor.');
    const elsewhere = article('sv', '2027-04-12', 'Hamnarbetarna i Halvik gick på måndagen ut i strejk.', 'Hamnarbetarna i Göteborg strejkade senast 1987, då i två veckor.');
    const docs = (b: string) => [readDocument('m/a.txt', en), readDocument('m/b.txt', b)];
    const precedents = (b: string) => compareDocuments(docs(b), { storyOverrides: new Map(docs(b).map((d) => [d.path, 'm'])) }).findings.filter((f) => f.kind === 'conflict' && f.type === 'precedent').length;
    assert.equal(precedents(sv), 1);
    assert.equal(precedents(elsewhere), 0);
  });
});
