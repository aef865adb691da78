/**
 * Leader.lead() and LearnerHandler: the three barriers of discovery and synchronisation, the new
 * epoch, startZkServer and the liveness loop (reference §3.3, §3.4, §3.9, §2).
 */
import { describe, expect, it } from 'vitest';
import { fire, z } from '../election/fake-io.test-helper';
import { ack, ackEpoch, followerInfo, leaderPeer, observerInfo, ping, recv } from './zab-test-helpers.test-helper';

const V3 = [1, 2, 3];
const V5 = [1, 2, 3, 4, 5];

describe('§3.3 getEpochToPropose', () => {
  it('§3.3 4: the leader alone is no quorum — no LEADERINFO until a participant joins; then epoch 1 + max acceptedEpoch, persisted as acceptedEpoch', () => {
    const { io, peer } = leaderPeer(3, V3);
    // lead() has already called getEpochToPropose for itself in the election step.
    expect(peer.mem!.leader!.waitingForNewEpoch).toBe(true);
    expect(peer.disk.acceptedEpoch).toBe(0);
    recv(peer, 1, followerInfo(1, 0), io);
    expect(io.marked('zab.epoch.decided')[0].args).toMatchObject({ epoch: 1 });
    expect(peer.disk.acceptedEpoch).toBe(1);
    expect(peer.disk.currentEpoch).toBe(0); // persisted only after the ACKEPOCH quorum
    expect(io.zabSent).toEqual([{ to: 1, packet: { type: 'zab', packet: 'LEADERINFO', zxid: z(1, 0) } }]);
  });

  it('§3.3 4: the epoch is 1 + the highest acceptedEpoch of those that joined before the quorum formed; a late joiner with a higher one gets the decided epoch', () => {
    const { io, peer } = leaderPeer(5, V5, [], { currentEpoch: 2, acceptedEpoch: 2 });
    recv(peer, 1, followerInfo(1, 5), io);
    expect(io.zabSent).toEqual([]);
    recv(peer, 2, followerInfo(2, 3), io);
    expect(peer.mem!.leader!.epoch).toBe(6);
    recv(peer, 4, followerInfo(4, 9), io);
    expect(peer.mem!.leader!.epoch).toBe(6);
    expect(io.zabSent.map((s) => [s.to, s.packet.packet, s.packet.zxid])).toEqual([
      [1, 'LEADERINFO', z(6, 0)], [2, 'LEADERINFO', z(6, 0)], [4, 'LEADERINFO', z(6, 0)],
    ]);
    expect(peer.disk.acceptedEpoch).toBe(6);
  });

  it('§3.3 4: an observer\'s acceptedEpoch raises the epoch although the observer does not count toward the quorum', () => {
    const { io, peer } = leaderPeer(3, V3, [4]);
    recv(peer, 4, observerInfo(4, 7), io);
    expect(peer.mem!.leader!.waitingForNewEpoch).toBe(true);
    expect(io.zabSent).toEqual([]);
    recv(peer, 1, followerInfo(1, 0), io);
    expect(peer.mem!.leader!.epoch).toBe(8);
    expect(io.zabSent.map((s) => s.to).sort()).toEqual([1, 4]);
  });

  it('§3.4 1: a first packet that is not FOLLOWERINFO/OBSERVERINFO closes the connection and makes no handler', () => {
    const { io, peer } = leaderPeer(3, V3);
    recv(peer, 1, ack(0n), io);
    expect(io.zabClosed).toEqual([1]);
    expect(peer.mem!.leader!.handlers.size).toBe(0);
  });
});

