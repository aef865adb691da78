/**
 * Zab discovery and synchronisation in a whole world: the new epoch, ACKEPOCH(-1), a refused
 * LEADERINFO, the epoch files, the leader's zxid, and the liveness timeouts (reference §3.3–3.5,
 * §3.9, §2).
 */
import { describe, expect, it } from 'vitest';
import type { Mark } from '../engine/marks';
import type { PeerDisk } from '../engine/peer/database';
import { makeZxid } from '../engine/zxid';
import type { Scenario, ScenarioEvent } from '../scenario/types';
import type { World } from './world';
import { createWorld, runUntil } from './world';

interface Seen { time: number; mark: Mark; disk: PeerDisk | null }

function world(n: number, events: ScenarioEvent[]): { w: World; seen: Seen[] } {
  const scenario: Scenario = {
    format: 'zkscope/scenario', version: 1, title: '', seed: 1, servers: Array.from({ length: n }, (_, i) => ({ id: i + 1 })),
    config: { tickTime: 2000, initLimit: 10, syncLimit: 5 }, network: { latencyMs: [1, 5] }, events, until: 0,
  };
  const w = createWorld(scenario);
  const seen: Seen[] = [];
  w.onStep = (ww, r) => {
    for (const mark of r.marks) seen.push({ time: r.time, mark, disk: { ...ww.state.peers.get(mark.sid)!.disk } });
  };
  return { w, seen };
}
const start = (server: number, at = 0): ScenarioEvent => ({ at, do: 'start', server });
const of = (seen: Seen[], sid: number, code: string) => seen.filter((s) => s.mark.sid === sid && s.mark.code === code);
const z = makeZxid;

describe('§3.3 the new epoch', () => {
  it('§3.3/§8.6: the new epoch is 1 + the highest acceptedEpoch of the servers that joined; every disk ends at (6, 6) and the leader\'s zxid jumps to 6<<32', () => {
    const { w, seen } = world(3, [start(1), start(2), start(3)]);
    for (const sid of [1, 2]) Object.assign(w.state.peers.get(sid)!.disk, { currentEpoch: 0, acceptedEpoch: 5 });
    runUntil(w, 10_000);
    expect(of(seen, 3, 'zab.epoch.decided')[0].mark.args.epoch).toBe(6);
    for (const sid of [1, 2, 3]) expect(w.state.peers.get(sid)!.disk).toMatchObject({ acceptedEpoch: 6, currentEpoch: 6 });
    const leader = w.state.peers.get(3)!.mem!;
    expect(leader.state).toBe('LEADING');
    expect(leader.db.lastProcessedZxid).toBe(z(6, 0));
    expect(of(seen, 3, 'zab.serving')[0].mark.args.zxid).toBe(z(6, 0));
  });

  it('§3.2/§3.3/§3.5: acceptedEpoch is persisted when the epoch is agreed, currentEpoch only at the ACKEPOCH quorum (leader) or at NEWLEADER (followers)', () => {
    const { seen, w } = world(3, [start(1), start(2), start(3)]);
    runUntil(w, 10_000);
    expect(of(seen, 3, 'zab.epoch.decided')[0].disk).toMatchObject({ acceptedEpoch: 1, currentEpoch: 0 });
    expect(of(seen, 3, 'zab.epochAck.quorum')[0].disk).toMatchObject({ acceptedEpoch: 1, currentEpoch: 1 });
    for (const sid of [1, 2]) {
      const ackepoch = of(seen, sid, 'zab.ackepoch')[0];
      expect(ackepoch.disk).toMatchObject({ acceptedEpoch: 1, currentEpoch: 0 });
      expect(ackepoch.mark.args).toMatchObject({ newEpoch: 1, currentEpoch: 0 });
      expect(of(seen, sid, 'zab.newleader.ack')[0].disk).toMatchObject({ acceptedEpoch: 1, currentEpoch: 1 });
    }
  });

  it('§3.5 2/§8.6: a late joiner that had already accepted the decided epoch answers ACKEPOCH(-1), and still syncs', () => {
    const { w, seen } = world(3, [start(2), start(3), start(1, 5000)]);
    Object.assign(w.state.peers.get(1)!.disk, { currentEpoch: 0, acceptedEpoch: 1 });
    runUntil(w, 15_000);
    expect(of(seen, 3, 'zab.epoch.decided')[0].mark.args.epoch).toBe(1);
    expect(of(seen, 1, 'zab.ackepoch')[0].mark.args).toMatchObject({ newEpoch: 1, currentEpoch: -1 });
    expect(of(seen, 3, 'zab.ackepoch.alreadyAccepted').map((s) => s.mark.args.from)).toEqual([1]);
    expect(w.state.peers.get(1)!.mem!.serving).toBe(true);
    expect(w.state.peers.get(1)!.disk).toMatchObject({ acceptedEpoch: 1, currentEpoch: 1 });
  });

  it('§3.5 2/§2: a joiner whose acceptedEpoch is above the leader\'s epoch refuses LEADERINFO and goes back to LOOKING, again and again', () => {
    const { w, seen } = world(3, [start(2), start(3), start(1, 5000)]);
    Object.assign(w.state.peers.get(1)!.disk, { currentEpoch: 0, acceptedEpoch: 3 });
    runUntil(w, 60_000);
    const rejected = of(seen, 1, 'zab.epoch.rejected');
    expect(rejected.length).toBeGreaterThan(1);
    expect(rejected[0].mark.args).toMatchObject({ newEpoch: 1, acceptedEpoch: 3 });
    const back = seen.find((s) => s.mark.sid === 1 && s.mark.code === 'peer.state' && s.mark.args.state === 'LOOKING')!;
    expect(back.mark.args.reason).toBe('Leaders epoch, 1 is less than accepted epoch, 3');
    expect(of(seen, 1, 'zab.serving')).toEqual([]);
    expect(w.state.peers.get(1)!.disk.acceptedEpoch).toBe(3);
    expect(w.state.peers.get(3)!.mem!.state).toBe('LEADING');
  });
});

