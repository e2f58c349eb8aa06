// Evidence against "same story" and "same event": average-link grouping that does not chain two
// events through shared generic features, the far-apart-years veto, and the gate that keeps a fact
// conflict only between two articles that are the same event on their own evidence.
import { strict as assert } from 'node:assert';
import type { NewFinding } from '../../server/src/engine/compare/findings/context';
import { keepSameEventConflicts } from '../../server/src/engine/compare/findings/pairEvidence';
import { groupStories } from '../../server/src/engine/compare/groupStories';
import { compareDocuments } from '../../server/src/engine/compare/compareDocuments';
import { handDoc } from './compare-helpers';

function group(features: Map<string, number>[]) {
  const docs = features.map((_, i) => handDoc(`g/${i}.txt`, 'en', 'x'));
  const index = new Map(docs.map((d, i) => [d, i]));
  const { storyOf } = groupStories(docs, (d) => features[index.get(d)!], () => 'story');
  return docs.map((d) => storyOf.get(d.path));
}

describe('compare: story grouping against evidence', () => {
  it('does not chain two events through one article that shares a little with each', () => {
    // Two pairs of articles about two different games of one team; a fifth article mentions both
    // games in passing. Single link would make one story of all five.
    const team = ['team:lions', 2] as const;
    const gameA = (): Map<string, number> => new Map([team, ['person:smith', 3], ['place:arena-a', 2], ['date:2008-10-01', 1], ['number:31', 1]]);
    const gameB = (): Map<string, number> => new Map([team, ['person:jones', 3], ['place:arena-b', 2], ['date:2008-11-09', 1], ['number:17', 1]]);
    const bridge = new Map<string, number>([team, ['person:smith', 1], ['place:arena-a', 1], ['person:jones', 1], ['place:arena-b', 1], ['other:x', 4]]);
    const noise = Array.from({ length: 20 }, (_, i) => new Map<string, number>([[`noise:${i}`, 1], [`noise2:${i}`, 1]]));
    const s = group([gameA(), gameA(), gameB(), gameB(), bridge, ...noise]);
    assert.equal(s[0], s[1]);
    assert.equal(s[2], s[3]);
    assert.notEqual(s[0], s[2]);
  });

  it('keeps apart two articles that date their events to years far apart, whatever else they share', () => {
    const base = (date: string): Map<string, number> => new Map([['person:felt', 3], ['org:fbi', 2], ['concept:reveal', 1], [date, 1]]);
    const noise = Array.from({ length: 20 }, (_, i) => new Map<string, number>([[`noise:${i}`, 1], [`noise2:${i}`, 1]]));
    const s = group([base('date:2005-05-31'), base('date:2008-12-18'), base('date:2005-06-01'), ...noise]);
    assert.equal(s[0], s[2]);
    assert.notEqual(s[0], s[1]);
  });
});

describe('compare: fact conflicts need the same event', () => {
  const a = handDoc('e/a.txt', 'en', 'a');
  const b = handDoc('e/b.txt', 'en', 'b');
  const conflict = (start: number, type: NewFinding['type'] = 'numeric'): NewFinding => ({
    fingerprint: `f${start}${type}`,
    kind: 'conflict',
    type,
    severity: 'warning',
    code: `conflict/${type}`,
    message: 'm',
    story: 's1',
    primary: { path: a.path, start, end: start + 1, text: 'a' },
    related: [{ path: b.path, start, end: start + 1, text: 'b' }],
  });
  const specifics = (shared: string[]) => (d: typeof a) => new Set(d === a ? ['number:5.6', 'date:2008-09-10', ...shared] : ['number:5.9', ...shared]);
  const keep = (findings: NewFinding[], shared: string[], sim: number | undefined) => keepSameEventConflicts(findings, [a, b], specifics(shared), () => sim).length;

  it('keeps a conflict between directly similar articles that agree on a specific figure', () => {
    assert.equal(keep([conflict(0)], ['number:10'], 0.3), 1);
  });
  it('drops it when they share no specific figure or date and are only moderately similar', () => {
    assert.equal(keep([conflict(0)], [], 0.3), 0);
    assert.equal(keep([conflict(0)], [], 0.5), 1);
  });
  it('drops it when the pair is similar only through the rest of its story', () => {
    assert.equal(keep([conflict(0)], ['number:10'], 0.1), 0);
  });
  it('drops the conflicts of a pair that disagrees on far more than it agrees on', () => {
    const many = [conflict(0), conflict(1), conflict(2), conflict(3, 'date')];
    assert.equal(keep(many, ['number:10'], 0.3), 0);
    assert.equal(keep(many.slice(0, 3), ['number:10'], 0.3), 3);
  });
  it('trusts stories the user grouped explicitly, and leaves other finding kinds alone', () => {
    assert.equal(keep([conflict(0)], [], undefined), 1);
    assert.equal(keep([{ ...conflict(0, 'precedent') }], [], 0.05), 1);
  });
});

