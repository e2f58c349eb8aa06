// Where the CLI spends its time: runs `newslens check` under `node --cpu-prof` and sums self time
// per function. Bundled frames are traced back to their source module through the `// path`
// comments esbuild writes before each module in a non-minified bundle.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { REPO_ROOT } from './lsp-client';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  ms: number;
  share: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Generated position -> original "source:line" through the bundle's source map (VLQ mappings). */
type Resolver = (line: number, column: number) => string | undefined;

function sourceMapResolver(bundle: string): Resolver | undefined {
  let map: { sources: string[]; mappings: string };
  try {
    map = JSON.parse(readFileSync(`${bundle}.map`, 'utf8'));
  } catch {
    return undefined;
  }
  // Per generated line: [generated column, source index, original line] segments, ascending.
  const lines: [number, number, number][][] = [];
  let source = 0;
  let origLine = 0;
  let origCol = 0;
  for (const lineText of map.mappings.split(';')) {
    const segs: [number, number, number][] = [];
    let genCol = 0;
    for (const seg of lineText.split(',')) {
      if (!seg) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        origLine += fields[2];
        origCol += fields[3];
        segs.push([genCol, source, origLine]);
      }
    }
    lines.push(segs);
  }
  return (line, column) => {
    const segs = lines[line];
    if (!segs || segs.length === 0) return undefined;
    let best = segs[0];
    for (const s of segs) if (s[0] <= column) best = s;
    const src = map.sources[best[1]].replace(/^(\.\.\/)+/, '');
    return `${src}:${best[2] + 1}`;
  };
}

/** Module comment lines of a bundle: [line number, source path], ascending. */
function moduleMap(file: string): [number, string][] {
  const map: [number, string][] = [];
  try {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const m = /^\/\/ ((?:node_modules|server|client|scripts|bench|test)\/\S+)$/.exec(line);
        if (m) map.push([i, m[1]]);
      });
  } catch {
    // not a readable file (node internals)
  }
  return map;
}

function sourceOf(map: [number, string][], line: number): string | undefined {
  let lo = 0;
  let hi = map.length - 1;
  let found: string | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid][0] <= line) {
      found = map[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function summariseCpuProfile(profile: CpuProfile, top: number): Hotspot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const maps = new Map<string, [number, string][]>();
  const resolvers = new Map<string, Resolver | undefined>();
  const self = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    let where = url ? basename(url) : '';
    if (url.startsWith('file://')) {
      const path = new URL(url).pathname;
      if (!resolvers.has(path)) resolvers.set(path, sourceMapResolver(path));
      const resolved = resolvers.get(path)?.(lineNumber, node.callFrame.columnNumber);
      if (resolved) where = resolved;
      else {
        if (!maps.has(path)) maps.set(path, moduleMap(path));
        where = sourceOf(maps.get(path)!, lineNumber) ?? basename(path);
      }
    }
    const key = `${functionName || '(anonymous)'}${where ? ` (${where})` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, ms, share: (100 * ms) / total }));
}

/** Runs `node --cpu-prof ARGS...` (e.g. the CLI on a workspace) and returns the top self-time functions. */
export function summariseProfile(nodeArgs: string[], top: number): Hotspot[] {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-prof-'));
  try {
    spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...nodeArgs], { encoding: 'utf8', maxBuffer: 1 << 30, cwd: REPO_ROOT });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) return [];
    return summariseCpuProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, top);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
