// Runs a mocha suite inside the VS Code extension host and writes one result per test to
// $NEWSLENS_HOST_RESULTS/<name>.json, which the outer runner (vscode.test.ts) turns back into
// mocha tests. The returned promise rejects when any test failed, so the workbench's exit code
// says so as well.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface HostResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export function runHostSuite(name: string, define: () => void): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: Mocha.reporters.Base as unknown as string });
  // Installs describe/it/before... on the global object for `define`, as loading a spec file would.
  mocha.suite.emit('pre-require', globalThis, `${name}.host`, mocha);
  define();
  const results: HostResult[] = [];
  const out = process.env.NEWSLENS_HOST_RESULTS;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (out) writeFileSync(join(out, `${name}.json`), JSON.stringify(results, null, 2));
      console.log(`[host] ${name}: ${results.filter((r) => r.state === 'passed').length} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending', durationMs: 0 }));
    runner.on('fail', (t, err: Error) => {
      results.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error: err.stack ?? err.message });
      console.log(`[host] FAIL ${t.fullTitle()}: ${err.message}`);
    });
  });
}
