/**
 * Break it: many seeded runs of one ensemble under a fault mix, the invariants checked after every step,
 * and what each run did folded into numbers. The panel's worker and the bench call the same functions.
 */
import type { Scenario } from '../../scenario/types';
import { createInvariantChecker } from '../invariants';
import type { Violation } from '../invariants';
import { seedPrng } from '../prng';
import { createWorld } from '../world';
import { runWithMessageFaults } from './inject';
import type { BreakItOptions } from './options';
import { emptyStats, statsObserver } from './observe';
import type { SeedStats } from './observe';
import { FAULT_PHASE_MS, breakItScenario } from './scenario';

/** One seed's outcome: the scenario that replays it (with its in-flight faults), a violation if any, its numbers. */
export interface SeedOutcome {
  readonly seed: number;
  readonly scenario: Scenario;
  readonly violation: Violation | null;
  readonly stats: SeedStats;
  readonly steps: number;
}

/** Runs one seed of a search. */
export function runBreakItSeed(o: BreakItOptions, seed: number): SeedOutcome {
  const base = breakItScenario(o, seed);
  const w = createWorld(base);
  const checker = createInvariantChecker();
  const stats = emptyStats();
  const fold = statsObserver(stats);
  let steps = 0;
  let violation: Violation | null = null;
  w.onStep = (world, record) => {
    steps++;
    violation ??= checker.observe(world, record);
    fold(world, record);
  };
  runWithMessageFaults(w, seedPrng(seed, 'breakit-messages'), o.faults, FAULT_PHASE_MS, base.until);
  // The actions the run carried out, in time order (a stable sort keeps same-time ones as they ran).
  const events = [...w.actions].sort((a, b) => a.at - b.at);
  return { seed, scenario: { ...base, events }, violation, stats, steps };
}
