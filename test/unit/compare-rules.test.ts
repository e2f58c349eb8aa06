// The comparing layer's rules on hand-built analyses: lexicon matching (Danish morphology),
// tolerance of figures and dates, story grouping and overrides, finding rules and fingerprints.
import * as assert from 'node:assert/strict';
import { compareDocuments, storyDocuments } from '../../server/src/engine/compare/compareDocuments';
import { agree, compatibleDates } from '../../server/src/engine/compare/findings/values';
import { groupStories } from '../../server/src/engine/compare/groupStories';
import { lexiconFor } from '../../server/src/engine/compare/lexicons';
import { sentenceFacts } from '../../server/src/engine/compare/sentenceFacts';
import { words } from '../../server/src/engine/compare/words';
import { handDoc } from './compare-helpers';

const conceptsOf = (language: string, sentence: string) => lexiconFor(language).concepts.match(words(sentence)).map((m) => m.value.id);

describe('compare: concept lexicon', () => {
  it('reads Danish inflection and particle verbs', () => {
    assert.ok(conceptsOf('da', 'Rusland trækker sig fra organisationen').includes('leave'));
    assert.ok(conceptsOf('da', 'Grækenland trak sig midlertidigt').includes('leave'));
    assert.ok(conceptsOf('da', 'I 1967 trak Grækenland sig').includes('leave'), 'a subject between verb and particle');
    assert.ok(conceptsOf('da', 'de blev udvist').includes('expel'));
    assert.ok(conceptsOf('da', 'at udvise Rusland').includes('expel'));
    assert.ok(conceptsOf('da', 'Rusland har meddelt generalsekretæren').includes('inform'));
  });

  it('reads "the first X in the history of" as a first-ever claim, and the installing of a council as taking office', () => {
    const firstEver = (lang: string, text: string) => sentenceFacts(handDoc('h/a.txt', lang, text))[0].firstEver;
    assert.ok(firstEver('en', 'It is the first strike in the 60-year history of the port.'));
    assert.ok(firstEver('de', 'Es ist der erste Streik in der Geschichte des Hafens.'));
    assert.ok(firstEver('fr', "C'est la première grève de l'histoire du port."));
    assert.ok(!firstEver('en', 'The first strike in the port lasted a week, the history society said.'));
    assert.ok(conceptsOf('nl', 'De nieuwe gemeenteraad wordt op 4 januari geïnstalleerd').includes('take-office'));
    assert.ok(conceptsOf('fr', 'Le nouveau conseil communal sera installé le 11 janvier').includes('take-office'));
  });

  it('knows the same events in other languages', () => {
    assert.ok(conceptsOf('de', 'Das Land ist aus dem Rat ausgetreten').includes('leave'));
    assert.ok(conceptsOf('sv', 'Landet uteslöts ur rådet').includes('expel'));
    assert.ok(conceptsOf('nl', 'Er werden 40 mensen gedood').includes('kill'));
    assert.ok(conceptsOf('es', 'Rusia fue expulsada del Consejo').includes('expel'));
    assert.ok(conceptsOf('fr', 'La Russie quitte le Conseil').includes('leave'));
  });

  it('does not read "dødsstraf" (death penalty) as deaths or "vind" (wind) as winning', () => {
    assert.deepEqual(conceptsOf('da', 'genindføre dødsstraf'), []);
    assert.deepEqual(conceptsOf('da', 'en kraftig vind'), []);
  });
});

describe('compare: figures and dates', () => {
  it('lets bounds, approximations and rounding agree', () => {
    assert.ok(agree({ amount: 40, bound: 'lower' }, { amount: 43, bound: 'exact' }), '"more than 40" agrees with 43');
    assert.ok(agree({ amount: 25, bound: 'exact', key: 'duration:Y' }, { amount: 26, bound: 'exact', key: 'duration:Y' }), 'a quarter-century and 26 years');
    assert.ok(agree({ amount: 1200, bound: 'exact' }, { amount: 1234, bound: 'exact' }), '1,200 is a rounding of 1,234');
    assert.ok(agree({ amount: 10000, bound: 'approx', magnitude: true }, { amount: 30000, bound: 'exact' }), '"tens of thousands" and 30,000');
    assert.ok(agree({ amount: 50, bound: 'upper' }, { amount: 48, bound: 'exact' }), '"nearly 50" and 48');
  });

  it('keeps different figures apart', () => {
    assert.ok(!agree({ amount: 62, bound: 'exact' }, { amount: 38, bound: 'exact' }));
    assert.ok(!agree({ amount: 60, bound: 'lower' }, { amount: 38, bound: 'exact' }), '"more than 60" against 38');
    assert.ok(!agree({ amount: 1200, bound: 'exact' }, { amount: 1500, bound: 'exact' }));
    assert.ok(!agree({ amount: 40, bound: 'exact' }, { amount: 43, bound: 'exact' }), 'small exact counts are not rounded');
  });

  it('compares dates only on the parts both give', () => {
    assert.ok(compatibleDates('XXXX-02', 'XXXX-02-24'), '"in February" and "24 February"');
    assert.ok(compatibleDates('196X', '1967'), 'a decade and a year in it');
    assert.ok(!compatibleDates('XXXX-03-12', 'XXXX-03-14'));
    assert.ok(!compatibleDates('XXXX-03-01', 'XXXX-04-01'));
    assert.ok(!compatibleDates('1996', '2019'));
  });
});

