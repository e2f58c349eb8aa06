// End to end through the real reader: the seed articles and the fixture stories in
// test/fixtures/stories/ are compared in one run, as if they lay in one folder. The expected
// findings below are written by hand from reading the stories, not copied from the output.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDocument } from '../../server/src/engine/read/readDocument';
import { compareDocuments } from '../../server/src/engine/compare/compareDocuments';
import type { CorpusAnalysis, Finding } from '../../server/src/engine/types';

/** The repository root: the nearest folder above this test holding seeds/ (mocha runs from it too). */
function repoRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'seeds')) && existsSync(join(dir, 'package.json'))) return dir;
  return process.cwd();
}
const ROOT = repoRoot();
const STORIES = join(ROOT, 'test', 'fixtures', 'stories');

function load(): CorpusAnalysis {
  const paths = [
    ...readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => `seeds/${f}`),
    ...readdirSync(STORIES).flatMap((s) => readdirSync(join(STORIES, s)).map((f) => `test/fixtures/stories/${s}/${f}`)),
  ];
  return compareDocuments(paths.map((p) => readDocument(p, readFileSync(join(ROOT, p), 'utf8'))));
}

const short = (path: string) => path.replace(/^.*\/(seeds|stories)\//, '').replace(/^seeds\//, '').replace(/_[0-9a-f]{16}\.txt$/, '').replace(/\.txt$/, '');
function lineOf(corpus: CorpusAnalysis, path: string, offset: number): number {
  const text = corpus.documents.find((d) => d.path === path)!.text;
  return text.slice(0, offset).split('\n').length;
}
/** "quake/de_agency:3" style handle of a finding's primary passage. */
const at = (corpus: CorpusAnalysis, f: Finding) => `${short(f.primary.path)}:${lineOf(corpus, f.primary.path, f.primary.start)}`;
const relatedAt = (corpus: CorpusAnalysis, f: Finding) => f.related.map((r) => `${short(r.path)}:${lineOf(corpus, r.path, r.start)}`);

describe('compare: seeds and fixture stories in one folder', function () {
  this.timeout(20000);
  let corpus: CorpusAnalysis;
  let conflicts: string[];
  before(() => {
    corpus = load();
    conflicts = corpus.findings.filter((f) => f.kind === 'conflict' && f.severity === 'warning').map((f) => `${f.type} ${at(corpus, f)}`);
  });
  const find = (kind: string, type: string, where: string) => corpus.findings.filter((f) => f.kind === kind && f.type === type && at(corpus, f) === where);

  it('finds the six stories and nothing across them', () => {
    const groups = corpus.stories.map((s) => s.documents.map(short).sort().join(' ')).sort();
    // portstrike/ holds two strikes of one union at the same ports, ten months apart: two stories.
    assert.deepEqual(groups, [
      '000 001 002',
      'election/en_daily election/sv_tidning',
      'merger/en_business merger/nl_krant',
      'portstrike/da_avis_2024 portstrike/en_wire_2024',
      'portstrike/da_avis_2025 portstrike/en_wire_2025',
      'quake/da_broadcaster quake/de_agency quake/en_wire',
    ]);
    for (const f of corpus.findings) {
      for (const r of f.related) assert.equal(corpus.storyOf.get(r.path), corpus.storyOf.get(f.primary.path), `${f.id} points across stories`);
    }
  });

  describe('seeds', () => {
    it('has exactly the two expected conflicts: precedent on 000:31, attribution on 000:3 and 000:21', () => {
      assert.deepEqual(conflicts.filter((c) => /^\w+ 00\d:/.test(c)).sort(), ['attribution 000:21', 'attribution 000:3', 'precedent 000:31']);
    });

    it('points the precedent conflict at the "second time" and Greece passages, with hints back', () => {
      const [f] = find('conflict', 'precedent', '000:31');
      assert.ok(f.severity === 'warning');
      for (const p of ['000:13', '000:15', '001:11']) assert.ok(relatedAt(corpus, f).includes(p), p);
      // The reverse hint rides on the precedent passages' own (quiet) findings: the story's
      // conflict count stays the number of conflicts.
      for (const p of ['000:13', '000:15', '001:11']) {
        const quiet = corpus.findings.filter((x) => at(corpus, x) === p && x.severity === 'hint' && relatedAt(corpus, x).includes('000:31'));
        assert.ok(quiet.some((x) => /first time ever/.test(x.message)), p);
      }
      assert.equal(corpus.findings.filter((x) => x.kind === 'conflict' && short(x.primary.path).startsWith('00')).length, 3);
      assert.match(f.message, /first time ever/);
    });

    it('points the attribution conflict at the foreign-ministry passages of 001 and 002', () => {
      for (const where of ['000:3', '000:21']) {
        const [f] = find('conflict', 'attribution', where);
        const rel = relatedAt(corpus, f);
        for (const p of ['001:3', '001:21', '002:1']) assert.ok(rel.includes(p), `${where} → ${p}`);
        assert.match(f.message, /defence ministry/);
        assert.match(f.message, /foreign ministry/);
        assert.match(f.message, /001_0293e7ee8b22062a\.txt and 002_a16596a8cb1c5688\.txt/);
      }
    });

    it('corroborates what two sources report and marks single-source claims', () => {
      const corroborated = (where: string, other: string) => find('corroboration', 'claim', where).some((f) => relatedAt(corpus, f).includes(other));
      assert.ok(corroborated('000:1', '001:3'), 'Russia informed the Secretary-General');
      assert.ok(corroborated('000:11', '001:7'), 'no longer a signatory of the Convention');
      assert.ok(corroborated('001:11', '000:13'), 'only the second time');
      assert.ok(corroborated('000:21', '001:21'), 'the Telegram statement');
      assert.ok(corroborated('000:17', '001:13'), 'suspended the day after the invasion');
      assert.equal(find('single-source', 'claim', '001:19').length, 1, 'Shmyhal demanded expulsion');
      assert.equal(find('single-source', 'claim', '000:27').length, 1, 'joined in 1996');
      for (const f of corpus.findings) if (f.kind === 'corroboration') assert.equal(f.severity, 'hint');
    });

    it('flags ECHR introduced for two bodies in 001:7', () => {
      const [f] = find('ambiguity', 'acronym', '001:7');
      assert.equal(f.primary.text, 'ECHR');
      assert.equal(f.severity, 'information');
    });

    it('links the entities of the reference reading and keeps the confusables apart', () => {
      const entityAt = (file: string, text: string) => corpus.entities.find((e) => e.mentions.some((m) => m.path.includes(file) && m.text === text))?.id;
      const coe = entityAt('000_', 'Europarådets');
      assert.ok(coe);
      assert.equal(entityAt('001_', 'Council of Europe'), coe);
      assert.equal(entityAt('001_', 'COE'), coe);
      assert.equal(entityAt('001_', 'Strasbourg-based body'), coe);
      assert.equal(entityAt('000_', 'Grækenland'), entityAt('001_', 'Greece'));
      assert.equal(entityAt('002_', 'Putin'), entityAt('002_', 'Vladimir Putin'));
      assert.equal(entityAt('000_', 'Marija Pejcinovic Buric'), entityAt('001_', 'Marija Pejcinovic Buric'));
      assert.notEqual(entityAt('002_', 'European Council'), coe);
      assert.notEqual(entityAt('000_', 'Ruslands forsvarsministerium'), entityAt('001_', 'Russian foreign ministry'));
      assert.equal(entityAt('001_', 'Ministry of Foreign Affairs'), entityAt('002_', 'Russia’s Ministry of Foreign Affairs'));
    });
  });

  describe('quake (en, da, de)', () => {
    it('finds the death-toll and date conflicts of the German report, and no others on the figures', () => {
      for (const c of ['numeric quake/de_agency:1', 'numeric quake/en_wire:1', 'numeric quake/da_broadcaster:1', 'date quake/de_agency:1', 'date quake/en_wire:1']) assert.ok(conflicts.includes(c), c);
      const numericFromEn = find('conflict', 'numeric', 'quake/en_wire:1').flatMap((f) => relatedAt(corpus, f));
      assert.ok(!numericFromEn.includes('quake/da_broadcaster:1'), '"more than 60" agrees with 62, "about 320" with "more than 300"');
      assert.ok(!conflicts.some((c) => c.includes('de_agency:7')), '"later rose to 410" is an update');
    });

    it('finds the attribution, negation and precedent conflicts', () => {
      const [attr] = find('conflict', 'attribution', 'quake/de_agency:3');
      assert.deepEqual(relatedAt(corpus, attr).sort(), ['quake/da_broadcaster:3', 'quake/en_wire:5']);
      assert.ok(conflicts.includes('negation quake/de_agency:5') && conflicts.includes('negation quake/en_wire:7'));
      const [prec] = find('conflict', 'precedent', 'quake/en_wire:9');
      assert.deepEqual(relatedAt(corpus, prec), ['quake/da_broadcaster:5']);
      assert.ok(!conflicts.includes('attribution quake/en_wire:5') && !conflicts.includes('attribution quake/da_broadcaster:3'), 'the majority is not flagged');
    });

    it('corroborates the magnitude report and notes single-source claims', () => {
      assert.ok(find('corroboration', 'claim', 'quake/en_wire:1').some((f) => relatedAt(corpus, f).includes('quake/da_broadcaster:1')));
      assert.equal(find('single-source', 'claim', 'quake/da_broadcaster:7').length, 1, 'Denmark sends rescuers');
      assert.equal(find('single-source', 'claim', 'quake/en_wire:11').length, 1, 'state of emergency');
    });
  });

  describe('election (en, sv)', () => {
    it('finds the vote-share and inauguration-date conflicts, not the figures that agree', () => {
      for (const c of ['numeric election/en_daily:1', 'numeric election/sv_tidning:1', 'date election/en_daily:5', 'date election/sv_tidning:5']) assert.ok(conflicts.includes(c), c);
      assert.ok(!conflicts.some((c) => /election\/(en_daily|sv_tidning):3$/.test(c)), 'Haavisto 48.4 in both');
      assert.ok(!conflicts.some((c) => /election\/en_daily:9|election\/sv_tidning:7/.test(c)), 'turnout about 70 / 70.7');
    });

    it('flags NCP introduced for two parties', () => {
      assert.equal(find('ambiguity', 'acronym', 'election/en_daily:7').length, 1);
    });
  });

  describe('merger (en, nl)', () => {
    it('finds the job-cut, strike-date and precedent conflicts, and not the price', () => {
      for (const c of ['numeric merger/en_business:3', 'numeric merger/nl_krant:3', 'date merger/en_business:5', 'date merger/nl_krant:5', 'precedent merger/en_business:7']) assert.ok(conflicts.includes(c), c);
      assert.ok(!conflicts.some((c) => /merger\/\w+:1$/.test(c)), '4.1 billion and "ongeveer 4,1 miljard" agree');
    });
  });

  it('gives every finding a stable code, a fingerprint and a message naming the other source', () => {
    const fps = new Set<string>();
    for (const f of corpus.findings) {
      assert.match(f.code, /^(conflict|corroboration|single-source|ambiguity)\/[a-z-]+$/);
      assert.ok(!fps.has(f.fingerprint), `duplicate fingerprint ${f.fingerprint}`);
      fps.add(f.fingerprint);
      if (f.kind === 'conflict' && f.severity === 'warning') {
        const others = new Set(f.related.map((r) => r.path.split('/').pop()!).filter((n) => n !== f.primary.path.split('/').pop()));
        assert.ok([...others].some((n) => f.message.includes(n)), `${f.id}: ${f.message}`);
      }
    }
  });
});
