// Generates realistic benchmark workspaces: folders of stories, each story several articles in
// several languages, built from real article text (the seeds, test/fixtures, and the evaluation
// corpora in /work/shared/data: ECB+ and MEANTIME news, Danish DDT sentences). Sentences are
// recombined so that every paragraph in a workspace is unique: a per-paragraph cache cannot be
// flattered by repeats. Deterministic for a given seed.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface SentencePool {
  name: string;
  language: string;
  sentences: string[];
}

export interface Workspace {
  root: string;
  files: string[];
  bytes: number;
  /** The seed articles copied in, absolute paths. */
  seeds: string[];
}

/** A small deterministic PRNG (mulberry32) so workspaces and fuzz inputs repeat across runs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const between = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** Article-like files under `dir`, sorted, below a size limit (shared by the bench and the fuzzer). */
export function listTextFiles(dir: string, extensions = /\.(txt|news)$/, maxBytes = 200_000): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) out.push(...listTextFiles(full, extensions, maxBytes));
    else if (extensions.test(name) && st.size < maxBytes) out.push(full);
  }
  return out;
}

const walkTxt = (dir: string): string[] => listTextFiles(dir);

/** Paragraph-level units of an article with blank-line paragraphs (seeds, fixtures). */
function paragraphsOf(text: string): string[] {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 20);
}

/**
 * Sentence pools by topic and language. `shared/data` texts are one sentence per line; ECB+ topic
 * halves and MEANTIME topic×language become pools, DDT becomes one Danish pool, seeds and fixtures
 * contribute their paragraphs.
 */
export function loadPools(repoRoot: string, dataRoot = '/work/shared/data'): SentencePool[] {
  const pools: SentencePool[] = [];
  const lines = (f: string) => readFileSync(f, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 25 && /\p{L}{3}/u.test(l));
  const ecb = join(dataRoot, 'ecbplus');
  if (existsSync(ecb)) {
    for (const topic of readdirSync(ecb).sort()) {
      const sentences = walkTxt(join(ecb, topic)).flatMap(lines);
      if (sentences.length > 30) pools.push({ name: `ecb-${topic}`, language: 'en', sentences });
    }
  }
  const meantime = join(dataRoot, 'meantime');
  if (existsSync(meantime)) {
    for (const topic of readdirSync(meantime).sort()) {
      for (const lang of ['en', 'es', 'it', 'nl']) {
        const sentences = walkTxt(join(meantime, topic)).filter((f) => f.endsWith(`_${lang}.txt`)).flatMap(lines);
        if (sentences.length > 30) pools.push({ name: `meantime-${topic}-${lang}`, language: lang, sentences });
      }
    }
  }
  const da = walkTxt(join(dataRoot, 'ner-da', 'dev')).flatMap(lines);
  const seedDa: string[] = [];
  const seedEn: string[] = [];
  for (const f of [...walkTxt(join(repoRoot, 'seeds')), ...walkTxt(join(repoRoot, 'test', 'fixtures')).filter((f) => !f.includes(`${'/'}robust${'/'}`))]) {
    const text = readFileSync(f, 'utf8');
    // Fixtures say their language in front matter or are Danish when they use æ/ø/å often.
    const danish = /^language:\s*da/m.test(text) || (text.match(/[æøå]/g) ?? []).length > text.length / 200;
    (danish ? seedDa : seedEn).push(...paragraphsOf(text));
  }
  if (da.length + seedDa.length > 30) pools.push({ name: 'danish', language: 'da', sentences: [...da, ...seedDa] });
  if (seedEn.length > 0) pools.push({ name: 'seeds-en', language: 'en', sentences: seedEn });
  if (pools.length === 0) throw new Error(`no article text found under ${dataRoot} or ${repoRoot}/seeds`);
  return pools;
}

const OUTLETS = ['dr', 'politiken', 'berlingske', 'reuters', 'bbc', 'ap', 'guardian', 'elpais', 'corriere', 'nos', 'tv2', 'jyllands-posten'];