describe('compare: stories', () => {
  const quakeEn = handDoc('a/quake-en.txt', 'en', 'An earthquake struck Albania near Durrës.\nRescuers searched in Durrës.', [
    { text: 'Albania', type: 'place', gazetteerId: 'geo:AL' }, { text: 'Durrës', type: 'place' }, { text: 'Durrës', type: 'place' },
  ]);
  const quakeDa = handDoc('a/quake-da.txt', 'da', 'Et jordskælv ramte Albanien ved Durrës.\nRedningsfolk ledte i Durrës.', [
    { text: 'Albanien', type: 'place', gazetteerId: 'geo:AL' }, { text: 'Durrës', type: 'place' }, { text: 'Durrës', type: 'place' },
  ]);
  const vote = handDoc('a/vote.txt', 'en', 'Alexander Stubb won the election in Finland.\nStubb thanked voters in Helsinki.', [
    { text: 'Alexander Stubb', type: 'person' }, { text: 'Finland', type: 'place', gazetteerId: 'geo:FI' }, { text: 'Stubb', type: 'person' }, { text: 'Helsinki', type: 'place' },
  ]);
  const vote2 = handDoc('a/vote2.txt', 'en', 'Finland elected Alexander Stubb.\nStubb spoke in Helsinki.', [
    { text: 'Finland', type: 'place', gazetteerId: 'geo:FI' }, { text: 'Alexander Stubb', type: 'person' }, { text: 'Stubb', type: 'person' }, { text: 'Helsinki', type: 'place' },
  ]);

  it('groups documents by shared rare entities, across languages', () => {
    const corpus = compareDocuments([vote, quakeDa, quakeEn, vote2]);
    assert.equal(corpus.stories.length, 2);
    assert.equal(corpus.storyOf.get('a/quake-en.txt'), corpus.storyOf.get('a/quake-da.txt'));
    assert.equal(corpus.storyOf.get('a/vote.txt'), corpus.storyOf.get('a/vote2.txt'));
    assert.notEqual(corpus.storyOf.get('a/vote.txt'), corpus.storyOf.get('a/quake-en.txt'));
    assert.deepEqual(storyDocuments(corpus, 'a/quake-da.txt').map((d) => d.path), ['a/quake-da.txt', 'a/quake-en.txt']);
  });

  it('lets story overrides and front matter win over automatic grouping', () => {
    const withFrontMatter = { ...vote2, frontMatter: { story: 'quake' } };
    const corpus = compareDocuments([vote, quakeDa, quakeEn, withFrontMatter], { storyOverrides: new Map([['a/quake-en.txt', 'quake'], ['a/quake-da.txt', 'quake']]) });
    const quake = corpus.stories.find((s) => s.label === 'quake');
    assert.deepEqual(quake?.documents, ['a/quake-da.txt', 'a/quake-en.txt', 'a/vote2.txt']);
    assert.notEqual(corpus.storyOf.get('a/vote.txt'), quake?.id);
  });

  it('groups 10,000 documents in seconds (inverted index, no all-pairs loop)', function () {
    this.timeout(20000);
    const n = 10000;
    const feats = Array.from({ length: n }, (_, i) => {
      const story = Math.floor(i / 5);
      return new Map<string, number>([[`entity:${story}`, 3], [`place:${story % 300}`, 1], [`date:${story % 97}`, 1], ['country:common', 2]]);
    });
    const docs = feats.map((_, i) => handDoc(`d/${String(i).padStart(5, '0')}.txt`, 'en', 'x'));
    const index = new Map(docs.map((d, i) => [d, i]));
    const t0 = Date.now();
    const { stories } = groupStories(docs, (d) => feats[index.get(d)!], () => 'story');
    const ms = Date.now() - t0;
    assert.equal(stories.length, n / 5);
    assert.ok(ms < 5000, `took ${ms} ms`);
  });
});

