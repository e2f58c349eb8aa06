// Worker thread for `npm run fuzz`: runs engine fuzz inputs so that the main thread can stop a
// hanging input (terminate the worker) instead of hanging itself.
import { parentPort, workerData } from 'node:worker_threads';
import { readDocument } from '../../server/src/engine/read/readDocument';
import { fuzzEngineOne } from './engine-fuzz';

const companions = (workerData as { companions: string[] }).companions.map((text, i) => readDocument(`fuzz/companion-${i}.txt`, text));

parentPort!.on('message', (message: { id: number; text: string }) => {
  parentPort!.postMessage({ id: message.id, ...fuzzEngineOne(message.text, companions) });
});
