// `newslens` command line: `check` prints findings as text, JSON or SARIF; `lsp --stdio` starts
// the language server. Only the report goes to stdout; everything else to stderr.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectArticles, type ArticleFile } from './walk';
import { decodeArticle } from '../engine/input/decode';
import { readDocument } from '../engine/read/readDocument';
import { compareInParts } from '../engine/compare/compareDocuments';
import { streamJsonReport } from '../engine/report/jsonReport';
import { buildSarifReport } from '../engine/report/sarifReport';
import { buildTextReport } from '../engine/report/textReport';
import { DISMISSED_FILE, parseDismissed } from '../engine/dismissals';
import { TOOL_VERSION } from '../engine/version';
import type { CorpusAnalysis, DocumentAnalysis, Finding } from '../engine/types';
import { writeJson } from './writeJson';
import { applyHeapPolicy } from '../heapPolicy';
import { SpilledAnalyses } from '../workspace/spilledAnalyses';
import { detachFindings } from '../workspace/shareTexts';

const USAGE = `usage: newslens check PATH... [--format text|json|sarif] [--fail-on conflict|warning|none] [--max-size BYTES]
       newslens lsp --stdio
       newslens --version`;

/** Articles above this size are skipped: retext parses about 0.6 MB/s and a wire dump is not an article. */
const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

class UsageError extends Error {}

interface CheckOptions {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  failOn: 'conflict' | 'warning' | 'none';
  maxSize: number;
}

export function parseCheckArgs(args: string[]): CheckOptions {
  const options: CheckOptions = { paths: [], format: 'text', failOn: 'conflict', maxSize: DEFAULT_MAX_SIZE };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`unknown format '${v}' (text, json or sarif)`);
      options.format = v;
    } else if (flag === '--fail-on') {
      const v = value();
      if (v !== 'conflict' && v !== 'warning' && v !== 'none') throw new UsageError(`unknown --fail-on '${v}' (conflict, warning or none)`);
      options.failOn = v;
    } else if (flag === '--max-size') {
      const v = Number(value());
      if (!Number.isFinite(v) || v <= 0) throw new UsageError('--max-size needs a positive number of bytes');
      options.maxSize = v;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      options.paths.push(arg);
    }
  }
  if (options.paths.length === 0) throw new UsageError('check needs at least one PATH');
  return options;
}

function loadDismissed(paths: string[]): Set<string> {
  const fingerprints = new Set<string>();
  for (const dir of ['.', ...paths]) {
    try {
      for (const d of parseDismissed(readFileSync(join(dir, DISMISSED_FILE), 'utf8'))) fingerprints.add(d.fingerprint);
    } catch {
      // no dismissals there
    }
  }
  return fingerprints;
}

export function shouldFail(findings: Finding[], failOn: CheckOptions['failOn']): boolean {
  if (failOn === 'none') return false;
  if (failOn === 'conflict') return findings.some((f) => f.kind === 'conflict');
  return findings.some((f) => f.severity === 'warning' || f.severity === 'error');
}

/** An article whose analysis was written but could not be read back (the temporary file failed): read in memory. */
function readAgain(file: ArticleFile): DocumentAnalysis | undefined {
  try {
    const decoded = decodeArticle(readFileSync(file.fsPath));
    return decoded.ok ? readDocument(file.path, decoded.text) : undefined;
  } catch {
    return undefined;
  }
}

