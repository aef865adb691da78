import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../scenario/types';
import { threeServers } from './three-servers.test-helper';
import { runUntil } from './world';

function lockWorld(events: ScenarioEvent[], until: number) {
  const { w, checker } = threeServers(events, until, 3);
  const holders: { t: number; name: string }[] = [];
  const observe = w.onStep!;
  w.onStep = (world, r) => {
    observe(world, r);
    for (const c of world.state.clients.values()) {
      if (c.recipe?.phase === 'holding' && !holders.some((h) => h.name === c.name)) holders.push({ t: r.time, name: c.name });
    }
  };
  runUntil(w, until);
  return { w, holders, violations: checker.violations };
}

const lock = (at: number, session: string, herd = false): ScenarioEvent => ({ at, do: 'lock', session, servers: null, path: '/locks', herd });

describe('§6.5 the lock recipe with ephemeral sequential znodes', () => {
  it('contenders get lock-0000000000… in arrival order and acquire in that order; each watches only its predecessor', () => {
    const { w, holders, violations } = lockWorld([
      lock(2000, 'A'), lock(2100, 'B'), lock(2200, 'C'), lock(2300, 'D'),
      { at: 3000, do: 'unlock', session: 'A' }, { at: 3500, do: 'unlock', session: 'B' }, { at: 4000, do: 'unlock', session: 'C' },
    ], 6000);
    expect(violations).toEqual([]);
    expect(holders.map((h) => h.name)).toEqual(['A', 'B', 'C', 'D']);
    expect(['A', 'B', 'C', 'D'].map((n) => w.state.clients.get(n)!.recipe!.node)).toEqual(
      ['/locks/lock-0000000000', '/locks/lock-0000000001', '/locks/lock-0000000002', '/locks/lock-0000000003'],
    );
    // No herd: each waiter was woken exactly once, by its own predecessor's deletion.
    expect(['B', 'C', 'D'].map((n) => w.state.clients.get(n)!.recipe!.notifications)).toEqual([1, 1, 1]);
  });

  it('§6.2 a killed holder keeps the lock until its session expires (30 s zkCli default), then the next one takes it', () => {
    const { holders } = lockWorld([lock(2000, 'A'), lock(2100, 'B'), { at: 5000, do: 'kill', session: 'A' }], 45000);
    expect(holders.map((h) => h.name)).toEqual(['A', 'B']);
    const handOff = holders[1].t;
    // Negotiated 30000 ms; expiry falls on a tickTime bucket between T and T + tick after the last touch.
    expect(handOff).toBeGreaterThan(5000 + 30000 - 2000);
    expect(handOff).toBeLessThan(5000 + 30000 + 2 * 2000 + 1000);
  });

  it('a killed waiter leaves the queue only at its session expiry, and its successor re-targets its watch', () => {
    const { w, holders } = lockWorld([
      lock(2000, 'A'), lock(2100, 'B'), lock(2200, 'C'), { at: 3000, do: 'kill', session: 'B' }, { at: 50000, do: 'unlock', session: 'A' },
    ], 52000);
    const c = w.state.clients.get('C')!.recipe!;
    expect(holders.map((h) => h.name)).toEqual(['A', 'C']);
    expect(c.notifications).toBe(2); // B's node went at expiry (re-target to A's), then A released
  });

  it('herd mode: every waiter is woken at every change of /locks, so hand-offs cost more notifications', () => {
    const events = (herd: boolean) => [
      lock(2000, 'A', herd), lock(2100, 'B', herd), lock(2200, 'C', herd), lock(2300, 'D', herd), lock(2400, 'E', herd),
      { at: 3000, do: 'unlock' as const, session: 'A' },
    ];
    const total = (herd: boolean) => {
      const { w } = lockWorld(events(herd), 5000);
      return [...w.state.clients.values()].reduce((n, c) => n + c.recipe!.notifications, 0);
    };
    expect(total(false)).toBe(1);
    expect(total(true)).toBeGreaterThanOrEqual(4);
  });

  it('§5.5 a waiter keeps its place across a leader change: on reconnect SetWatches re-registers its exists watch', () => {
    const { w, holders, violations } = lockWorld([
      lock(2000, 'A'), lock(2100, 'B'), lock(2200, 'C'),
      { at: 4000, do: 'stop', server: 3, signal: 'KILL' }, // the leader: every client reconnects
      { at: 12000, do: 'unlock', session: 'A' },
    ], 16000);
    expect(violations).toEqual([]);
    expect(holders.map((h) => h.name)).toEqual(['A', 'B']);
    expect(w.state.clients.get('B')!.recipe!.notifications).toBe(1);
    expect(w.state.clients.get('B')!.output).toContain('WatchedEvent state:Disconnected type:None path:null');
  });
});