/**
 * Writes a workspace of `count` articles under `root` (emptied first). Stories hold 3–8 articles:
 * most from one topic pool in its language, plus articles from pools in other languages (a Danish
 * wire take of an English story, MEANTIME translations). About half carry YAML front matter.
 */
export function generateWorkspace(root: string, count: number, pools: SentencePool[], seed = 1, repoRoot?: string): Workspace {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const r = rng(seed);
  const seenParagraphs = new Set<string>();
  const files: string[] = [];
  const seeds: string[] = [];
  let bytes = 0;
  if (repoRoot) {
    mkdirSync(join(root, 'seeds'));
    for (const f of walkTxt(join(repoRoot, 'seeds'))) {
      const to = join(root, 'seeds', basename(f));
      copyFileSync(f, to);
      seeds.push(to);
      files.push(to);
      bytes += statSync(to).size;
    }
  }
  const byLanguage = new Map<string, SentencePool[]>();
  for (const p of pools) byLanguage.set(p.language, [...(byLanguage.get(p.language) ?? []), p]);
  const english = pools.filter((p) => p.language === 'en');
  let story = 0;
  while (files.length < count) {
    story++;
    const main = pick(r, english.length ? english : pools);
    const dir = join(root, `story-${String(story).padStart(5, '0')}`);
    mkdirSync(dir);
    const size = Math.min(between(r, 3, 8), count - files.length);
    const siblings = pools.filter((p) => p.name.startsWith(main.name.replace(/-(en|es|it|nl)$/, '-')) && p !== main);
    for (let a = 0; a < size; a++) {
      // One article in four comes from another language: a translation pool of the same topic
      // when there is one, otherwise Danish.
      let pool = main;
      if (a > 0 && r() < 0.25) pool = siblings.length && r() < 0.6 ? pick(r, siblings) : pick(r, byLanguage.get('da') ?? [main]);
      const outlet = pick(r, OUTLETS);
      const text = article(r, pool, seenParagraphs, outlet, story);
      const file = join(dir, `${String(a + 1).padStart(2, '0')}-${outlet}-${pool.language}.txt`);
      writeFileSync(file, text);
      files.push(file);
      bytes += Buffer.byteLength(text);
    }
  }
  return { root, files, bytes, seeds };
}

function article(r: () => number, pool: SentencePool, seen: Set<string>, outlet: string, story: number): string {
  const body: string[] = [];
  const paragraphs = between(r, 4, 10);
  for (let p = 0; p < paragraphs; p++) {
    let paragraph = '';
    for (let attempt = 0; attempt < 50; attempt++) {
      const n = between(r, 1, 3);
      const parts: string[] = [];
      for (let s = 0; s < n; s++) parts.push(pick(r, pool.sentences));
      paragraph = parts.join(' ');
      if (!seen.has(paragraph)) break;
    }
    // Still a repeat after many draws (tiny pool): widen it with another sentence until unique.
    while (seen.has(paragraph)) paragraph += ' ' + pick(r, pool.sentences);
    seen.add(paragraph);
    body.push(paragraph);
  }
  const title = body[0].split(/(?<=[.!?])\s/)[0].slice(0, 90);
  const day = String(between(r, 1, 28)).padStart(2, '0');
  const month = String(between(r, 1, 12)).padStart(2, '0');
  const front = r() < 0.5 ? `---\ntitle: ${JSON.stringify(title)}\noutlet: ${outlet}\ndate: 20${between(r, 10, 24)}-${month}-${day}\nlanguage: ${pool.language}\nstory: story-${story}\n---\n\n` : `${title}\n\n`;
  // Line endings as they arrive from different systems: mostly LF, some CRLF exports.
  const text = front + body.join('\n\n') + '\n';
  return r() < 0.1 ? text.replace(/\n/g, '\r\n') : text;
}