describe('§3.3 waitForEpochAck', () => {
  it('§3.3 6: ACKEPOCH(-1) ("already accepted") does not count; a real ACKEPOCH completes the quorum, then every waiting handler gets NEWLEADER', () => {
    const { io, peer } = leaderPeer(3, V3);
    recv(peer, 1, followerInfo(1, 1), io);
    recv(peer, 2, followerInfo(2, 0), io);
    recv(peer, 1, ackEpoch(-1, 0n), io);
    expect(io.codes()).toContain('zab.ackepoch.alreadyAccepted');
    expect(peer.mem!.leader!.electionFinished).toBe(false);
    expect(io.zabSent.some((s) => s.packet.packet === 'NEWLEADER')).toBe(false);
    recv(peer, 2, ackEpoch(0, 0n), io);
    expect(peer.mem!.leader!.electingFollowers.sort()).toEqual([2, 3]);
    expect(io.zabSent.filter((s) => s.packet.packet === 'NEWLEADER').map((s) => s.to).sort()).toEqual([1, 2]);
  });

  it('§3.3 7: the leader persists currentEpoch only when the ACKEPOCH quorum forms, and moves to SYNCHRONIZATION', () => {
    const { io, peer } = leaderPeer(3, V3);
    recv(peer, 1, followerInfo(1, 0), io);
    expect(peer.disk).toMatchObject({ acceptedEpoch: 1, currentEpoch: 0 });
    expect(peer.mem!.zabState).toBe('DISCOVERY');
    recv(peer, 1, ackEpoch(0, 0n), io);
    expect(peer.disk).toMatchObject({ acceptedEpoch: 1, currentEpoch: 1 });
    expect(peer.mem!.zabState).toBe('SYNCHRONIZATION');
  });

  it('§3.3 6: "Follower is ahead of the leader" — a higher currentEpoch in ACKEPOCH kills that handler', () => {
    const { io, peer } = leaderPeer(3, V3, [], { currentEpoch: 1, acceptedEpoch: 1, txns: [z(1, 4)] });
    recv(peer, 1, followerInfo(1, 2), io);
    recv(peer, 1, ackEpoch(2, z(2, 1)), io);
    expect(io.marked('zab.follower.ahead')).toHaveLength(1);
    expect(io.marked('zab.handler.closed')[0].args).toMatchObject({ learner: 1, reason: 'Follower is ahead of the leader' });
    expect(io.zabClosed).toEqual([1]);
    expect(peer.mem!.leader!.handlers.has(1)).toBe(false);
    expect(peer.mem!.leader!.electionFinished).toBe(false);
  });

  it('§3.3 6: with equal currentEpoch, a higher lastZxid is "ahead"; an equal one is not', () => {
    const a = leaderPeer(3, V3, [], { currentEpoch: 1, acceptedEpoch: 1, txns: [z(1, 4)] });
    recv(a.peer, 1, followerInfo(1, 1), a.io);
    recv(a.peer, 1, ackEpoch(1, z(1, 5)), a.io);
    expect(a.io.marked('zab.follower.ahead')).toHaveLength(1);
    const b = leaderPeer(3, V3, [], { currentEpoch: 1, acceptedEpoch: 1, txns: [z(1, 4)] });
    recv(b.peer, 1, followerInfo(1, 1), b.io);
    recv(b.peer, 1, ackEpoch(1, z(1, 4)), b.io);
    expect(b.io.marked('zab.follower.ahead')).toHaveLength(0);
    expect(b.peer.mem!.leader!.electionFinished).toBe(true);
  });

  it('§3.3 6: an ACKEPOCH whose lastZxid is -1 is not counted toward the quorum', () => {
    const { io, peer } = leaderPeer(3, V3);
    recv(peer, 1, followerInfo(1, 0), io);
    recv(peer, 1, ackEpoch(0, -1n), io);
    expect(peer.mem!.leader!.electionFinished).toBe(false);
  });
});

/** Leader 3 with follower 1 through ACKEPOCH: NEWLEADER is out, waiting for its ACK. */
function atNewLeader(spec = {}) {
  const r = leaderPeer(3, V3, [4], spec);
  recv(r.peer, 1, followerInfo(1, 0), r.io);
  recv(r.peer, 1, ackEpoch(0, r.peer.mem!.db.lastProcessedZxid), r.io);
  return r;
}

describe('§3.3 waitForNewLeaderAck and startZkServer', () => {
  it('§3.3 8: an ACK of a zxid other than NEWLEADER\'s is not counted; the ACK of epoch<<32 forms the quorum', () => {
    const { io, peer } = atNewLeader();
    recv(peer, 1, ack(z(1, 1)), io);
    expect(io.marked('zab.newleader.ack').at(-1)!.args).toMatchObject({ counted: false });
    expect(peer.mem!.serving).toBe(false);
    expect(peer.mem!.leader!.handlers.has(1)).toBe(true);
  });

  it('§3.3 8: an observer\'s NEWLEADER ACK does not count toward the quorum', () => {
    const { io, peer } = atNewLeader();
    recv(peer, 4, observerInfo(4, 0), io);
    recv(peer, 4, ackEpoch(0, 0n), io);
    recv(peer, 4, ack(z(1, 0)), io);
    expect(peer.mem!.leader!.quorumFormed).toBe(false);
    recv(peer, 1, ack(z(1, 0)), io);
    expect(peer.mem!.leader!.quorumFormed).toBe(true);
  });

  it('§3.3 9: startZkServer — the leader\'s lastProcessedZxid jumps to epoch<<32 with no transaction behind it, and UPTODATE follows NEWLEADER', () => {
    const { io, peer } = atNewLeader({ currentEpoch: 0, acceptedEpoch: 0, txns: [z(0, 1), z(0, 2)] });
    expect(peer.mem!.db.lastProcessedZxid).toBe(z(0, 2));
    recv(peer, 1, ack(z(1, 0)), io);
    expect(peer.mem!.db.lastProcessedZxid).toBe(z(1, 0));
    expect(peer.disk.txnLog.map((t) => t.zxid)).toEqual([z(0, 1), z(0, 2)]);
    expect(peer.mem).toMatchObject({ serving: true, zabState: 'BROADCAST' });
    expect(peer.mem!.leader!.lastCommitted).toBe(z(1, 0));
    expect(peer.mem!.currentVote.peerEpoch).toBe(1);
    const to1 = io.zabSent.filter((s) => s.to === 1).map((s) => s.packet.packet);
    expect(to1.indexOf('NEWLEADER')).toBeLessThan(to1.indexOf('UPTODATE'));
    expect(io.marked('zab.serving')[0].args).toMatchObject({ epoch: 1, zxid: z(1, 0), role: 'leader' });
  });
});

