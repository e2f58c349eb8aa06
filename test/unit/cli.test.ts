import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'bin', 'newslens');
const run = (args: string[], cwd = root) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

describe('newslens check (CLI contract)', () => {
  it('prints one JSON object with every contract key for the seeds', () => {
    const r = run(['check', 'seeds', '--format', 'json', '--fail-on', 'none']);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.schema, 'newslens/1');
    assert.equal(report.tool.name, 'newslens');
    for (const key of ['documents', 'stories', 'entities', 'values', 'findings']) assert.ok(Array.isArray(report[key]), key);
    assert.deepEqual(
      report.documents.map((d: { path: string; language: string }) => [d.path, d.language]),
      [
        ['seeds/000_64ff192c88a170f9.txt', 'da'],
        ['seeds/001_0293e7ee8b22062a.txt', 'en'],
        ['seeds/002_a16596a8cb1c5688.txt', 'en'],
      ],
    );
  });

  it('exits 2 with one stderr line for a missing path', () => {
    const r = run(['check', '/nonexistent/newslens']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr.trim(), /^newslens: \/nonexistent\/newslens: no such file or directory$/);
  });

  it('exits 2 for a binary file named on the command line, but skips one met in a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-cli-'));
    mkdirSync(join(dir, 'story'));
    writeFileSync(join(dir, 'story', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    writeFileSync(join(dir, 'story', 'article.txt'), 'Parliament voted on Tuesday to approve the budget after a long debate in Copenhagen.\n');
    writeFileSync(join(dir, 'story', 'README.md'), 'Not an article.\n');
    const named = run(['check', join(dir, 'story', 'photo.txt')]);
    assert.equal(named.status, 2);
    assert.match(named.stderr, /photo\.txt: binary file/);
    const walked = run(['check', 'story', '--format', 'json'], dir);
    assert.equal(walked.status, 0, walked.stderr);
    assert.equal(walked.stderr.trim().split('\n').length, 1);
    assert.match(walked.stderr, /story\/photo\.txt: binary file.*skipped/);
    assert.deepEqual(JSON.parse(walked.stdout).documents.map((d: { path: string }) => d.path), ['story/article.txt']);
  });

  it('rejects an unknown format as a usage error', () => {
    const r = run(['check', 'seeds', '--format', 'xml']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown format 'xml'/);
  });
});

describe('newslens check --format sarif / text / --fail-on', () => {
  it('prints SARIF 2.1.0 whose results point into the seeds with rules and fingerprints', () => {
    const r = run(['check', 'seeds', '--format', 'sarif', '--fail-on', 'none']);
    assert.equal(r.status, 0, r.stderr);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'newslens');
    assert.ok(run0.results.length > 0, 'the seeds carry findings');
    const ruleIds = run0.tool.driver.rules.map((rule: { id: string }) => rule.id);
    for (const result of run0.results) {
      assert.ok(ruleIds.includes(result.ruleId), result.ruleId);
      assert.equal(ruleIds[result.ruleIndex], result.ruleId);
      assert.ok(['warning', 'note', 'error'].includes(result.level));
      const loc = result.locations[0].physicalLocation;
      assert.match(loc.artifactLocation.uri, /^seeds\/00[012]_/);
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
      assert.equal(typeof result.partialFingerprints['newslens/v1'], 'string');
    }
  });

  it('exits 1 on a conflict by default, 0 with --fail-on none, and prints compiler-style lines', () => {
    const failing = run(['check', 'seeds']);
    assert.equal(failing.status, 1, failing.stderr);
    const warning = failing.stdout.split('\n').find((l) => / warning: /.test(l));
    assert.ok(warning, failing.stdout);
    assert.match(warning!, /^seeds\/00[012]_[0-9a-f]+\.txt:\d+:\d+: warning: .+ \[[^\]]+\]$/);
    assert.equal(run(['check', 'seeds', '--fail-on', 'none']).status, 0);
  });

  it('honours .newslens/dismissed.json by fingerprint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-dismiss-'));
    const report = JSON.parse(run(['check', 'seeds', '--format', 'json', '--fail-on', 'none']).stdout);
    const conflicts = report.findings.filter((f: { kind: string }) => f.kind === 'conflict');
    assert.ok(conflicts.length > 0);
    mkdirSync(join(dir, '.newslens'));
    writeFileSync(join(dir, '.newslens', 'dismissed.json'), JSON.stringify({ version: 1, dismissed: conflicts.map((f: { fingerprint: string }) => ({ fingerprint: f.fingerprint })) }));
    const r = spawnSync(process.execPath, [cli, 'check', join(root, 'seeds'), '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, 'no conflict is left once all are dismissed');
    const after = JSON.parse(r.stdout);
    assert.equal(after.findings.filter((f: { kind: string }) => f.kind === 'conflict').length, 0);
    assert.equal(after.findings.length, report.findings.length - conflicts.length);
  });

  it('compares its analyses read back from a temporary file, leaves nothing there, and reports the same as in memory', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'newslens-tmp-'));
    try {
      const args = ['check', 'seeds', 'test/fixtures/stories', '--fail-on', 'none'];
      const env = (dir: string) => ({ ...process.env, TMPDIR: dir, TMP: dir, TEMP: dir });
      for (const format of ['json', 'text']) {
        const spilled = spawnSync(process.execPath, [cli, ...args, '--format', format], { cwd: root, encoding: 'utf8', env: env(tmp) });
        // A temporary folder that does not exist: the analyses stay in memory.
        const inMemory = spawnSync(process.execPath, [cli, ...args, '--format', format], { cwd: root, encoding: 'utf8', env: env(join(tmp, 'missing')) });
        assert.equal(spilled.status, 0, spilled.stderr);
        assert.equal(inMemory.status, 0, inMemory.stderr);
        assert.ok(spilled.stdout.length > 1000);
        assert.equal(spilled.stdout, inMemory.stdout, format);
        assert.deepEqual(readdirSync(tmp), [], 'the temporary file and its folder are removed');
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
