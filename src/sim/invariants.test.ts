import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/types';
import { createInvariantChecker } from './invariants';
import { createWorld, runUntil, step } from './world';

const three: Scenario = {
  format: 'zkscope/scenario', version: 1, title: 't', seed: 3,
  servers: [{ id: 1 }, { id: 2 }, { id: 3 }], config: { tickTime: 2000, initLimit: 10, syncLimit: 5 },
  network: { latencyMs: [1, 5] },
  events: [1, 2, 3].map((server) => ({ at: 0, do: 'start' as const, server })), until: 5000,
};

describe('invariants (reference §7), checked from outside after every step', () => {
  it('a healthy election raises nothing', () => {
    const w = createWorld(three);
    const checker = createInvariantChecker();
    w.onStep = (world, r) => void checker.observe(world, r);
    runUntil(w, three.until);
    expect(checker.violations).toEqual([]);
  });

  it('§7 Leadership2: a second established leader of the same epoch is reported', () => {
    const w = createWorld(three);
    const checker = createInvariantChecker();
    runUntil(w, three.until);
    const leader = [...w.state.peers.values()].find((p) => p.mem?.state === 'LEADING')!;
    const other = [...w.state.peers.values()].find((p) => p !== leader)!;
    const fake = (sid: number) => ({ index: 0, time: 0, kind: 'timer' as const, sid, messageId: null, actionIndex: null, marks: [{ code: 'zab.serving' as const, sid, args: { epoch: 1, role: 'leader' } }] });
    expect(checker.observe(w, fake(leader.sid))).toBeNull();
    expect(checker.observe(w, fake(other.sid))?.property).toBe('Leadership2');
  });

  it('§3.2 acceptedEpoch < currentEpoch on any disk is reported', () => {
    const w = createWorld(three);
    const checker = createInvariantChecker();
    runUntil(w, three.until);
    w.state.peers.get(1)!.disk.acceptedEpoch = 0;
    const r = step(w)!;
    expect(checker.observe(w, r)?.property).toBe('EpochFiles');
  });

  it('§7 Leadership1: two leaders of one epoch in SYNCHRONIZATION/BROADCAST at once are reported', () => {
    const w = createWorld(three);
    const checker = createInvariantChecker();
    runUntil(w, three.until);
    const leader = [...w.state.peers.values()].find((p) => p.mem?.state === 'LEADING')!;
    const other = [...w.state.peers.values()].find((p) => p !== leader)!;
    other.mem!.leader = structuredClone(leader.mem!.leader);
    other.mem!.zabState = 'BROADCAST';
    other.mem!.serving = false;
    const r = step(w)!;
    expect(checker.observe(w, r)?.property).toBe('Leadership1');
  });
});