describe('§3.9/§2 leader timeouts back to LOOKING', () => {
  it('§2/§3.9: no quorum joins within initLimit·tickTime — "Timeout while waiting for epoch from quorum", LOOKING in a new round', () => {
    const { io, peer } = leaderPeer(3, V3);
    expect(io.timers.get('leader.barrier')).toBe(io.now + 10 * 2000);
    fire(peer, 'leader.barrier', io);
    expect(io.codes()).toContain('zab.timeout.epoch');
    expect(io.marked('peer.state')[0].args).toMatchObject({ state: 'LOOKING', reason: 'Timeout while waiting for epoch from quorum' });
    expect(peer.mem!.state).toBe('LOOKING');
    expect(peer.mem!.leader).toBe(null);
    expect(peer.mem!.election.logicalclock).toBe(2);
  });

  it('§2/§3.9: no ACKEPOCH quorum within initLimit·tickTime of the epoch decision — LOOKING', () => {
    const { io, peer } = leaderPeer(3, V3);
    io.now = 5000;
    recv(peer, 1, followerInfo(1, 0), io);
    expect(io.timers.get('leader.barrier')).toBe(5000 + 20000);
    fire(peer, 'leader.barrier', io);
    expect(io.codes()).toContain('zab.timeout.epochAck');
    expect(peer.mem!.state).toBe('LOOKING');
    expect(io.zabClosed).toContain(1);
  });

  it('§2/§3.9: no NEWLEADER ACK quorum within initLimit·tickTime — LOOKING', () => {
    const { io, peer } = atNewLeader();
    fire(peer, 'leader.barrier', io);
    expect(io.codes()).toContain('zab.timeout.newLeaderAck');
    expect(peer.mem!.state).toBe('LOOKING');
  });

  it('§3.4 8/§3.9: the handler\'s read timeout is initLimit·tickTime until the NEWLEADER ACK, then syncLimit·tickTime', () => {
    const { io, peer } = atNewLeader();
    expect(io.timerLog.filter((t) => t.key === 'handler.read.1').map((t) => t.delayMs)).toEqual([20000, 20000]);
    io.clear();
    recv(peer, 1, ack(z(1, 0)), io);
    expect(io.timerLog.filter((t) => t.key === 'handler.read.1').map((t) => t.delayMs).at(-1)).toBe(10000);
  });

  it('§3.3 11/§2: the quorum check runs once per tick; a silent follower stays synced until tick initLimit+syncLimit, and the leader gives up at the next tick', () => {
    const { io, peer } = atNewLeader();
    recv(peer, 1, ack(z(1, 0)), io);
    expect(io.timers.get('leader.tick')).toBe(io.now + 1000); // tickTime/2
    // tickOfNextAckDeadline = 0 + 10 + 5; tick advances every second wake-up.
    for (let wake = 1; wake <= 31; wake++) fire(peer, 'leader.tick', io);
    expect(peer.mem!.state).toBe('LEADING');
    expect(peer.mem!.leader!.tick).toBe(15);
    io.clear();
    fire(peer, 'leader.tick', io);
    expect(io.marked('zab.quorum.lost')[0].args).toMatchObject({ tick: 16, synced: '3' });
    expect(peer.mem!.state).toBe('LOOKING');
    expect(String(io.marked('peer.state')[0].args.reason)).toMatch(/^Not sufficient followers synced/);
  });

  it('§3.3 11/§2: any packet from a learner moves its deadline to tick + syncLimit; silence for more than syncLimit ticks loses it', () => {
    const { io, peer } = atNewLeader();
    recv(peer, 1, ack(z(1, 0)), io);
    for (let wake = 1; wake <= 40; wake++) {
      fire(peer, 'leader.tick', io);
      recv(peer, 1, ping(0n), io);
    }
    expect(peer.mem!.state).toBe('LEADING');
    const tick = peer.mem!.leader!.tick; // 20
    expect(peer.mem!.leader!.handlers.get(1)!.tickOfNextAckDeadline).toBe(tick + 5);
    let wakes = 0;
    while (peer.mem!.state === 'LEADING') {
      fire(peer, 'leader.tick', io);
      wakes++;
    }
    expect(wakes).toBe(12); // ticks 21..26: lost at tick 26 = 20 + 5 + 1
  });

  it('§3.3 11: every half-tick wake-up pings each learner with lastProposed', () => {
    const { io, peer } = atNewLeader();
    recv(peer, 1, ack(z(1, 0)), io);
    io.clear();
    fire(peer, 'leader.tick', io);
    fire(peer, 'leader.tick', io);
    expect(io.zabSent.filter((s) => s.packet.packet === 'PING')).toEqual([
      { to: 1, packet: expect.objectContaining({ zxid: z(1, 0) }) },
      { to: 1, packet: expect.objectContaining({ zxid: z(1, 0) }) },
    ]);
    expect(io.timerLog.filter((t) => t.key === 'leader.tick').map((t) => t.delayMs)).toEqual([1000, 1000]);
  });
});
