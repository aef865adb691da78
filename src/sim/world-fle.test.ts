/**
 * FastLeaderElection in a whole world: poll backoff, QuorumCnxManager's one-slot queue and resend,
 * joining a running ensemble, observers, the -1 zxid guard (reference §1.8, §1.11, §1.12, §2).
 */
import { describe, expect, it } from 'vitest';
import type { Mark } from '../engine/marks';
import { startPeer } from '../engine/peer/quorum-peer';
import type { Scenario, ScenarioEvent } from '../scenario/types';
import type { World } from './world';
import { createWorld, runUntil } from './world';

interface Seen { time: number; mark: Mark }

function world(servers: { id: number; observer?: boolean }[], events: ScenarioEvent[], seed = 1): { w: World; seen: Seen[] } {
  const scenario: Scenario = {
    format: 'zkscope/scenario', version: 1, title: '', seed, servers,
    config: { tickTime: 2000, initLimit: 10, syncLimit: 5 }, network: { latencyMs: [1, 5] }, events, until: 0,
  };
  const w = createWorld(scenario);
  const seen: Seen[] = [];
  w.onStep = (_w, r) => { for (const mark of r.marks) seen.push({ time: r.time, mark }); };
  return { w, seen };
}

const start = (server: number, at = 0): ScenarioEvent => ({ at, do: 'start', server });
const stop = (server: number, at: number): ScenarioEvent => ({ at, do: 'stop', server, signal: 'KILL' });
const of = (seen: Seen[], sid: number, code: string) => seen.filter((s) => s.mark.sid === sid && s.mark.code === code);
const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1 }));

describe('§1.8 6 poll backoff in a world', () => {
  it('§1.8 6/§8.2: alone in a 3-ensemble, a server\'s empty polls come 200, 400, …, 51200, 60000, 60000 ms apart, calling connectAll (its queues never empty)', () => {
    const { w, seen } = world(ids(3), [start(1)]);
    runUntil(w, 300_000);
    const polls = of(seen, 1, 'fle.poll.connectAll');
    expect(of(seen, 1, 'fle.poll.resend')).toEqual([]);
    const gaps = polls.map((p, i) => p.time - (i === 0 ? 0 : polls[i - 1].time));
    expect(gaps.slice(0, 11)).toEqual([200, 400, 800, 1600, 3200, 6400, 12800, 25600, 51200, 60000, 60000]);
    expect(w.state.peers.get(1)!.mem!.election.logicalclock).toBe(1);
  });

  it('§1.8 6: with one peer up (no quorum of 5), notifications keep arriving yet the timeout is never reset; haveDelivered() is true, so each empty poll re-sends', () => {
    const { w, seen } = world(ids(5), [start(1), start(2)]);
    runUntil(w, 400_000);
    const polls = of(seen, 1, 'fle.poll.resend');
    expect(of(seen, 1, 'fle.poll.connectAll')).toEqual([]);
    expect(polls.map((p) => p.mark.args.timeoutMs).slice(0, 10)).toEqual([200, 400, 800, 1600, 3200, 6400, 12800, 25600, 51200, 60000]);
    expect(seen.some((s) => s.mark.sid === 1 && s.mark.code === 'fle.recvset.put' && s.time > 1000)).toBe(true);
    expect(w.state.peers.get(1)!.mem!.election.logicalclock).toBe(1);
  });
});