export function runCheck(args: string[], out: (s: string) => void, err: (s: string) => void): number {
  const options = parseCheckArgs(args);
  const walked = collectArticles(options.paths);
  let usageProblem = false;
  for (const m of walked.missing) {
    err(`newslens: ${m.path}: ${m.reason}`);
    usageProblem = true;
  }
  for (const w of walked.warnings) err(`newslens: ${w}`);

  // Each analysis waits on disk until the comparison reads it back (spilledAnalyses.ts); in memory
  // when no temporary file can be written.
  const spill = SpilledAnalyses.create();
  const read: (DocumentAnalysis | ArticleFile)[] = [];
  for (const file of walked.files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file.fsPath);
    } catch {
      err(`newslens: ${file.path}: cannot be read${file.named ? '' : ', skipped'}`);
      if (file.named) usageProblem = true;
      continue;
    }
    if (bytes.length > options.maxSize) {
      err(`newslens: ${file.path}: ${bytes.length} bytes is over the ${options.maxSize}-byte limit, skipped (see --max-size)`);
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      err(`newslens: ${file.path}: ${decoded.reason}${file.named ? '' : ', skipped'}`);
      if (file.named) usageProblem = true;
      continue;
    }
    if (decoded.note) err(`newslens: ${file.path}: ${decoded.note}`);
    const analysis = readDocument(file.path, decoded.text);
    read.push(spill?.add(analysis) ? file : analysis);
  }
  const spilled = spill?.finish();
  if (usageProblem) return 2;
  const documents = read.flatMap((d): DocumentAnalysis[] => {
    if (!('fsPath' in d)) return [d];
    const back = spilled?.get(d.path) ?? readAgain(d);
    return back ? [back] : [];
  });
  read.length = 0;

  // The reports list findings, entities and values, never claims or alignments: a story's are let
  // go as soon as it is compared (10,000 articles: about 100 MB never held).
  const findings: Finding[] = [];
  const frame = compareInParts(documents, { once: true }, (part) => {
    detachFindings(part.findings);
    for (const f of part.findings) findings.push(f);
  });
  const analysis: CorpusAnalysis = { ...frame, claims: [], alignments: [], findings };
  const dismissed = loadDismissed(options.paths);
  const corpus: CorpusAnalysis = dismissed.size ? { ...analysis, findings: analysis.findings.filter((f) => !dismissed.has(f.fingerprint)) } : analysis;

  // In pieces: one JSON text of a large workspace's report exceeds V8's longest string.
  // `depth`: the levels written piece by piece; below them each item is stringified whole (fewer,
  // larger pieces: a 10,000-article report has millions of fields).
  const json = (report: unknown, depth: number) => {
    // Gathered into pieces of about a MB: a write per item costs a system call each.
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      if (pending.length) out(pending.join(''));
      pending = [];
      size = 0;
    };
    writeJson(report, (s) => {
      pending.push(s);
      size += s.length;
      if (size > 1 << 20) flush();
    }, depth);
    pending.push('\n');
    flush();
  };
  // The JSON report's items (a finding, an entity with its mentions) are small enough to stringify
  // whole; a SARIF run holds every result, so its results are written one by one.
  if (options.format === 'json') json(streamJsonReport(corpus), 2);
  else if (options.format === 'sarif') json(buildSarifReport(corpus), 3);
  else out(buildTextReport(corpus));
  return shouldFail(corpus.findings, options.failOn) ? 1 : 0;
}

export function main(argv: string[]): void {
  const [command, ...rest] = argv;
  const out = (s: string) => process.stdout.write(s);
  const err = (s: string) => process.stderr.write(s + '\n');
  if (command === 'check' || command === 'lsp') applyHeapPolicy();
  try {
    if (command === '--version' || command === '-v') {
      out(`newslens ${TOOL_VERSION}\n`);
    } else if (command === 'check') {
      process.exitCode = runCheck(rest, out, err);
    } else if (command === 'lsp') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { startServer } = require('../server') as typeof import('../server');
      startServer();
    } else if (command === '--help' || command === '-h' || command === 'help') {
      out(USAGE + '\n');
    } else if (command === undefined) {
      err(USAGE);
      process.exitCode = 2;
    } else {
      throw new UsageError(`unknown command '${command}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`newslens: ${e.message}\n${USAGE}`);
      process.exitCode = 2;
    } else {
      throw e;
    }
  }
}

if (require.main === module) main(process.argv.slice(2));
