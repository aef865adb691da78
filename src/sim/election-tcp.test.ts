/**
 * Election sockets under a partition as TCP would behave (issue 16, point 7): QuorumCnxManager's RecvWorker
 * reads with SO_TIMEOUT 0 and keepalive is off, so a silent partition closes nothing; queued data waits in TCP
 * and arrives at the first retransmission after the heal, unless tcp_retries2 ran out first.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../scenario/types';
import { RTO_MAX_MS, RTO_MIN_MS } from './election-transport';
import type { InFlight } from './world-state';
import type { World } from './world';
import { createWorld, runUntil } from './world';

/** Servers 1–3 (3 never starts): 1 and 2 elect 2, then `events`; every election message is kept. */
function twoOfThree(events: ScenarioEvent[]): { w: World; sent: Map<number, InFlight>; delivered: Set<number> } {
  const w = createWorld({
    format: 'zkscope/scenario', version: 1, title: 'tcp', seed: 3, servers: [{ id: 1 }, { id: 2 }, { id: 3 }],
    config: { tickTime: 2000, initLimit: 10, syncLimit: 5 }, network: { latencyMs: [1, 5] },
    events: [{ at: 0, do: 'start', server: 1 }, { at: 0, do: 'start', server: 2 }, ...events], until: 0,
  });
  const sent = new Map<number, InFlight>();
  const delivered = new Set<number>();
  w.onStep = (world, r) => {
    for (const m of world.state.inFlight.values()) if (m.channel === 'election' && m.from !== m.to) sent.set(m.id, m);
    if (r.kind === 'deliver' && r.sid !== null && r.messageId !== null) delivered.add(r.messageId);
  };
  return { w, sent, delivered };
}

/** Retransmission times after a first send at `since` (Linux: RTO_MIN doubling, capped at RTO_MAX). */
function retransmissions(since: number, count: number): number[] {
  const out: number[] = [];
  let at = since;
  for (let k = 0; k < count; k++) out.push((at += Math.min(RTO_MIN_MS * 2 ** k, RTO_MAX_MS)));
  return out;
}

describe('point 7: QuorumCnxManager connections across a partition (RecvWorker: SO_TIMEOUT 0)', () => {
  it('what 1 sends to 2 during a short partition is delivered after the heal, at the first retransmission, in order', () => {
    // 1 follows 2; the partition makes 1 time out (syncLimit) and look for a leader, notifying 2.
    const { w, sent, delivered } = twoOfThree([{ at: 5_000, do: 'partition', groups: [[1], [2]] }, { at: 30_000, do: 'heal' }]);
    runUntil(w, 29_999);
    const held = [...sent.values()].filter((m) => m.from === 1 && m.to === 2 && m.sentAt >= 5_000);
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((m) => m.lostAt === null && !delivered.has(m.id))).toBe(true);
    expect(w.state.connections.get(1 * 256 + 2)?.state).toBe('up');
    runUntil(w, 200_000);
    const since = held[0].sentAt;
    const first = retransmissions(since, 15).find((t) => t >= 30_000)!;
    expect(held.every((m) => delivered.has(m.id))).toBe(true);
    expect(held[0].deliverAt).toBeGreaterThanOrEqual(first);
    expect(held[0].deliverAt).toBeLessThanOrEqual(first + 5);
    const order = held.map((m) => m.deliverAt);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('a partition longer than tcp_retries2 (924.6 s) errors the socket: the held data is lost and QCM dials a new connection after the heal', () => {
    const { w, sent, delivered } = twoOfThree([{ at: 5_000, do: 'partition', groups: [[1], [2]] }, { at: 1_000_000, do: 'heal' }]);
    runUntil(w, 999_999);
    const held = [...sent.values()].filter((m) => m.from === 1 && m.to === 2 && m.sentAt >= 5_000 && m.sentAt < 20_000);
    expect(held.length).toBeGreaterThan(0);
    expect(held.some((m) => delivered.has(m.id))).toBe(false);
    expect(held[0].lostWhy).toBe('partition');
    expect(held[0].lostAt).toBe(retransmissions(held[0].sentAt, 16)[15]);
    const gen = w.state.connections.get(1 * 256 + 2)!.gen;
    runUntil(w, 1_200_000);
    const c = w.state.connections.get(1 * 256 + 2)!;
    expect(c.state).toBe('up');
    expect(c.gen).toBeGreaterThan(gen - 1);
    expect([...sent.values()].some((m) => m.from === 1 && m.to === 2 && m.sentAt >= 1_000_000 && delivered.has(m.id))).toBe(true);
  });
});
