// Bundles every entry point with esbuild. ESM-only unified/retext packages are folded into
// CommonJS bundles so the extension and the CLI load with plain `require`.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, existsSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const root = new URL('..', import.meta.url).pathname;

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'fixtures' || name.startsWith('.') ? [] : findTests(full);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // Several unified packages read `import.meta`; esbuild leaves it empty in CJS, which they tolerate.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const optional = (p) => (existsSync(join(root, p)) ? [p] : []);

const builds = [
  { ...common, entryPoints: optional('client/src/extension.ts'), outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: optional('server/src/server.ts'), outfile: 'dist/server.js' },
  { ...common, entryPoints: optional('server/src/cli/main.ts'), outfile: 'dist/cli.js' },
  { ...common, entryPoints: optional('scripts/eval.ts'), outfile: 'dist/eval.js' },
  {
    ...common, platform: 'browser', format: 'iife', target: 'es2020', banner: undefined, define: undefined,
    entryPoints: optional('client/webview/main.ts'), outfile: 'dist/webview.js',
  },
].filter((b) => b.entryPoints.length > 0);

const tests = findTests(join(root, 'test')).map((f) => relative(root, f));
if (!production && tests.length > 0) {
  rmSync(join(root, 'out/test'), { recursive: true, force: true });
  builds.push({ ...common, entryPoints: tests, outdir: 'out/test', outbase: 'test', external: ['vscode', 'playwright-core', 'mocha'] });
}
// The benchmark harness (`npm run bench` loads it through bench/run.js); never part of the package.
if (!production && existsSync(join(root, 'bench/main.ts'))) builds.push({ ...common, entryPoints: ['bench/main.ts'], outfile: 'out/bench/main.js' });

process.chdir(root);
// The Compare Sources webview uses codicons; ship the font with the extension (no CDN, no node_modules in the .vsix).
const codicons = join(root, 'node_modules/@vscode/codicons/dist');
if (existsSync(codicons)) {
  mkdirSync(join(root, 'dist/codicons'), { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(join(codicons, f), join(root, 'dist/codicons', f));
}
if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
  console.error('[build] watching for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
