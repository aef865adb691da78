/**
 * Swarm figures for `npm run bench`: many seeds across worker threads (one per core), each checked
 * for every invariant at every step and for liveness after healing.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** What one worker reports. */
export interface SwarmChunk {
  readonly seeds: number;
  readonly steps: number;
  readonly failures: string[];
}

function runChunk(from: number, to: number): Promise<SwarmChunk> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./swarm-worker-boot.mjs', import.meta.url), { workerData: { from, to } });
    worker.once('message', (m: SwarmChunk) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`swarm worker exited with ${code}`)));
  });
}

/** Runs seeds 1…`seeds` and reports speed, count and violations. */
export async function runSwarmBench(seeds: number): Promise<{ figures: Record<string, number>; targets: Record<string, string>; failures: string[] }> {
  const workers = Math.max(1, Math.min(availableParallelism(), 8));
  const per = Math.ceil(seeds / workers);
  const t0 = performance.now();
  const chunks = await Promise.all(
    Array.from({ length: workers }, (_, i) => runChunk(i * per + 1, Math.min(seeds, (i + 1) * per))),
  );
  const seconds = (performance.now() - t0) / 1000;
  const failures = chunks.flatMap((c) => c.failures);
  const checked = chunks.reduce((n, c) => n + c.seeds, 0);
  return {
    figures: {
      'swarm.seedsChecked': checked,
      'swarm.violations': failures.length,
      'swarm.seedsPerSec': Math.round(checked / seconds),
      'swarm.stepsChecked': chunks.reduce((n, c) => n + c.steps, 0),
      'swarm.workers': workers,
    },
    targets: { 'swarm.seedsChecked': '≥ 100000', 'swarm.violations': '= 0' },
    failures,
  };
}
