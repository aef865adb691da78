import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/types';
import { createInvariantChecker } from './invariants';
import { runScenario } from './run-scenario';

function ensemble(voters: number, observers: number, until: number): Scenario {
  const ids = Array.from({ length: voters + observers }, (_, i) => i + 1);
  return {
    format: 'zkscope/scenario', version: 1, title: 'scale', seed: 11,
    servers: ids.map((id) => (id > voters ? { id, observer: true } : { id })),
    config: { tickTime: 2000, initLimit: 10, syncLimit: 5 }, network: { latencyMs: [1, 5] },
    events: [...ids.map((server) => ({ at: 0, do: 'start' as const, server })), { at: until - 1, do: 'snapshot' as const, label: 'end' }],
    until,
  };
}

describe('scale (foundation issue point 5): 1 to 51 voters plus observers', () => {
  it('a single voter elects itself and serves', () => {
    const snap = runScenario(ensemble(1, 0, 3000)).snapshots[0];
    expect(snap.leader).toBe(1);
    expect(snap.servers['1']).toMatchObject({ mode: 'leader', zxid: '0x100000000', currentEpoch: 1, acceptedEpoch: 1 });
  });

  it('51 voters and 3 observers started at once: the highest sid leads, every voter follows, observers observe', () => {
    const checker = createInvariantChecker();
    const snap = runScenario(ensemble(51, 3, 20_000), (w) => {
      w.onStep = (world, r) => void checker.observe(world, r);
    }).snapshots[0];
    expect(checker.violations).toEqual([]);
    expect(snap.leader).toBe(51);
    const modes = Object.values(snap.servers).map((s) => s.mode);
    expect(modes.filter((m) => m === 'follower')).toHaveLength(50);
    expect(modes.filter((m) => m === 'observer')).toHaveLength(3);
  }, 60_000);
});
