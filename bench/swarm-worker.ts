/**
 * One swarm worker thread: runs its range of seeds and posts a SwarmChunk.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runSwarmSeed } from '../src/sim/swarm';

const { from, to } = workerData as { from: number; to: number };
let steps = 0;
const failures: string[] = [];
for (let seed = from; seed <= to; seed++) {
  try {
    const r = runSwarmSeed(seed);
    steps += r.steps;
    if (!r.ok) failures.push(`seed ${seed}: ${r.violation ? `${r.violation.property}: ${r.violation.detail}` : r.stuck}`);
  } catch (e) {
    failures.push(`seed ${seed}: threw ${(e as Error).message}`);
  }
}
parentPort!.postMessage({ seeds: to - from + 1, steps, failures });
