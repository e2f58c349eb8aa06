// A worker for the analysis-cache tests: opens a spilled-texts store next to `workerData.near`,
// says so, and keeps busy until it is terminated (as a stopped comparison is, mid-work).
import { parentPort, workerData } from 'node:worker_threads';
import { SpilledTexts } from '../../server/src/workspace/spilledTexts';

const texts = SpilledTexts.create((workerData as { near: string }).near);
texts?.add('Teksten venter på disken.');
parentPort?.postMessage(texts ? 'open' : 'failed');
const until = Date.now() + 30000;
while (Date.now() < until) {
  // busy, never reaching a `finally`
}
