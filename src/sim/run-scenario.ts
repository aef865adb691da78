/**
 * Runs a scenario to its end and collects the `sim` outcome (cli-contract.md §2).
 */
import type { Scenario } from '../scenario/types';
import type { ServerSnapshot } from './srvr';
import { snapshotWorld } from './srvr';
import type { RunBound } from './run-bound';
import type { World } from './world';
import { createWorld, runUntil } from './world';

/** One labelled snapshot of the outcome. */
export interface OutcomeSnapshot {
  readonly label: string;
  readonly at: number;
  readonly leader: number | null;
  readonly servers: Record<string, ServerSnapshot>;
}

/** The outcome printed by `sim`. */
export interface Outcome {
  readonly snapshots: OutcomeSnapshot[];
  readonly clients: Record<string, string[]>;
}

/** Runs `scenario` until its `until`; `prepare` may attach observers (invariants, traces) first; throws RunBoundExceeded past `bound`. */
export function runScenario(scenario: Scenario, prepare?: (w: World) => void, bound?: RunBound): Outcome {
  const w = createWorld(scenario);
  const snapshots: OutcomeSnapshot[] = [];
  w.onSnapshot = (world, label) => snapshots.push({ label, at: world.state.now, ...snapshotWorld(world) });
  prepare?.(w);
  runUntil(w, scenario.until, bound);
  const clients: Record<string, string[]> = {};
  for (const [name, c] of w.state.clients) clients[name] = [...c.output];
  return { snapshots, clients };
}