describe('compare: linking', () => {
  it('links short person names, acronym definitions and diacritic variants; keeps confusables apart', () => {
    const a = handDoc('s/a.txt', 'en', 'Vladimir Putin called Charles Michel of the European Council.\nThe Council of Europe (COE) met.\nMarija Pejčinović Burić spoke.', [
      { text: 'Vladimir Putin', type: 'person' }, { text: 'Charles Michel', type: 'person' }, { text: 'European Council', type: 'organization', gazetteerId: 'org:european-council' },
      { text: 'Council of Europe', type: 'organization', gazetteerId: 'org:council-of-europe' }, { text: 'COE', type: 'organization', form: 'acronym' }, { text: 'Marija Pejčinović Burić', type: 'person' },
    ], [], { acronyms: [] });
    const coeStart = a.text.indexOf('Council of Europe');
    a.acronyms = [{ start: a.text.indexOf('COE'), end: a.text.indexOf('COE') + 3, acronym: 'COE', expansion: { start: coeStart, end: coeStart + 17, text: 'Council of Europe' } }];
    const b = handDoc('s/b.txt', 'da', 'Putin talte med Michel.\nEuroparådet og Marija Pejcinovic Buric.', [
      { text: 'Putin', type: 'person' }, { text: 'Michel', type: 'person' }, { text: 'Europarådet', type: 'organization', gazetteerId: 'org:council-of-europe' }, { text: 'Marija Pejcinovic Buric', type: 'person' },
    ]);
    const corpus = compareDocuments([a, b], { storyOverrides: new Map([['s/a.txt', 'x'], ['s/b.txt', 'x']]) });
    const id = (path: string, text: string) => {
      const doc = path === 's/a.txt' ? a : b;
      return corpus.entityOfMention.get(path)?.[doc.mentions.findIndex((m) => m.text === text)];
    };
    assert.equal(id('s/b.txt', 'Putin'), id('s/a.txt', 'Vladimir Putin'));
    assert.equal(id('s/b.txt', 'Michel'), id('s/a.txt', 'Charles Michel'));
    assert.equal(id('s/a.txt', 'COE'), id('s/b.txt', 'Europarådet'));
    assert.equal(id('s/a.txt', 'Marija Pejčinović Burić'), id('s/b.txt', 'Marija Pejcinovic Buric'));
    assert.notEqual(id('s/a.txt', 'European Council'), id('s/a.txt', 'Council of Europe'));
  });
});