describe('compare: figures that do not answer the same question', () => {
  const o = { storyOverrides: new Map([['v/a.txt', 'v'], ['v/b.txt', 'v']]) };
  const conflicts = (a: ReturnType<typeof handDoc>, b: ReturnType<typeof handDoc>) => compareDocuments([a, b], o).findings.filter((f) => f.kind === 'conflict').map((f) => f.type);
  const place = [{ text: 'Durrës', type: 'place' as const }];

  it('does not read a part of a breakdown ("two women and one man died") as the total', () => {
    const total = handDoc('v/a.txt', 'en', 'Three people died in the fire in Durrës.', place, [{ text: 'Three', kind: 'number', normalized: '3' }]);
    const parts = handDoc('v/b.txt', 'en', 'Two women and one man died in the fire in Durrës.', place, [{ text: 'Two', kind: 'number', normalized: '2' }, { text: 'one', kind: 'number', normalized: '1' }]);
    const other = handDoc('v/b.txt', 'en', 'One man died in the fire in Durrës.', place, [{ text: 'One', kind: 'number', normalized: '1' }]);
    assert.deepEqual(conflicts(total, parts), []);
    assert.deepEqual(conflicts(total, other), ['numeric', 'numeric']);
  });

  it('does not compare the toll of an earlier event the sentence dates to a month or year', () => {
    const now = handDoc('v/a.txt', 'en', 'The earthquake killed 10 people in Durrës.', place, [{ text: '10', kind: 'number', normalized: '10' }]);
    const then = handDoc('v/b.txt', 'en', 'An earthquake killed 26 people in Durrës in December 2003.', place, [{ text: '26', kind: 'number', normalized: '26' }, { text: 'December 2003', kind: 'date', normalized: '2003-12' }]);
    const sameDay = handDoc('v/b.txt', 'en', 'An earthquake killed 26 people in Durrës on 26 November.', place, [{ text: '26', kind: 'number', normalized: '26' }, { text: '26 November', kind: 'date', normalized: 'XXXX-11-26' }]);
    assert.deepEqual(conflicts(now, then), []);
    assert.deepEqual(conflicts(now, sameDay), ['numeric', 'numeric']);
  });

  it('does not count a clock reading ("with 12 seconds left") as a figure of the event', () => {
    const game = (p: string, n: string) => handDoc(p, 'en', `Smith left the game in Durrës with ${n} seconds left.`, [{ text: 'Smith', type: 'person' }, ...place], [{ text: n, kind: 'number', normalized: n }]);
    assert.deepEqual(conflicts(game('v/a.txt', '12'), game('v/b.txt', '48')), []);
  });

  it('reads "dozens" as at least a dozen and up to ten times that', () => {
    const vague = handDoc('v/a.txt', 'en', 'The quake injured dozens in Durrës.', place, [{ text: 'dozens', kind: 'number', normalized: '12', approx: true }]);
    const fifty = handDoc('v/b.txt', 'en', 'The quake injured 50 in Durrës.', place, [{ text: '50', kind: 'number', normalized: '50' }]);
    const five = handDoc('v/b.txt', 'en', 'The quake injured 5 in Durrës.', place, [{ text: '5', kind: 'number', normalized: '5' }]);
    assert.deepEqual(conflicts(vague, fifty), []);
    assert.deepEqual(conflicts(vague, five), ['numeric', 'numeric']);
  });
});

describe('compare: a denial must be about the same subject', () => {
  const o = { storyOverrides: new Map([['n/a.txt', 'n'], ['n/b.txt', 'n']]) };
  const negations = (a: ReturnType<typeof handDoc>, b: ReturnType<typeof handDoc>) => compareDocuments([a, b], o).findings.filter((f) => f.type === 'negation').length;
  const film = { text: 'Catching Fire', type: 'other' as const };
  it('does not oppose "Ross is not signed" to "Lawrence is signed", but does to "Ross is signed"', () => {
    const denied = handDoc('n/a.txt', 'en', 'Gary Ross is not signed for Catching Fire.', [{ text: 'Gary Ross', type: 'person' }, film]);
    const other = handDoc('n/b.txt', 'en', 'Jennifer Lawrence is signed for Catching Fire.', [{ text: 'Jennifer Lawrence', type: 'person' }, film]);
    const same = handDoc('n/b.txt', 'en', 'Gary Ross is signed for Catching Fire.', [{ text: 'Gary Ross', type: 'person' }, film]);
    assert.equal(negations(denied, other), 0);
    assert.equal(negations(denied, same), 2);
  });
});

describe('compare: a date conflict needs the dated event', () => {
  const o = { storyOverrides: new Map([['d/a.txt', 'd'], ['d/b.txt', 'd']]) };
  const dates = (a: ReturnType<typeof handDoc>, b: ReturnType<typeof handDoc>) => compareDocuments([a, b], o).findings.filter((f) => f.type === 'date').length;
  const nixon = [{ text: 'Richard Nixon', type: 'person' as const }];
  const doc = (path: string, text: string, year: string) => handDoc(path, 'en', text, nixon, [{ text: year, kind: 'date', normalized: year }]);
  it('compares years attached to the same event word, not years far from it in long sentences', () => {
    const near = (p: string, y: string) => doc(p, `Richard Nixon resigned in ${y}.`, y);
    const far = (p: string, y: string) => doc(p, `In ${y}, long before the hearings, the lawyers and the reporters had any idea of the whole scale of it, Richard Nixon resigned.`, y);
    assert.equal(dates(near('d/a.txt', '1974'), near('d/b.txt', '1972')), 2);
    assert.equal(dates(far('d/a.txt', '1974'), far('d/b.txt', '1972')), 0);
  });
  it('compares a day with a day, not with a month alone ("in September" is another occasion)', () => {
    const ship = [{ text: 'Sukanya', type: 'other' as const }];
    const on = (p: string, text: string, normalized: string) => handDoc(p, 'en', `Pirates attacked the Sukanya ${text}.`, ship, [{ text: text.replace(/^(on|in) /, ''), kind: 'date', normalized }]);
    assert.equal(dates(on('d/a.txt', 'on 10 November', 'XXXX-11-10'), on('d/b.txt', 'on 12 November', 'XXXX-11-12')), 2);
    assert.equal(dates(on('d/a.txt', 'on 10 November', 'XXXX-11-10'), on('d/b.txt', 'in September', 'XXXX-09')), 0);
  });
});
