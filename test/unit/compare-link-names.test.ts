// Linking company names, name complements and ministries named without a country across articles
// and languages (compare/linkKeys.ts, compare/linkEntities.ts, compare/companyNames.ts).
import * as assert from 'node:assert/strict';
import { compareDocuments } from '../../server/src/engine/compare/compareDocuments';
import { readDocument } from '../../server/src/engine/read/readDocument';
import { nameKey } from '../../server/src/engine/compare/linkKeys';
import { handDoc, linked } from './compare-helpers';

describe('compare: linking company names, complements and bare ministries', () => {
  it('links a company named with a trade or group word to its bare name in the story', () => {
    const id = linked([
      { path: 'c/en.txt', text: 'Ford Motor Company cut jobs. Apple Computer opened a store.', mentions: [{ text: 'Ford Motor Company', type: 'organization' }, { text: 'Apple Computer', type: 'organization' }] },
      { path: 'c/it.txt', language: 'it', text: 'Ford taglia posti. Apple apre un negozio. Il Gruppo Fiat cresce.', mentions: [{ text: 'Ford', type: 'organization' }, { text: 'Apple', type: 'organization' }, { text: 'Gruppo Fiat', type: 'organization' }] },
      { path: 'c/nl.txt', language: 'nl', text: 'Fiat groeit. Apple Corps klaagt.', mentions: [{ text: 'Fiat', type: 'organization' }, { text: 'Apple Corps', type: 'organization' }] },
    ]);
    assert.equal(id('c/it.txt', 'Ford'), id('c/en.txt', 'Ford Motor Company'));
    assert.equal(id('c/it.txt', 'Apple'), id('c/en.txt', 'Apple Computer'));
    assert.equal(id('c/nl.txt', 'Fiat'), id('c/it.txt', 'Gruppo Fiat'));
    // "Corps" is part of the other company's name, not a trade word.
    assert.notEqual(id('c/nl.txt', 'Apple Corps'), id('c/it.txt', 'Apple'));
    assert.notEqual(id('c/it.txt', 'Ford'), id('c/it.txt', 'Apple'));
  });

  it('does not shorten a company name to a word the story never uses alone', () => {
    const id = linked([
      { path: 'g/a.txt', text: 'General Motors and General Electric reported.', mentions: [{ text: 'General Motors', type: 'organization' }, { text: 'General Electric', type: 'organization' }] },
      { path: 'g/b.txt', text: 'General Dynamics reported too.', mentions: [{ text: 'General Dynamics', type: 'organization' }] },
    ]);
    assert.notEqual(id('g/a.txt', 'General Motors'), id('g/a.txt', 'General Electric'));
    assert.notEqual(id('g/a.txt', 'General Motors'), id('g/b.txt', 'General Dynamics'));
  });

  it('keys a bare company name as the company when the article names the company after a person', () => {
    // The reader may type "Ford" as a person; beside "Ford Motor Company" it is the company, not
    // the chairman's surname.
    const id = linked([
      { path: 'f/a.txt', text: 'Ford Motor Company chairman William Clay Ford spoke. Ford will close plants.', mentions: [{ text: 'Ford Motor Company', type: 'organization' }, { text: 'William Clay Ford', type: 'person' }, { text: 'Ford', type: 'person' }] },
      { path: 'f/b.txt', language: 'nl', text: 'Ford sluit fabrieken.', mentions: [{ text: 'Ford', type: 'organization' }] },
    ]);
    assert.equal(id('f/a.txt', 'Ford'), id('f/b.txt', 'Ford'));
    assert.equal(id('f/b.txt', 'Ford'), id('f/a.txt', 'Ford Motor Company'));
    assert.notEqual(id('f/a.txt', 'William Clay Ford'), id('f/b.txt', 'Ford'));
  });

  it('keys a name by its own text when the reader\'s lemma is a phrase it is the complement of', () => {
    const id = linked([
      { path: 'l/es.txt', language: 'es', text: 'El CEO de Apple habló. Apple vende más.', mentions: [{ text: 'CEO de Apple', type: 'person' }, { text: 'Apple', type: 'organization', lemma: 'CEO de Apple' }] },
      { path: 'l/en.txt', text: 'Apple sells more.', mentions: [{ text: 'Apple', type: 'organization' }] },
    ]);
    assert.equal(id('l/es.txt', 'Apple'), id('l/en.txt', 'Apple'));
    assert.notEqual(id('l/es.txt', 'CEO de Apple'), id('l/en.txt', 'Apple'));
  });

  it('joins given-name variants of one surname in a story, not two different given names', () => {
    const id = linked([
      { path: 'p/a.txt', text: 'Frederick Cheney LaRue died. Daniel Smith and Danielle Smith spoke.', mentions: [{ text: 'Frederick Cheney LaRue', type: 'person' }, { text: 'Daniel Smith', type: 'person' }, { text: 'Danielle Smith', type: 'person' }] },
      { path: 'p/b.txt', text: 'Fred LaRue was 75. Frederick LaRue served. Dan Smith agreed.', mentions: [{ text: 'Fred LaRue', type: 'person' }, { text: 'Frederick LaRue', type: 'person' }, { text: 'Dan Smith', type: 'person' }] },
    ]);
    assert.equal(id('p/b.txt', 'Fred LaRue'), id('p/a.txt', 'Frederick Cheney LaRue'));
    assert.equal(id('p/b.txt', 'Frederick LaRue'), id('p/a.txt', 'Frederick Cheney LaRue'));
    assert.notEqual(id('p/a.txt', 'Daniel Smith'), id('p/a.txt', 'Danielle Smith'));
    // "Dan" begins both "Daniel" and "Danielle": left apart.
    assert.notEqual(id('p/b.txt', 'Dan Smith'), id('p/a.txt', 'Daniel Smith'));
    assert.notEqual(id('p/b.txt', 'Dan Smith'), id('p/a.txt', 'Danielle Smith'));
  });

  it('links a team\'s last word to its full name even when the reader took the full name for a place', () => {
    const id = linked([
      { path: 't/a.txt', text: 'The Kansas City Chiefs lost.', mentions: [{ text: 'Kansas City Chiefs', type: 'place' }] },
      { path: 't/b.txt', text: 'The Chiefs lost again.', mentions: [{ text: 'Chiefs', type: 'organization' }] },
    ]);
    assert.equal(id('t/b.txt', 'Chiefs'), id('t/a.txt', 'Kansas City Chiefs'));
  });

  it('finds a dotted abbreviation whose last period ended the sentence', () => {
    const id = linked([
      { path: 'u/es.txt', language: 'es', text: 'El plan llega a EE.UU', mentions: [{ text: 'EE.UU', type: 'place' }] },
      { path: 'u/en.txt', text: 'The plan reaches the United States.', mentions: [{ text: 'United States', type: 'place', gazetteerId: 'geo:US' }] },
    ]);
    assert.equal(id('u/es.txt', 'EE.UU'), id('u/en.txt', 'United States'));
  });

  it('links a city by its name in each language (exonyms)', () => {
    const docs = [
      readDocument('city/de.txt', 'Die Polizei in München nahm am Montag zwei Männer fest.\n'),
      readDocument('city/it.txt', 'La polizia di Monaco di Baviera ha arrestato due uomini lunedì.\n'),
      readDocument('city/en.txt', 'Police in Munich arrested two men on Monday. Police in Vienna did not.\n'),
    ];
    const corpus = compareDocuments(docs, { storyOverrides: new Map(docs.map((d) => [d.path, 'one'])) });
    const entityOf = (path: string, text: string): string | undefined => {
      const doc = docs.find((d) => d.path === path)!;
      const i = doc.mentions.findIndex((m) => m.text === text);
      assert.ok(i >= 0, `${text} in ${path}: ${doc.mentions.map((m) => m.text).join(', ')}`);
      return corpus.entityOfMention.get(path)?.[i];
    };
    assert.equal(entityOf('city/de.txt', 'München'), entityOf('city/en.txt', 'Munich'));
    assert.equal(entityOf('city/it.txt', 'Monaco di Baviera'), entityOf('city/en.txt', 'Munich'));
    assert.notEqual(entityOf('city/en.txt', 'Vienna'), entityOf('city/en.txt', 'Munich'));
  });

  it('links two names the articles of a story define by the same acronym, unless one article defines it twice', () => {
    const docs = [
      handDoc('a/es.txt', 'es', 'El Sindicato Unido de Trabajadores del Automóvil (UAW) aceptó. La UAW firmó.', [{ text: 'Sindicato Unido de Trabajadores del Automóvil', type: 'organization' }, { text: 'UAW', type: 'organization', form: 'acronym' }, { text: 'UAW', type: 'organization', form: 'acronym' }]),
      handDoc('a/en.txt', 'en', 'The United Auto Workers (UAW) agreed.', [{ text: 'United Auto Workers', type: 'organization' }, { text: 'UAW', type: 'organization', form: 'acronym' }]),
      handDoc('a/de.txt', 'de', 'Die Neue Partei Nord (NPN) und die Nationale Partei Nord (NPN) streiten.', [{ text: 'Neue Partei Nord', type: 'organization' }, { text: 'NPN', type: 'organization', form: 'acronym' }, { text: 'Nationale Partei Nord', type: 'organization' }, { text: 'NPN', type: 'organization', form: 'acronym' }]),
      handDoc('a/nl.txt', 'nl', 'De Nieuwe Noordpartij (NPN) zweeg.', [{ text: 'Nieuwe Noordpartij', type: 'organization' }, { text: 'NPN', type: 'organization', form: 'acronym' }]),
    ];
    const at = (path: string, text: string, from = 0): number => docs.find((d) => d.path === path)!.mentions.findIndex((m, i) => i >= from && m.text === text);
    const define = (path: string, acronym: string, expansion: string, nth = 0): void => {
      const d = docs.find((x) => x.path === path)!;
      let start = -1;
      for (let k = 0; k <= nth; k++) start = d.text.indexOf(`(${acronym})`, start + 1);
      const e = d.text.lastIndexOf(expansion, start);
      d.acronyms.push({ acronym, start: start + 1, end: start + 1 + acronym.length, expansion: { start: e, end: e + expansion.length, text: expansion } });
    };
    define('a/es.txt', 'UAW', 'Sindicato Unido de Trabajadores del Automóvil');
    define('a/en.txt', 'UAW', 'United Auto Workers');
    define('a/de.txt', 'NPN', 'Neue Partei Nord');
    define('a/de.txt', 'NPN', 'Nationale Partei Nord', 1);
    define('a/nl.txt', 'NPN', 'Nieuwe Noordpartij');
    const corpus = compareDocuments(docs, { storyOverrides: new Map(docs.map((d) => [d.path, 'one'])) });
    const id = (path: string, text: string): string | undefined => corpus.entityOfMention.get(path)?.[at(path, text)];
    assert.equal(id('a/es.txt', 'Sindicato Unido de Trabajadores del Automóvil'), id('a/en.txt', 'United Auto Workers'));
    assert.equal(id('a/es.txt', 'UAW'), id('a/en.txt', 'UAW'));
    assert.notEqual(id('a/nl.txt', 'Nieuwe Noordpartij'), id('a/de.txt', 'Neue Partei Nord'));
    assert.notEqual(id('a/nl.txt', 'Nieuwe Noordpartij'), id('a/de.txt', 'Nationale Partei Nord'));
  });

  it('reads dotted legal forms and abbreviations like their undotted spelling', () => {
    assert.equal(nameKey('Fiat S.p.A.'), nameKey('Fiat'));
    assert.equal(nameKey('Philips N.V.'), nameKey('Philips NV'));
    assert.equal(nameKey('Philips N.V.'), 'philips');
    assert.equal(nameKey('U.S.'), nameKey('US'));
    assert.notEqual(nameKey('Fiat S.p.A.'), nameKey('Ferrari S.p.A.'));
    assert.equal(nameKey('Betty Ford Centre'), nameKey('Betty Ford Center'));
  });

  it('gives a capitalised ministry named without a country, in a language of one state, that state', () => {
    const id = linked([
      { path: 'm/da.txt', language: 'da', text: 'Udenrigsministeriet oplyser, at 180 danskere var om bord.', mentions: [{ text: 'Udenrigsministeriet', type: 'organization', form: 'description' }] },
      { path: 'm/sv.txt', language: 'sv', text: 'Utrikesdepartementet uppger att 95 svenskar fanns ombord.', mentions: [{ text: 'Utrikesdepartementet', type: 'organization', form: 'description' }] },
      { path: 'm/en.txt', text: "Denmark's foreign ministry said 180 Danes were aboard.", mentions: [{ text: "Denmark's foreign ministry", type: 'organization', form: 'description', gazetteerId: 'gov:DK:foreign-ministry' }] },
    ]);
    assert.notEqual(id('m/sv.txt', 'Utrikesdepartementet'), id('m/da.txt', 'Udenrigsministeriet'));
    assert.equal(id('m/da.txt', 'Udenrigsministeriet'), id('m/en.txt', "Denmark's foreign ministry"));
  });

  it('leaves a lowercase ministry after a foreign country\'s adjective to the story\'s named body', () => {
    const id = linked([
      { path: 'q/da.txt', language: 'da', text: 'Det albanske indenrigsministerium oplyste det.', mentions: [{ text: 'indenrigsministerium', type: 'organization', form: 'description' }] },
      { path: 'q/en.txt', text: "Albania's interior ministry announced it.", mentions: [{ text: "Albania's interior ministry", type: 'organization', form: 'description', gazetteerId: 'gov:AL:interior-ministry' }] },
    ]);
    assert.equal(id('q/da.txt', 'indenrigsministerium'), id('q/en.txt', "Albania's interior ministry"));
  });

  it('gives a body named by its national name ("State Department", "Auswärtiges Amt") its country', () => {
    const id = linked([
      { path: 's/en.txt', text: 'The State Department said so. The Foreign Office agreed.', mentions: [{ text: 'State Department', type: 'organization' }, { text: 'Foreign Office', type: 'organization' }] },
      { path: 's/da.txt', language: 'da', text: 'Det amerikanske udenrigsministerium bekræfter. Det britiske udenrigsministerium også.', mentions: [{ text: 'amerikanske udenrigsministerium', type: 'organization', form: 'description', gazetteerId: 'gov:US:foreign-ministry' }, { text: 'britiske udenrigsministerium', type: 'organization', form: 'description', gazetteerId: 'gov:GB:foreign-ministry' }] },
      { path: 's/de.txt', language: 'de', text: 'Das Auswärtige Amt schweigt.', mentions: [{ text: 'Auswärtige Amt', type: 'organization' }] },
    ]);
    assert.equal(id('s/en.txt', 'State Department'), id('s/da.txt', 'amerikanske udenrigsministerium'));
    assert.equal(id('s/en.txt', 'Foreign Office'), id('s/da.txt', 'britiske udenrigsministerium'));
    assert.notEqual(id('s/de.txt', 'Auswärtige Amt'), id('s/en.txt', 'State Department'));
    assert.notEqual(id('s/de.txt', 'Auswärtige Amt'), id('s/en.txt', 'Foreign Office'));
  });

  it('takes the country of a known adjective right before a ministry', () => {
    const id = linked([
      { path: 'r/da.txt', language: 'da', text: 'Det russiske Udenrigsministerium oplyste det.', mentions: [{ text: 'Udenrigsministerium', type: 'organization' }] },
      { path: 'r/en.txt', text: "Russia's foreign ministry said so. Denmark's foreign ministry did not.", mentions: [{ text: "Russia's foreign ministry", type: 'organization', form: 'description', gazetteerId: 'gov:RU:foreign-ministry' }, { text: "Denmark's foreign ministry", type: 'organization', form: 'description', gazetteerId: 'gov:DK:foreign-ministry' }] },
    ]);
    assert.equal(id('r/da.txt', 'Udenrigsministerium'), id('r/en.txt', "Russia's foreign ministry"));
    assert.notEqual(id('r/da.txt', 'Udenrigsministerium'), id('r/en.txt', "Denmark's foreign ministry"));
  });
});