describe('compare: finding rules', () => {
  const opts = { storyOverrides: new Map([['n/a.txt', 'n'], ['n/b.txt', 'n'], ['n/c.txt', 'other']]) };

  it('finds a negation conflict and gives it a fingerprint that survives reordering and unrelated edits', () => {
    const a = handDoc('n/a.txt', 'en', 'Police arrested the owner of Hotel Adriatik in Durrës.', [{ text: 'Hotel Adriatik', type: 'organization' }, { text: 'Durrës', type: 'place' }]);
    const b = handDoc('n/b.txt', 'de', 'Der Besitzer von Hotel Adriatik in Durrës wurde nicht festgenommen.', [{ text: 'Hotel Adriatik', type: 'organization' }, { text: 'Durrës', type: 'place' }]);
    const c = handDoc('n/c.txt', 'en', 'An unrelated note about Hotel Adriatik.', [{ text: 'Hotel Adriatik', type: 'organization' }]);
    const first = compareDocuments([a, b, c], opts).findings.filter((f) => f.kind === 'conflict');
    assert.deepEqual(first.map((f) => [f.type, f.primary.path]).sort(), [['negation', 'n/a.txt'], ['negation', 'n/b.txt']]);
    assert.match(first.find((f) => f.primary.path === 'n/b.txt')!.message, /denies/);
    const c2 = handDoc('n/c.txt', 'en', 'An unrelated and longer note about Hotel Adriatik, edited.', [{ text: 'Hotel Adriatik', type: 'organization' }]);
    const again = compareDocuments([c2, b, a], opts).findings.filter((f) => f.kind === 'conflict');
    assert.deepEqual(again.map((f) => f.fingerprint).sort(), first.map((f) => f.fingerprint).sort());
    // The same folder opened under another name (a relative vs an absolute path).
    const moved = [a, b, c].map((d) => ({ ...d, path: `/abs/${d.path}` }));
    const movedOpts = { storyOverrides: new Map([...opts.storyOverrides].map(([k, v]) => [`/abs/${k}`, v])) };
    const elsewhere = compareDocuments(moved, movedOpts).findings.filter((f) => f.kind === 'conflict');
    assert.deepEqual(elsewhere.map((f) => f.fingerprint).sort(), first.map((f) => f.fingerprint).sort());
  });

  it('a participant word is not the named subject of a negation: "Police arrested X" meets "X was not arrested", not "Soldiers did not arrest X"', () => {
    const ents = [{ text: 'Hotel Adriatik', type: 'organization' as const }, { text: 'Durrës', type: 'place' as const }];
    const participantDoc = (path: string, text: string, word: string) => {
      const d = handDoc(path, 'en', text, [{ text: word, type: 'person' }, ...ents]);
      d.mentions[0].participant = true;
      return d;
    };
    const a = participantDoc('n/a.txt', 'Police arrested the owner of Hotel Adriatik in Durrës.', 'Police');
    const passive = handDoc('n/b.txt', 'en', 'The owner of Hotel Adriatik in Durrës was not arrested.', ents);
    const found = compareDocuments([a, passive], opts).findings.filter((f) => f.kind === 'conflict');
    assert.deepEqual(found.map((f) => f.type), ['negation', 'negation']);
    const others = participantDoc('n/b.txt', 'Soldiers did not arrest the owner of Hotel Adriatik in Durrës.', 'Soldiers');
    assert.equal(compareDocuments([a, others], opts).findings.filter((f) => f.kind === 'conflict').length, 0);
  });

  it('a negation before a preposition denies the governing word, not the event noun after it: "not affected by the strike" agrees with "berörs inte av strejken"', () => {
    const o = { storyOverrides: new Map([['p/a.txt', 'p'], ['p/b.txt', 'p']]) };
    const ents = [{ text: 'Anders Berg', type: 'person' as const }];
    const a = handDoc('p/a.txt', 'en', 'Emergency care is not affected by the strike, Anders Berg said.', ents);
    const b = handDoc('p/b.txt', 'sv', 'Akutmottagningen berörs inte av strejken, säger Anders Berg.', ents);
    assert.equal(compareDocuments([a, b], o).findings.filter((f) => f.kind === 'conflict').length, 0);
    // Without the preposition the negation still reaches the event.
    const words = (lang: string, text: string) => handDoc('p/c.txt', lang, text);
    const negatedStrike = (lang: string, text: string) => sentenceFacts(words(lang, text))[0].concepts.find((c) => c.concept.id === 'strike')?.negated;
    assert.equal(negatedStrike('sv', 'Sjuksköterskorna berörs inte av strejken.'), false);
    assert.equal(negatedStrike('de', 'Die Notaufnahme ist nicht vom Streik betroffen.'), false);
    assert.equal(negatedStrike('de', 'Die Notaufnahme ist vom Streik nicht betroffen.'), false, 'a negation after the noun of a prepositional phrase');
    assert.equal(negatedStrike('da', 'Skadestuen er af strejken ikke berørt.'), false);
    assert.equal(negatedStrike('en', 'The nurses did not strike.'), true);
    assert.equal(negatedStrike('sv', 'Sjuksköterskorna strejkar inte.'), true);
  });

  it('reads a request as an event a source may deny, and reaches a Dutch or German sentence-final participle from a negation farther back', () => {
    const o = { storyOverrides: new Map([['q/a.txt', 'q'], ['q/b.txt', 'q'], ['q/c.txt', 'q']]) };
    const ents = [{ text: 'Nordhavn Shipping', type: 'organization' as const }];
    const en = handDoc('q/a.txt', 'en', 'Nordhavn Shipping has asked for state aid, its chairman said.', ents);
    const nl = handDoc('q/b.txt', 'nl', 'Nordhavn Shipping heeft niet om staatssteun gevraagd.', ents);
    const de = handDoc('q/c.txt', 'de', 'Nordhavn Shipping hat keine Staatshilfe beantragt.', ents);
    const types = (docs: ReturnType<typeof handDoc>[]) => compareDocuments(docs, o).findings.filter((f) => f.kind === 'conflict').map((f) => f.type);
    assert.deepEqual(types([en, nl]), ['negation', 'negation']);
    assert.deepEqual(types([en, de]), ['negation', 'negation']);
    assert.deepEqual(types([nl, de]), [], 'two denials agree');
    const negatedRequest = (lang: string, text: string) => sentenceFacts(handDoc('q/d.txt', lang, text))[0].concepts.find((c) => c.concept.id === 'request')?.negated;
    assert.equal(negatedRequest('nl', 'Het bedrijf heeft niet om staatssteun gevraagd.'), true);
    assert.equal(negatedRequest('en', 'The company has not said whether it will stay, and then asked for state aid.'), false);
  });

  it('reads recommending as an event a source may deny', () => {
    const o = { storyOverrides: new Map([['r/a.txt', 'r'], ['r/b.txt', 'r']]) };
    const ents = [{ text: 'Halvgaard', type: 'organization' as const }];
    const en = handDoc('r/a.txt', 'en', 'The board of Halvgaard has not recommended the offer.', ents);
    const nl = handDoc('r/b.txt', 'nl', 'Het bestuur van Halvgaard adviseert de aandeelhouders het bod te aanvaarden.', ents);
    const da = handDoc('r/b.txt', 'da', 'Bestyrelsen i Halvgaard anbefaler aktionærerne at tage imod buddet.', ents);
    const types = (docs: ReturnType<typeof handDoc>[]) => compareDocuments(docs, o).findings.filter((f) => f.kind === 'conflict').map((f) => f.type);
    assert.deepEqual(types([en, nl]), ['negation', 'negation']);
    assert.deepEqual(types([en, da]), ['negation', 'negation']);
  });

  it('compares death tolls, but not against a hypothetical figure', () => {
    const o = { storyOverrides: new Map([['t/a.txt', 't'], ['t/b.txt', 't']]) };
    const a = handDoc('t/a.txt', 'en', '40 people were killed in Durrës.', [{ text: 'Durrës', type: 'place' }], [{ text: '40', kind: 'number', normalized: '40' }]);
    const b = handDoc('t/b.txt', 'en', '62 people were killed in Durrës.', [{ text: 'Durrës', type: 'place' }], [{ text: '62', kind: 'number', normalized: '62' }]);
    const maybe = handDoc('t/b.txt', 'en', 'The quake could have killed 62 people in Durrës.', [{ text: 'Durrës', type: 'place' }], [{ text: '62', kind: 'number', normalized: '62' }]);
    assert.deepEqual(compareDocuments([a, b], o).findings.filter((f) => f.kind === 'conflict').map((f) => f.type), ['numeric', 'numeric']);
    assert.equal(compareDocuments([a, maybe], o).findings.filter((f) => f.kind === 'conflict').length, 0);
  });

  it('does not compare across stories, nor find anything in a story of one source', () => {
    const a = handDoc('n/a.txt', 'en', 'Police arrested the owner of Hotel Adriatik in Durrës.', [{ text: 'Hotel Adriatik', type: 'organization' }, { text: 'Durrës', type: 'place' }]);
    const c = handDoc('n/c.txt', 'de', 'Der Besitzer von Hotel Adriatik in Durrës wurde nicht festgenommen.', [{ text: 'Hotel Adriatik', type: 'organization' }, { text: 'Durrës', type: 'place' }]);
    const corpus = compareDocuments([a, c], opts);
    assert.equal(corpus.findings.length, 0);
  });

  it('flags an acronym introduced for two bodies in one article', () => {
    const text = 'Party A of Finland (NCP) and the National Centre Party (NCP) disagreed.';
    const d = handDoc('n/a.txt', 'en', text, [{ text: 'Party A of Finland', type: 'organization' }, { text: 'NCP', type: 'organization', form: 'acronym' }, { text: 'National Centre Party', type: 'organization' }, { text: 'NCP', type: 'organization', form: 'acronym' }]);
    const first = text.indexOf('NCP');
    const second = text.indexOf('NCP', first + 1);
    d.acronyms = [
      { start: first, end: first + 3, acronym: 'NCP', expansion: { start: 0, end: 18, text: 'Party A of Finland' } },
      { start: second, end: second + 3, acronym: 'NCP', expansion: { start: text.indexOf('National'), end: text.indexOf('National') + 21, text: 'National Centre Party' } },
    ];
    const findings = compareDocuments([d]).findings;
    assert.equal(findings.length, 1);
    assert.equal(findings[0].code, 'ambiguity/acronym');
    assert.equal(findings[0].primary.start, second);
  });
});
