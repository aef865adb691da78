import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/types';
import { parseScenario } from '../scenario/validate';
import { checkpoint, restore, transactionLogs } from './checkpoint';
import { createWorld, nextEventTime, step, type World } from './world';

const UNTIL = 70_000;

/** Three servers, a client writing all along, and server 3 cut off then back: logs grow, are truncated and replaced by SNAPs. */
function busyThree(): Scenario {
  const events: unknown[] = [1, 2, 3].map((server) => ({ at: 0, do: 'start', server }));
  events.push({ at: 5000, do: 'client', session: 'w', command: 'create /x 0' });
  for (let i = 1; i <= 120; i++) events.push({ at: 5000 + i * 400, do: 'client', session: 'w', command: `set /x ${i}` });
  events.push({ at: 12_000, do: 'partition', groups: [[3]] }, { at: 30_000, do: 'heal' });
  events.push({ at: 36_000, do: 'stop', server: 2, signal: 'KILL' }, { at: 40_000, do: 'start', server: 2 });
  events.sort((a, b) => (a as { at: number }).at - (b as { at: number }).at);
  const v = parseScenario(JSON.stringify({ format: 'zkscope/scenario', version: 1, title: 'logs', seed: 5, servers: [{ id: 1 }, { id: 2 }, { id: 3 }], events, until: UNTIL }));
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return v.scenario;
}

/** One step if the next event is within the scenario's span (timers run forever). */
const stepWithin = (w: World): boolean => (nextEventTime(w) ?? Infinity) <= UNTIL && step(w) !== null;

function stepTo(w: World, k: number): void {
  while (w.state.stepIndex < k && stepWithin(w));
}

describe('checkpoints share the logged proposals', () => {
  it('restoring a checkpoint and replaying gives exactly the world of a straight run, however the logs changed meanwhile', () => {
    const scenario = busyThree();
    const straight = createWorld(scenario);
    let replaced = 0;
    let pushed = 0;
    let before = transactionLogs(straight.state);
    let lengths = before.map((l) => l.length);
    while (stepWithin(straight)) {
      const now = transactionLogs(straight.state);
      now.forEach((l, i) => {
        if (l !== before[i]) replaced++;
        else if (l.length > lengths[i]) pushed++;
      });
      before = now;
      lengths = now.map((l) => l.length);
    }
    // The run exercises every way a log changes: appends, and a TRUNC or a SNAP putting a new array in place.
    expect(pushed).toBeGreaterThan(100);
    expect(replaced).toBeGreaterThan(0);
    const end = straight.state.stepIndex;

    const w = createWorld(scenario);
    for (const at of [Math.floor(end / 5), Math.floor(end / 2), Math.floor((end * 4) / 5)]) {
      stepTo(w, at);
      const cp = checkpoint(w);
      const kept = structuredClone(cp);
      stepTo(w, end);
      // Going on changed nothing in the checkpoint, whose logs hold the live world's own proposals.
      expect(cp).toEqual(kept);
      const live = transactionLogs(w.state);
      transactionLogs(cp).forEach((log, i) => {
        if (log.length > 0 && live[i].length > 0 && live[i][0].zxid === log[0].zxid) expect(live[i][0]).toBe(log[0]);
      });
      restore(w, cp);
      expect(transactionLogs(w.state).every((log, i) => log !== transactionLogs(cp)[i])).toBe(true);
    }
    stepTo(w, end);
    expect(w.state).toEqual(straight.state);
  });
});
