// Two events of one kind in one folder: two strikes of one union at the same ports, ten months
// apart, each reported in English (wire dateline) and Danish (front-matter date). They share the
// union, the chairman, the minister, the ports and the concepts; only their dates and figures tell
// them apart. Expected reading (by hand): two stories, 2024 and 2025, each with its two languages;
// no finding relates a 2024 article to a 2025 one.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDocument } from '../../server/src/engine/read/readDocument';
import { compareDocuments } from '../../server/src/engine/compare/compareDocuments';
import { groupStories } from '../../server/src/engine/compare/groupStories';
import { differentDays, storyDates } from '../../server/src/engine/compare/storyDates';
import { handDoc } from './compare-helpers';

function repoRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'seeds')) && existsSync(join(dir, 'package.json'))) return dir;
  return process.cwd();
}
const FOLDER = join(repoRoot(), 'test', 'fixtures', 'stories', 'portstrike');
const year = (path: string) => /_(\d{4})\.txt$/.exec(path)![1];

describe('compare: two events of one kind in one folder', () => {
  const docs = readdirSync(FOLDER).map((f) => readDocument(`portstrike/${f}`, readFileSync(join(FOLDER, f), 'utf8')));

  it('reads each article\'s own date from its dateline or front matter', () => {
    for (const d of docs) assert.equal(storyDates(d).published?.slice(0, 4), year(d.path), d.path);
  });

  it('forms two stories, one per strike, each across its two languages', () => {
    const corpus = compareDocuments(docs);
    const groups = corpus.stories.map((s) => s.documents.map((p) => p.replace('portstrike/', '')).sort().join(' ')).sort();
    assert.deepEqual(groups, ['da_avis_2024.txt en_wire_2024.txt', 'da_avis_2025.txt en_wire_2025.txt']);
  });

  it('relates no 2024 article to a 2025 one in any finding', () => {
    const corpus = compareDocuments(docs);
    for (const f of corpus.findings) for (const r of f.related) assert.equal(year(r.path), year(f.primary.path), `${f.id} ${f.type}: ${f.message}`);
  });
});

describe('compare: dates as evidence against one story', () => {
  const dated = (published: string | undefined, mentioned: string[] = []) => ({ published, mentioned });

  it('separates articles dated months apart, not days apart or undated ones', () => {
    assert.equal(differentDays(dated('2024-03-04'), dated('2025-01-20')), true);
    assert.equal(differentDays(dated('2024-03-04'), dated('2024-03-06')), false);
    assert.equal(differentDays(dated('2024-03-04'), dated(undefined, ['2025-01-20'])), false);
  });

  it('keeps a follow-up that recalls the other article\'s day, or a day both recall', () => {
    // A verdict two years on that names the day of the shooting; a trial report and an anniversary piece that both recall it.
    assert.equal(differentDays(dated('2005-06-24'), dated('2007-04-04', ['2005-06-24'])), false);
    assert.equal(differentDays(dated('2010-12-07', ['XXXX-09']), dated('2012-09-10', ['2010-09-10'])), false);
    assert.equal(differentDays(dated('2010-12-07', ['XXXX-10']), dated('2012-09-10', ['2010-09-10'])), true);
  });

  it('does not let two dated reports of different events join through shared names', () => {
    const names = new Map<string, number>([['org:union', 3], ['person:chair', 2], ['place:port', 2], ['concept:strike', 2]]);
    const texts = ['Strike.\nMarch 4, 2024', 'Strike.\nMarch 5, 2024', 'Strike.\nJanuary 20, 2025', 'Strike.\nJanuary 21, 2025'];
    const iso = ['2024-03-04', '2024-03-05', '2025-01-20', '2025-01-21'];
    const docs = texts.map((t, i) => handDoc(`s/${i}.txt`, 'en', t, [], [{ text: t.split('\n')[1], kind: 'date', normalized: iso[i] }]));
    const noise = Array.from({ length: 12 }, (_, i) => handDoc(`n/${i}.txt`, 'en', 'x'));
    const feats = new Map([...docs, ...noise].map((d, i) => [d, i < 4 ? new Map(names) : new Map([[`noise:${i}`, 1], [`noise2:${i}`, 1]])]));
    const { storyOf, sameEvent } = groupStories([...docs, ...noise], (d) => feats.get(d)!, () => 'story');
    assert.equal(storyOf.get('s/0.txt'), storyOf.get('s/1.txt'));
    assert.equal(storyOf.get('s/2.txt'), storyOf.get('s/3.txt'));
    assert.notEqual(storyOf.get('s/0.txt'), storyOf.get('s/2.txt'));
    assert.equal(sameEvent('s/0.txt', 's/1.txt'), true);
  });
});
