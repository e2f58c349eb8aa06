// Runs one fuzz input through the engine in-process — readDocument, compareDocuments with a
// couple of companion articles (so cross-source code paths run), and the JSON and SARIF report
// builders — and checks the invariants. Exceptions are caught and reported, never rethrown.
import { readDocument } from '../../server/src/engine/read/readDocument';
import { compareDocuments } from '../../server/src/engine/compare/compareDocuments';
import { buildJsonReport } from '../../server/src/engine/report/jsonReport';
import { buildSarifReport } from '../../server/src/engine/report/sarifReport';
import type { DocumentAnalysis } from '../../server/src/engine/types';
import { checkCorpus, checkDocument } from './invariants';

export interface EngineOutcome {
  ms: number;
  /** CPU time (user + system) of this thread's process while running the input: robust to a busy machine. */
  cpuMs: number;
  /** The exception that escaped, with the stage it escaped from. */
  error?: string;
  violations: string[];
}

export function fuzzEngineOne(text: string, companions: DocumentAnalysis[]): EngineOutcome {
  const t0 = performance.now();
  const cpu = process.cpuUsage();
  const cpuMs = () => {
    const d = process.cpuUsage(cpu);
    return (d.user + d.system) / 1000;
  };
  let stage = 'readDocument';
  try {
    const doc = readDocument('fuzz/input.txt', text);
    const violations = checkDocument(text, doc);
    stage = 'compareDocuments';
    const corpus = compareDocuments([doc, ...companions]);
    violations.push(...checkCorpus(corpus));
    stage = 'buildJsonReport';
    JSON.stringify(buildJsonReport(corpus));
    stage = 'buildSarifReport';
    JSON.stringify(buildSarifReport(corpus));
    return { ms: performance.now() - t0, cpuMs: cpuMs(), violations };
  } catch (e) {
    const err = e as Error;
    return { ms: performance.now() - t0, cpuMs: cpuMs(), error: `${stage}: ${err?.stack?.split('\n').slice(0, 4).join(' | ') ?? String(e)}`, violations: [] };
  }
}