describe('§1.12 QuorumCnxManager', () => {
  it('§1.12: the per-peer send queue holds one message — only the newest notification to a down server is kept and delivered when it starts', () => {
    const { w, seen } = world(ids(3), [start(1), start(2), start(3, 5000)]);
    runUntil(w, 4000);
    // 1 first proposed itself, then adopted 2: only the newer one waits for server 3.
    expect(of(seen, 1, 'fle.vote.adopt')).toHaveLength(1);
    const queued = w.state.qcm.get(1)!.queueSend.get(3);
    expect(queued).toMatchObject({ state: 'LOOKING', leader: 2, electionEpoch: 1 });
    runUntil(w, 10_000);
    const fromOne = seen.filter((s) => s.mark.sid === 3 && s.mark.code === 'fle.recvset.put' && s.mark.args.from === 1);
    expect(fromOne.length).toBeGreaterThan(0);
    expect(fromOne.every((s) => s.mark.args.leader === 2)).toBe(true);
    expect(w.state.peers.get(3)!.mem!.state).toBe('FOLLOWING');
  });

  it('§1.12: when a connection comes up and the queue to that peer is empty, the last message sent to it is re-sent', () => {
    const { w } = world(ids(3), [start(1), start(2), start(3), stop(1, 5000), start(1, 6000)]);
    runUntil(w, 5500);
    const last = w.state.qcm.get(3)!.lastMessageSent.get(1);
    expect(last).toBeDefined();
    expect(w.state.qcm.get(3)!.queueSend.get(1)).toBe(null);
    const resent: unknown[] = [];
    w.onStep = (_w, r) => {
      if (r.kind !== 'connUp') return;
      for (const m of w.state.inFlight.values()) if (m.from === 3 && m.to === 1 && m.sentAt === r.time) resent.push(m.payload);
    };
    runUntil(w, 8000);
    // On the wire the message also carries its sender (the receiver's n.sid).
    expect(resent).toEqual([{ ...last, sid: 3 }]);
  });

  it('§1.12: a server that was down gets the newest queued LOOKING notification of an election it missed, on connect', () => {
    const { w, seen } = world(ids(3), [start(1), start(2), start(3), stop(3, 5000), start(3, 40_000)]);
    runUntil(w, 39_999);
    expect(w.state.qcm.get(1)!.queueSend.get(3)).toMatchObject({ state: 'LOOKING', leader: 2, electionEpoch: 2 });
    runUntil(w, 60_000);
    // That stale round-2 LOOKING message makes the restarted server jump from round 1 to round 2.
    const jump = of(seen, 3, 'fle.round.jump').filter((s) => s.time >= 40_000);
    expect(jump[0].mark.args).toMatchObject({ fromRound: 1, toRound: 2 });
    expect(w.state.peers.get(3)!.mem!.state).toBe('FOLLOWING');
  });

  it('§1.12: a message to oneself is delivered at once (loopback), with no connection', () => {
    const { w, seen } = world(ids(3), [start(1)]);
    runUntil(w, 0);
    const own = seen.filter((s) => s.mark.sid === 1 && s.mark.code === 'fle.recvset.put' && s.mark.args.from === 1);
    expect(own.map((s) => s.time)).toEqual([0]);
    expect([...w.state.connections.keys()]).not.toContain(1 * 256 + 1); // no connection to oneself
  });
});

describe('§1.8 joining a running ensemble', () => {
  it('§1.8/§8.5: a server cut off (and stuck LOOKING in round 2) rejoins via outofelection only once the leader\'s own LEADING reply is in, and adopts the leader\'s round 1', () => {
    const { w, seen } = world(ids(3), [start(1), start(2), start(3), { at: 5000, do: 'partition', groups: [[1], [2, 3]] }, { at: 30_000, do: 'heal' }]);
    runUntil(w, 29_999);
    expect(w.state.peers.get(1)!.mem!.state).toBe('LOOKING');
    expect(w.state.peers.get(1)!.mem!.election.logicalclock).toBe(2);
    expect(w.state.peers.get(3)!.mem!.state).toBe('LEADING');
    expect(w.state.peers.get(3)!.mem!.election.logicalclock).toBe(1);
    runUntil(w, 120_000);
    const joiner = seen.filter((s) => s.mark.sid === 1 && s.time >= 30_000);
    const decided = joiner.findIndex((s) => s.mark.code === 'fle.decided.outofelection');
    expect(decided).toBeGreaterThan(0);
    let leaderHeard = false;
    for (const s of joiner.slice(0, decided + 1)) {
      if (s.mark.code !== 'fle.following.outofelection') continue;
      if (s.mark.args.from === 3 && s.mark.args.state === 'LEADING') leaderHeard = true;
      expect(s.mark.args.checkLeader).toBe(leaderHeard);
    }
    expect(leaderHeard).toBe(true);
    const mem = w.state.peers.get(1)!.mem!;
    expect(mem.state).toBe('FOLLOWING');
    expect(mem.election.logicalclock).toBe(1);
    expect(mem.currentVote).toMatchObject({ id: 3, electionEpoch: 1 });
  });
});

