// Blind test 3: three stories (test/fixtures/blind3/) on kinds of events the earlier blind sets do
// not cover (a hospital strike, a food recall, an election count), written with their ground truth
// in test/fixtures/blind3/README.md and committed before the engine was first run on them.
// First run: 0 of 9 planted conflicts found, 1 false (two agreeing negations). Each planted
// conflict and each trap is a test; the misses stay skipped with their cause. After the general
// fixes found through it (negation across a preposition, "14 of the 35 seats", the people fallen
// ill as a measure, dated precedents without a shared name, requests as events): 4 of 9 found,
// 0 false.
import * as assert from 'node:assert/strict';
import type { CorpusAnalysis } from '../../server/src/engine/types';
import { analyse, blindSet } from './blind-helpers';

const { paths: blindPaths, short, conflicts, found, onTraps, unplanted } = blindSet('blind3');

describe('blind stories 3 (ground truth in test/fixtures/blind3/README.md)', function () {
  this.timeout(30000);
  let corpus: CorpusAnalysis;
  before(() => {
    corpus = analyse(blindPaths());
  });
  const none = (story: string, traps: string[]) => () => assert.deepEqual(onTraps(corpus, story, traps), []);

  it('puts the election and the recall articles each in one story', () => {
    const groups = corpus.stories.map((s) => s.documents.map(short).sort().join(' '));
    assert.ok(groups.includes('election/en_wire election/fr_journal election/nl_krant'), groups.join(' | '));
    assert.ok(groups.includes('recall/da_avis recall/en_wire recall/no_avis'), groups.join(' | '));
  });
  // Failed until German compound titles ("Klinikdirektor Anders Berg") were read as titles: the
  // role word stayed in the person's name, so the German article shared no person with the others.
  it('puts the three strike articles in one story', () => {
    const groups = corpus.stories.map((s) => s.documents.map(short).sort().join(' '));
    assert.ok(groups.includes('strike/de_zeitung strike/en_wire strike/sv_tidning'), groups.join(' | '));
  });

  describe('strike (en, sv, de)', () => {
    const S1 = { types: ['numeric'], passages: ['strike/de_zeitung:6', 'strike/en_wire:3', 'strike/sv_tidning:6'] };
    const S2 = { types: ['date'], passages: ['strike/de_zeitung:8', 'strike/en_wire:1', 'strike/sv_tidning:8'] };
    const S3 = { types: ['precedent'], passages: ['strike/sv_tidning:16', 'strike/en_wire:15', 'strike/de_zeitung:16'] };
    // fails now (de_zeitung is in the story since German compound titles are read as titles):
    // "nurses" / "Pflegekräfte" is no measure noun and
    // the strike word stands too far from the figure to say what it counts (findings/values.ts).
    it.skip('S1: 1,700 nurses on strike (de) vs 1,400 (en, sv) is a numeric conflict', () => {
      assert.ok(found(corpus, S1.types, 'strike/de_zeitung:6', ['strike/en_wire:3', 'strike/sv_tidning:6']));
    });
    // fails now (de_zeitung is in the story since German compound titles are read as titles):
    // compare/align.ts pairs de_zeitung:8 (strike,
    // Vårdförbundet) with sv_tidning:20, not with sv_tidning:8, so the two start dates never meet.
    it.skip('S2: the strike began on Tuesday 3 March (de) vs Monday 2 March (en, sv) is a date conflict', () => {
      assert.ok(found(corpus, S2.types, 'strike/de_zeitung:8', ['strike/en_wire:1', 'strike/sv_tidning:8']));
    });
    // Found since "the first X in the history of" is a first-ever phrase and a dated earlier case
    // with a precedent cue ("senast 1995") counts without a shared name (compare/findings/precedent.ts).
    // Only en_wire:15 is found: de_zeitung, now in the story, is not yet a side of it.
    it('S3: the nurses last struck in 1995 (sv) vs the first strike in the hospital\'s history (en, de) is a precedent conflict', () => {
      assert.ok(found(corpus, S3.types, 'strike/sv_tidning:16', ['strike/en_wire:15', 'strike/de_zeitung:16']), conflicts(corpus, 'strike').map((f) => f.message).join('\n'));
    });
    it('T1: the union\'s morning figure of 900 is no conflict', none('strike', ['strike/en_wire:5']));
    it('T2: 312 operations vs about 300 is no conflict', none('strike', ['strike/en_wire:7', 'strike/sv_tidning:10', 'strike/de_zeitung:10']));
    it('T3: 3.2 % offered vs 4.5 % demanded is no conflict', none('strike', ['strike/en_wire:17', 'strike/sv_tidning:18', 'strike/de_zeitung:18']));
    it('T4: ages and durations of different people and things are no conflict', none('strike', ['strike/en_wire:11', 'strike/sv_tidning:14', 'strike/en_wire:13']));
    it('T5/T6: the translated quote and the agreeing negations are no conflict', none('strike', ['strike/en_wire:9', 'strike/sv_tidning:12', 'strike/de_zeitung:12', 'strike/de_zeitung:14']));
    it('T7/T8: another place\'s earlier strike and a first within a period are no precedent conflict', none('strike', ['strike/de_zeitung:20', 'strike/sv_tidning:20']));
    it('T9: talks on Thursday are no date conflict', none('strike', ['strike/en_wire:19', 'strike/sv_tidning:22', 'strike/de_zeitung:22']));
    it('reports no conflict beyond the planted ones', () => {
      assert.deepEqual(unplanted(corpus, 'strike', [S1, S2, S3]), []);
    });
  });

  describe('recall (da, en, no)', () => {
    const R1 = { types: ['numeric'], passages: ['recall/en_wire:3', 'recall/da_avis:8', 'recall/no_avis:8'] };
    const R2 = { types: ['attribution', 'quote'], passages: ['recall/no_avis:12', 'recall/da_avis:16', 'recall/en_wire:11'] };
    const R3 = { types: ['negation'], passages: ['recall/da_avis:20', 'recall/en_wire:9'] };
    // Found since the people fallen ill are a measure of record (lexicon/measureNouns.ts) and "and
    // three have been admitted" no longer counts as fallen ill.
    it('R1: seventeen ill (en) vs eleven (da, no) is a numeric conflict', () => {
      assert.ok(found(corpus, R1.types, 'recall/en_wire:3', ['recall/da_avis:8', 'recall/no_avis:8']), conflicts(corpus, 'recall').map((f) => f.message).join('\n'));
    });
    // fails now: no_avis:12 shares no name or figure with da_avis:16 / en_wire:11 (other speaker,
    // no age) and compare/align.ts does not compare quotations by their words across languages, so
    // the Norwegian quote is never aligned with the other two.
    it.skip('R2: the quote credited to Kari Nordby (no) vs Jens Thygesen (da, en) is an attribution conflict', () => {
      assert.ok(found(corpus, R2.types, 'recall/no_avis:12', ['recall/da_avis:16', 'recall/en_wire:11']));
    });
    // fails now: finding something (listeria at a plant) is no event concept in
    // lexicon/eventConcepts.ts; adding "find/detect" in every language was tried and dropped: it
    // did not find R3 (the subjects "Fødevarestyrelsens inspektører" / "Inspectors from the Danish
    // Veterinary and Food Administration" are not linked) and it lost a true ECB+ date conflict.
    it.skip('R3: inspectors have not found listeria at the plant (da) vs found it (en) is a negation conflict', () => {
      assert.ok(found(corpus, R3.types, 'recall/da_avis:20', ['recall/en_wire:9']));
    });
    it('T1: the recall widened from two to five batches is no conflict', none('recall', ['recall/da_avis:12', 'recall/en_wire:5']));
    it('T2: about 40 tonnes vs 38 tonnes is no conflict', none('recall', ['recall/da_avis:14', 'recall/no_avis:16', 'recall/en_wire:7']));
    it('T3: 230 employees vs 410 million crowns is no conflict', none('recall', ['recall/en_wire:19', 'recall/no_avis:20']));
    it('T4/T5: the man of 78 vs the chief executive of 49, and the translated quote, are no conflict', none('recall', ['recall/da_avis:10', 'recall/en_wire:15']));
    it('T6: the agreeing negations are no conflict', none('recall', ['recall/da_avis:18', 'recall/en_wire:13']));
    it('T7: no Norwegians ill is no conflict with eleven ill in Denmark', none('recall', ['recall/no_avis:10']));
    it('T8/T9: the third warning since 2020 and the 2021 recall are no conflict', none('recall', ['recall/no_avis:18', 'recall/da_avis:22']));
    it('reports no conflict beyond the planted ones', () => {
      assert.deepEqual(unplanted(corpus, 'recall', [R1, R2, R3]), []);
    });
  });

  describe('election (en, nl, fr)', () => {
    const E1 = { types: ['numeric'], passages: ['election/fr_journal:6', 'election/en_wire:1', 'election/nl_krant:6'] };
    const E2 = { types: ['negation'], passages: ['election/nl_krant:16', 'election/en_wire:13', 'election/fr_journal:14'] };
    const E3 = { types: ['date'], passages: ['election/fr_journal:16', 'election/en_wire:15', 'election/nl_krant:18'] };
    // Found since "14 of the 35 seats" reads 14 as a part of the 35 (compare/findings/values.ts).
    it('E1: 16 seats (fr) vs 14 seats (en, nl) is a numeric conflict', () => {
      assert.ok(found(corpus, E1.types, 'election/fr_journal:6', ['election/en_wire:1', 'election/nl_krant:6']), conflicts(corpus, 'election').map((f) => f.message).join('\n'));
    });
    // Found since a request ("asked for", "gevraagd", "a demandé") is an event concept of its own
    // (the "demand" concept is of the speech family, which negation.ts skips).
    it('E2: no recount asked for (nl) vs a recount asked for (en, fr) is a negation conflict', () => {
      assert.ok(found(corpus, E2.types, 'election/nl_krant:16', ['election/en_wire:13', 'election/fr_journal:14']));
    });
    // fails now: "sworn in" / "geïnstalleerd" / "installé" now all take office and en_wire:15 /
    // nl_krant:18 align, but fr_journal:16 shares only that concept with them (no name; the date is
    // the disputed slot), too little for compare/align.ts to join it.
    it.skip('E3: the council sworn in on 11 January (fr) vs January 4 (en, nl) is a date conflict', () => {
      assert.ok(found(corpus, E3.types, 'election/fr_journal:16', ['election/en_wire:15', 'election/nl_krant:18']));
    });
    it('T1: the preliminary 13 seats are no conflict', none('election', ['election/en_wire:3', 'election/nl_krant:8']));
    it('T2: about 88 % vs 88,3 % is no conflict', none('election', ['election/en_wire:7', 'election/nl_krant:12', 'election/fr_journal:10']));
    it('T3/T4: the other parties\' seats and the 2024 results are no conflict', none('election', ['election/en_wire:5', 'election/nl_krant:10', 'election/fr_journal:8', 'election/en_wire:19', 'election/nl_krant:22', 'election/fr_journal:22', 'election/fr_journal:20']));
    it('T5/T6: ages of different people and the translated quote are no conflict', none('election', ['election/en_wire:9', 'election/en_wire:17', 'election/nl_krant:14', 'election/fr_journal:12', 'election/en_wire:11']));
    it('T7: the agreeing negations are no conflict', none('election', ['election/nl_krant:24', 'election/fr_journal:18']));
    it('T8: firsts of different things are no precedent conflict', none('election', ['election/nl_krant:20']));
    it('reports no conflict beyond the planted ones', () => {
      assert.deepEqual(unplanted(corpus, 'election', [E1, E2, E3]), []);
    });
  });
});
