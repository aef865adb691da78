import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate';
import { runSwarmSeed, swarmScenario } from './swarm';
import { phraseText } from '../scenario/phrase';

/** Seeds run on every `npm test`; `npm run bench` runs many more. */
const SEEDS = 1000;

function saveFailure(seed: number, scenario: unknown): string {
  mkdirSync('test-results/swarm', { recursive: true });
  const path = `test-results/swarm/seed-${seed}.scenario.json`;
  writeFileSync(path, `${JSON.stringify(scenario, null, 2)}\n`);
  return path;
}

describe('swarm (design.md §3): random ensembles, start orders, stops, partitions, cuts and latencies', () => {
  it(`${SEEDS} seeds: no two established leaders of one epoch, acceptedEpoch ≥ currentEpoch, and a leader within (initLimit+syncLimit)·tickTime + 60 s of healing`, () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const r = runSwarmSeed(seed);
      if (r.ok) continue;
      const file = saveFailure(seed, r.scenario);
      const why = r.violation ? `${r.violation.property} at ${r.violation.time} ms: ${r.violation.detail}` : r.stuck;
      failures.push(`seed ${seed}: ${why} — replay with: npm run -s sim -- ${file}`);
    }
    expect(failures).toEqual([]);
  }, 120_000); // a few seconds alone; generous so a loaded CI machine never times it out

  it('every derived scenario is a valid scenario file (so a failing seed can be replayed with sim)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const v = validateScenario(JSON.parse(JSON.stringify(swarmScenario(seed))));
      expect(v.ok ? [] : v.problems.map(phraseText)).toEqual([]);
    }
  });

  it('a seed always derives the same scenario, byte for byte', () => {
    expect(JSON.stringify(swarmScenario(42))).toBe(JSON.stringify(swarmScenario(42)));
    expect(JSON.stringify(swarmScenario(42))).not.toBe(JSON.stringify(swarmScenario(43)));
  });

  it('a seed always gives the same run: same number of steps and same verdict', () => {
    const a = runSwarmSeed(7);
    const b = runSwarmSeed(7);
    expect(a.steps).toBe(b.steps);
    expect(a.steps).toBeGreaterThan(100);
  });
});
