// A worker for the compare-worker tests: allocates as a comparison does (many short-lived objects,
// a share of them surviving a while), then reports how large V8 let its young generation grow.
import { parentPort } from 'node:worker_threads';
import { getHeapSpaceStatistics } from 'node:v8';

const kept: object[] = new Array(50000);
for (let i = 0; i < 1_000_000; i++) kept[i % kept.length] = { i, text: `mention ${i}`, span: [i, i + 7] };
const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!;
parentPort?.postMessage({ committedMb: young.space_size / 2 ** 20, kept: kept.length });