describe('§3.9/§2 liveness in a world', () => {
  const partitioned = () => world(3, [start(1), start(2), start(3), { at: 10_000, do: 'partition', groups: [[3], [1, 2]] }]);

  it('§3.3 11/§2: cut off from its followers, the leader gives up ("Not sufficient followers synced") about syncLimit ticks later, at a tick boundary', () => {
    const { w, seen } = partitioned();
    runUntil(w, 40_000);
    const lost = of(seen, 3, 'zab.quorum.lost');
    expect(lost).toHaveLength(1);
    // The last packet came just before 10 s; the deadline is tick+5, so the check fails at tick+6.
    expect(lost[0].time).toBeGreaterThan(10_000 + 5 * 2000);
    expect(lost[0].time).toBeLessThanOrEqual(10_000 + 7 * 2000);
    const served = of(seen, 3, 'zab.serving')[0].time;
    expect((lost[0].time - served) % 2000).toBe(0);
    expect(lost[0].mark.args.synced).toBe('3');
  });

  it('§3.9/§2: cut off from the leader, a follower\'s read timeout (syncLimit·tickTime after the last packet) sends it back to LOOKING', () => {
    const { w, seen } = partitioned();
    let lastFromLeader = 0;
    const onStep = w.onStep!;
    w.onStep = (ww, r) => {
      onStep(ww, r);
      if (r.kind === 'deliver' && r.sid === 1 && r.time < 10_000) lastFromLeader = r.time;
    };
    runUntil(w, 40_000);
    const timeout = of(seen, 1, 'zab.timeout.read');
    expect(timeout).toHaveLength(1);
    expect(timeout[0].time).toBe(lastFromLeader + 5 * 2000);
    const back = of(seen, 1, 'peer.state').find((s) => s.mark.args.state === 'LOOKING')!;
    expect(back.time).toBe(timeout[0].time);
    expect(back.mark.args.reason).toBe('Read timed out');
  });

  it('§2: after the partition the majority side elects a new leader in a new epoch', () => {
    const { w } = partitioned();
    runUntil(w, 60_000);
    const two = w.state.peers.get(2)!;
    expect(two.mem!.state).toBe('LEADING');
    expect(two.disk.currentEpoch).toBe(2);
    expect(w.state.peers.get(1)!.mem!.state).toBe('FOLLOWING');
    expect(w.state.peers.get(3)!.mem!.state).toBe('LOOKING');
  });
});
