/**
 * Test helper: a 3-server world started at 0 with extra events, observed by the invariant checker,
 * collecting every mark. Shared by the replication, session and lock tests.
 */
import type { Mark } from '../engine/marks';
import type { Scenario, ScenarioEvent } from '../scenario/types';
import { createInvariantChecker } from './invariants';
import type { InvariantChecker } from './invariants';
import type { World } from './world';
import { createWorld } from './world';

/** A world to run, with what it saw. */
export interface ObservedWorld {
  readonly w: World;
  readonly marks: Mark[];
  readonly checker: InvariantChecker;
}

/** Servers 1–3 start at 0; `events` follow. Nothing runs until the caller calls runUntil. */
export function threeServers(events: ScenarioEvent[], until: number, seed = 5): ObservedWorld {
  const scenario: Scenario = {
    format: 'zkscope/scenario', version: 1, title: 'test', seed,
    servers: [{ id: 1 }, { id: 2 }, { id: 3 }], config: { tickTime: 2000, initLimit: 10, syncLimit: 5 },
    network: { latencyMs: [1, 5] },
    events: [...[1, 2, 3].map((server): ScenarioEvent => ({ at: 0, do: 'start', server })), ...events], until,
  };
  const w = createWorld(scenario);
  const marks: Mark[] = [];
  const checker = createInvariantChecker();
  w.onStep = (world, r) => {
    marks.push(...r.marks);
    checker.observe(world, r);
  };
  return { w, marks, checker };
}

/** A zkCli command of session `session` on the given servers at `at`. */
export function client(at: number, session: string, servers: number[], command: string): ScenarioEvent {
  return { at, do: 'client', session, servers, command };
}