describe('§1.11 observers in a world', () => {
  it('§1.11/§2 (Observer.waitForObserverElectionDelay): an observer enters OBSERVING; after its leader dies it waits a seeded random delay in [0, 200) ms before its next lookForLeader', () => {
    const { w, seen } = world([...ids(3), { id: 4, observer: true }], [start(1), start(2), start(3), start(4), stop(3, 10_000)]);
    runUntil(w, 9_000);
    expect(w.state.peers.get(4)!.mem!.state).toBe('OBSERVING');
    expect(w.state.peers.get(4)!.mem!.serving).toBe(true);
    runUntil(w, 30_000);
    const looking = seen.find((s) => s.mark.sid === 4 && s.mark.code === 'peer.state' && s.mark.args.state === 'LOOKING')!;
    expect(looking.mark.args.was).toBe('OBSERVING');
    const delays = of(seen, 4, 'peer.observerDelay');
    expect(delays[0].time).toBe(looking.time);
    const delayMs = Number(delays[0].mark.args.delayMs);
    expect(delayMs).toBeGreaterThanOrEqual(0);
    expect(delayMs).toBeLessThan(200);
    const next = of(seen, 4, 'fle.lookForLeader').filter((s) => s.time >= looking.time);
    expect(next[0].time).toBe(looking.time + delayMs);
    expect(w.state.peers.get(4)!.mem!.state).toBe('OBSERVING');
  });
});

describe('§1.8 a the -1 zxid guard in a world', () => {
  it('§1.8 a: a server with an untrusted empty database (zxid -1) never votes in LOOKING exchanges; the others ignore its vote; it can only join through FOLLOWING/LEADING replies', () => {
    const { w, seen } = world(ids(3), [start(2), start(3)]);
    w.io.sid = 1;
    startPeer(w.state.peers.get(1)!, w.io, { untrustedEmptyDatabase: true });
    runUntil(w, 20_000);
    expect(of(seen, 1, 'fle.ignore.selfMinusOne').length).toBeGreaterThan(0);
    expect(of(seen, 1, 'fle.recvset.put')).toEqual([]);
    expect(of(seen, 1, 'fle.quorum.reached')).toEqual([]);
    expect(of(seen, 1, 'fle.vote.adopt')).toEqual([]);
    for (const sid of [2, 3]) {
      expect(seen.filter((s) => s.mark.sid === sid && s.mark.args.from === 1 && s.mark.code === 'fle.recvset.put')).toEqual([]);
    }
    expect(seen.filter((s) => s.mark.code === 'fle.ignore.zxidMinusOne' && s.mark.args.from === 1).length).toBeGreaterThan(0);
    // It can only finish through FOLLOWING/LEADING replies (here: the same-round recvset test of receivedFollowing).
    const decision = seen.find((s) => s.mark.sid === 1 && (s.mark.code === 'fle.decided' || s.mark.code === 'fle.decided.outofelection'))!;
    expect(seen.some((s) => s.mark.sid === 1 && s.time === decision.time && s.mark.code.startsWith('fle.following.'))).toBe(true);
    expect(w.state.peers.get(1)!.mem!.state).toBe('FOLLOWING');
  });
});
