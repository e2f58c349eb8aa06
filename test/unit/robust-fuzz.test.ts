// A short, fixed-seed fuzz run inside `npm test` (the long run is `npm run fuzz`): 200 mutated
// articles through readDocument, compareDocuments and the report builders. Every input must come
// back without an exception, within a generous time, with every offset inside the document and
// never between the halves of a surrogate pair.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { readDocument } from '../../server/src/engine/read/readDocument';
import { fuzzInputs, loadBases } from '../fuzz/inputs';
import { fuzzEngineOne } from '../fuzz/engine-fuzz';
import { checkDocument, splitsSurrogatePair } from '../fuzz/invariants';

const root = join(__dirname, '..', '..', '..');
/** Per-input ceiling in CPU time: a hang or a quadratic blow-up, not a busy machine, should trip it. */
const PER_INPUT_CPU_MS = 3000;

describe('robustness: fixed-seed fuzz of the engine', function () {
  this.timeout(60000);
  const bases = loadBases(root, '/nonexistent', 0);
  const companions = bases.slice(0, 3).map((b, i) => readDocument(`fuzz/companion-${i}.txt`, b.text));

  it('has real articles to mutate', () => {
    assert.ok(bases.length >= 3, `expected the seeds at least, found ${bases.length}`);
  });

  it('200 mutated articles: no exception, no hang, every offset in range', () => {
    const failures: string[] = [];
    const times: number[] = [];
    for (const input of fuzzInputs(bases, 200, 20241123)) {
      const r = fuzzEngineOne(input.text, companions);
      times.push(r.ms);
      if (r.error) failures.push(`${input.name}: threw ${r.error}`);
      if (r.cpuMs > PER_INPUT_CPU_MS) failures.push(`${input.name}: took ${Math.round(r.cpuMs)} ms of CPU (${input.text.length} units)`);
      for (const v of r.violations.slice(0, 3)) failures.push(`${input.name}: ${v}`);
    }
    assert.equal(times.length, 200);
    assert.deepEqual(failures.slice(0, 10), [], `${failures.length} failures`);
  });

  it('the invariant checker itself catches a span that splits a surrogate pair', () => {
    // Guards the guard: a checker that never fires would make the run above meaningless.
    const text = 'Smil \uD83D\uDE00 her';
    assert.equal(splitsSurrogatePair(text, 6), true);
    assert.equal(splitsSurrogatePair(text, 5), false);
    const doc = readDocument('x.txt', text);
    const bad = { ...doc, mentions: [{ start: 6, end: 8, text: text.slice(6, 8), type: 'other' as const, form: 'name' as const, lemma: 'x', sentence: 0 }] };
    assert.match(checkDocument(text, bad).join('\n'), /splits a surrogate pair/);
  });
});
