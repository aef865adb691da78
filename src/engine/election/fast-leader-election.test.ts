/**
 * lookForLeader, one rule at a time (reference §1.8, §1.9), driven through stepPeer with a fake IO.
 */
import { describe, expect, it } from 'vitest';
import type { DiskSpec } from './fake-io.test-helper';
import { deliver, FakeIO, fire, loopback, note, started, z } from './fake-io.test-helper';
import { stepPeer } from '../peer/quorum-peer';

const V3 = [1, 2, 3];
const V5 = [1, 2, 3, 4, 5];

function looking(sid: number, voters: number[] = V3, spec: DiskSpec = {}, observers: number[] = []) {
  const io = new FakeIO(sid, voters, observers);
  const peer = started(sid, io, spec);
  return { io, peer, e: peer.mem!.election };
}

describe('§1.8 lookForLeader: start of a call', () => {
  it('§1.8 1–3: a call bumps logicalclock once, proposes the initial vote and sends it LOOKING to every voter, itself included, not to observers', () => {
    const io = new FakeIO(2, V3, [4]);
    const peer = started(2, io, { currentEpoch: 1, acceptedEpoch: 1, txns: [z(1, 3)] }, {}, true);
    const e = peer.mem!.election;
    expect(e.logicalclock).toBe(1);
    expect([e.proposedLeader, e.proposedZxid, e.proposedEpoch]).toEqual([2, z(1, 3), 1]);
    expect(io.sent.map((s) => s.to).sort()).toEqual([1, 2, 3]);
    for (const s of io.sent) expect(s.msg).toMatchObject({ state: 'LOOKING', leader: 2, zxid: z(1, 3), electionEpoch: 1, peerEpoch: 1 });
    expect(io.codes()).toEqual(['peer.start', 'fle.lookForLeader', 'fle.sendNotifications']);
    expect(io.timerLog).toEqual([{ key: 'fle.poll', delayMs: 200 }]);
  });

  it('§1.8 2: a server that finished in round 7 starts its next election in round 8, with empty recvset and outofelection', () => {
    const { io, peer, e } = looking(1);
    deliver(peer, note(2, { state: 'FOLLOWING', leader: 3, round: 7, peerEpoch: 0 }), io);
    deliver(peer, note(3, { state: 'LEADING', leader: 3, round: 7, peerEpoch: 0 }), io);
    expect(peer.mem!.state).toBe('FOLLOWING');
    expect(e.logicalclock).toBe(7);
    // The leader goes away before we connect: back to LOOKING, a new call.
    io.clear();
    stepPeer(peer, { kind: 'zabConnectFailed', peer: 3 }, io); // try 1 of 5
    for (let i = 0; i < 4; i++) {
      fire(peer, 'learner.connectRetry', io);
      stepPeer(peer, { kind: 'zabConnectFailed', peer: 3 }, io);
    }
    expect(peer.mem!.state).toBe('LOOKING');
    const e2 = peer.mem!.election;
    expect(e2.logicalclock).toBe(8);
    expect(e2.recvset.size).toBe(0);
    expect(e2.outofelection.size).toBe(0);
    expect(e2.notTimeout).toBe(200);
  });
});

describe('§1.8 the receive-poll timeout (step 6)', () => {
  it('§1.8 6: an empty poll with haveDelivered() re-sends the proposal to every voter and doubles the timeout to 400', () => {
    const { io, peer, e } = looking(1);
    io.delivered = true;
    fire(peer, 'fle.poll', io);
    expect(io.sent.map((s) => s.to).sort()).toEqual([1, 2, 3]);
    expect(io.connectAllCalls).toBe(0);
    expect(io.codes()).toContain('fle.poll.resend');
    expect(e.notTimeout).toBe(400);
    expect(io.timerLog).toEqual([{ key: 'fle.poll', delayMs: 400 }]);
    expect(e.logicalclock).toBe(1); // timeouts never bump the round
  });

  it('§1.8 6: an empty poll without haveDelivered() calls connectAll and sends nothing', () => {
    const { io, peer, e } = looking(1);
    io.delivered = false;
    fire(peer, 'fle.poll', io);
    expect(io.sent).toEqual([]);
    expect(io.connectAllCalls).toBe(1);
    expect(io.codes()).toContain('fle.poll.connectAll');
    expect(e.notTimeout).toBe(400);
  });

  it('§1.8 6: the timeout doubles 200, 400, …, 51200 and is capped at maxNotificationInterval 60000', () => {
    const { io, peer } = looking(1);
    const delays: number[] = [];
    for (let i = 0; i < 11; i++) {
      io.clear();
      fire(peer, 'fle.poll', io);
      delays.push(io.timerLog[0].delayMs);
    }
    expect(delays).toEqual([400, 800, 1600, 3200, 6400, 12800, 25600, 51200, 60000, 60000, 60000]);
  });

  it('§1.8 6: a notification received later in the same election does not reset the timeout', () => {
    const { io, peer, e } = looking(1);
    fire(peer, 'fle.poll', io);
    fire(peer, 'fle.poll', io);
    expect(e.notTimeout).toBe(800);
    io.clear();
    deliver(peer, note(2, { leader: 2, round: 1 }), io);
    expect(io.timerLog.at(-1)).toEqual({ key: 'fle.poll', delayMs: 800 });
    expect(e.notTimeout).toBe(800);
  });
});

describe('§1.8 7–8: notifications the loop ignores', () => {
  it('§1.8 7: a notification whose proposed leader is not a voter is ignored (not stored, vote unchanged)', () => {
    const { io, peer, e } = looking(1, V3, {}, [4]);
    deliver(peer, note(2, { leader: 4, zxid: z(9, 9), round: 1, peerEpoch: 9 }), io);
    expect(io.codes()).toContain('fle.ignore.nonVoter');
    expect(e.recvset.has(2)).toBe(false);
    expect(e.proposedLeader).toBe(1);
    expect(io.sent).toEqual([]);
  });

  it('§1.8 8: an OBSERVING notification from a voter is ignored', () => {
    const { io, peer, e } = looking(1);
    deliver(peer, note(2, { state: 'OBSERVING', leader: 3, round: 1 }), io);
    expect(io.codes()).toContain('fle.ignore.observing');
    expect(e.recvset.size).toBe(0);
    expect(e.outofelection.size).toBe(0);
  });

  it('§1.8 a: a server whose own initial zxid is -1 ignores every LOOKING notification (3.8 guard)', () => {
    const io = new FakeIO(1, V3);
    const peer = started(1, io, {}, { untrustedEmptyDatabase: true });
    deliver(peer, note(3, { leader: 3, zxid: z(1, 5), round: 4, peerEpoch: 1 }), io);
    const e = peer.mem!.election;
    expect(io.codes()).toContain('fle.ignore.selfMinusOne');
    expect(e.logicalclock).toBe(1);
    expect(e.proposedLeader).toBe(1);
    expect(e.recvset.size).toBe(0);
  });

  it('§1.8 a: a LOOKING notification carrying zxid -1 is ignored, even from a higher round', () => {
    const { io, peer, e } = looking(1);
    deliver(peer, note(3, { leader: 3, zxid: -1n, round: 5 }), io);
    expect(io.codes()).toContain('fle.ignore.zxidMinusOne');
    expect(e.logicalclock).toBe(1);
    expect(e.recvset.size).toBe(0);
  });
});

describe('§1.8 b / §1.9: how the round is compared', () => {
  it('§1.8 b: a higher-round LOOKING notification jumps logicalclock, clears recvset and re-decides against the initial vote', () => {
    const { io, peer, e } = looking(1, V5);
    deliver(peer, note(3, { leader: 3, round: 1 }), io); // same round, 3 beats 1: proposal becomes 3
    loopback(peer, io);
    expect(e.proposedLeader).toBe(3);
    expect([...e.recvset.keys()].sort()).toEqual([1, 3]);
    io.clear();
    // Round 2 from server 2 proposing itself: 2 beats our *initial* vote (1) though not our proposal (3).
    deliver(peer, note(2, { leader: 2, round: 2 }), io);
    expect(e.logicalclock).toBe(2);
    expect(e.proposedLeader).toBe(2);
    expect([...e.recvset.keys()]).toEqual([2]);
    expect(io.marked('fle.round.jump')[0].args).toMatchObject({ fromRound: 1, toRound: 2, adopted: true, leader: 2 });
    expect(io.sent.map((s) => s.to).sort()).toEqual([1, 2, 3, 4, 5]);
    for (const s of io.sent) expect(s.msg).toMatchObject({ leader: 2, electionEpoch: 2 });
  });

  it('§1.8 b: on a jump, a vote that does not beat the initial vote leaves us proposing ourselves, not our old proposal', () => {
    const { io, peer, e } = looking(2);
    deliver(peer, note(3, { leader: 3, round: 1 }), io);
    expect(e.proposedLeader).toBe(3);
    io.clear();
    deliver(peer, note(1, { leader: 1, round: 3 }), io);
    expect(e.logicalclock).toBe(3);
    expect(e.proposedLeader).toBe(2);
    expect(io.marked('fle.round.jump')[0].args).toMatchObject({ adopted: false, leader: 2 });
    for (const s of io.sent) expect(s.msg).toMatchObject({ leader: 2, electionEpoch: 3 });
    expect(e.recvset.get(1)).toMatchObject({ id: 1, electionEpoch: 3 });
  });

  it('§1.9: a lower-round LOOKING notification is ignored by the loop: not stored, no vote change, no broadcast', () => {
    const { io, peer, e } = looking(1);
    deliver(peer, note(2, { leader: 2, round: 4 }), io);
    io.clear();
    deliver(peer, note(3, { leader: 3, zxid: z(5, 5), round: 2, peerEpoch: 5 }), io);
    expect(io.codes()).toContain('fle.round.lower');
    expect(e.recvset.has(3)).toBe(false);
    expect(e.proposedLeader).toBe(2);
    expect(e.logicalclock).toBe(4);
    // The only send is the WorkerReceiver's immediate reply (§1.10 rule 2), not a broadcast.
    expect(io.sent.map((s) => s.to)).toEqual([3]);
  });

  it('§1.9: a same-round vote that beats the proposal is adopted and broadcast, then recorded', () => {
    const { io, peer, e } = looking(1, V3, { currentEpoch: 1, acceptedEpoch: 1, txns: [z(1, 2)] });
    deliver(peer, note(2, { leader: 2, zxid: z(1, 3), round: 1, peerEpoch: 1 }), io);
    expect([e.proposedLeader, e.proposedZxid, e.proposedEpoch]).toEqual([2, z(1, 3), 1]);
    expect(io.codes()).toContain('fle.vote.adopt');
    expect(io.sent.map((s) => s.to).sort()).toEqual([1, 2, 3]);
    expect(e.recvset.get(2)).toMatchObject({ id: 2, zxid: z(1, 3), electionEpoch: 1, peerEpoch: 1, state: 'LOOKING' });
  });

  it('§1.9: a same-round vote that does not beat the proposal is recorded without any broadcast', () => {
    const { io, peer, e } = looking(3);
    deliver(peer, note(1, { leader: 1, round: 1 }), io);
    expect(io.codes()).toContain('fle.vote.keep');
    expect(io.sent).toEqual([]);
    expect(e.proposedLeader).toBe(3);
    expect(e.recvset.get(1)).toMatchObject({ id: 1, electionEpoch: 1 });
  });
});

describe('§1.8 c–e: recvset, the quorum test and finalizeWait', () => {
  it('§1.8: our own vote reaches recvset only through the loopback message', () => {
    const { io, peer, e } = looking(3);
    deliver(peer, note(2, { leader: 3, round: 1 }), io);
    expect(e.recvset.has(3)).toBe(false);
    expect(e.phase).toBe('polling');
    expect(io.codes()).not.toContain('fle.quorum.reached');
    loopback(peer, io);
    expect(e.recvset.has(3)).toBe(true);
    expect(e.phase).toBe('finalizing');
    expect(io.codes()).toContain('fle.quorum.reached');
  });

  it('§1.8 d: the quorum test counts only entries equal to (proposal, logicalclock) on all four fields', () => {
    const { io, peer, e } = looking(3, V3, { currentEpoch: 1, acceptedEpoch: 1, txns: [z(1, 4)] });
    loopback(peer, io);
    // Server 2 proposes 3 but with a stale zxid for it: the vote differs, so no quorum.
    deliver(peer, note(2, { leader: 3, zxid: z(1, 3), round: 1, peerEpoch: 1 }), io);
    expect(e.phase).toBe('polling');
    deliver(peer, note(1, { leader: 3, zxid: z(1, 4), round: 1, peerEpoch: 1 }), io);
    expect(e.phase).toBe('finalizing');
  });

  it('§1.8 e: a quorum starts a 200 ms finalizeWait; only silence then decides LEADING with the end vote of this round', () => {
    const { io, peer, e } = looking(3);
    deliver(peer, note(2, { leader: 3, round: 1 }), io);
    io.clear();
    loopback(peer, io);
    expect(peer.mem!.state).toBe('LOOKING');
    expect(io.timerLog.at(-1)).toEqual({ key: 'fle.poll', delayMs: 200 });
    fire(peer, 'fle.poll', io);
    expect(io.codes()).toContain('fle.decided');
    expect(peer.mem!.currentVote).toMatchObject({ id: 3, zxid: 0n, electionEpoch: 1, peerEpoch: 0 });
    expect(e.recvqueue).toEqual([]);
    expect(peer.mem!.state).toBe('LEADING');
  });

  it('§1.8 e: a participant whose proposal names another server decides FOLLOWING', () => {
    const { io, peer } = looking(1);
    deliver(peer, note(3, { leader: 3, round: 1 }), io);
    loopback(peer, io);
    fire(peer, 'fle.poll', io);
    expect(peer.mem!.state).toBe('FOLLOWING');
    expect(peer.mem!.currentVote.id).toBe(3);
    expect(io.zabConnects.map((c) => c.leader)).toEqual([3]);
  });

  it('§1.8 e: during finalizeWait a vote that does not beat the proposal is discarded (not stored) and the wait restarts', () => {
    const { io, peer, e } = looking(3);
    deliver(peer, note(2, { leader: 3, round: 1 }), io);
    loopback(peer, io);
    io.now = 150;
    io.clear();
    deliver(peer, note(1, { leader: 1, round: 1 }), io);
    expect(io.codes()).toContain('fle.finalize.discard');
    expect(e.recvset.has(1)).toBe(false);
    expect(io.timers.get('fle.poll')).toBe(350);
    expect(peer.mem!.state).toBe('LOOKING');
    fire(peer, 'fle.poll', io);
    expect(peer.mem!.state).toBe('LEADING');
  });

  it('§1.8 e: during finalizeWait a better vote is put back, adopted by the main loop, and the decision is not taken', () => {
    const { io, peer, e } = looking(1);
    deliver(peer, note(2, { leader: 2, round: 1 }), io);
    loopback(peer, io);
    expect(e.phase).toBe('finalizing');
    io.clear();
    deliver(peer, note(3, { leader: 3, round: 1 }), io);
    expect(io.codes()).toEqual(expect.arrayContaining(['fle.finalize.putBack', 'fle.vote.adopt']));
    expect(e.proposedLeader).toBe(3);
    expect(e.phase).toBe('polling');
    expect(peer.mem!.state).toBe('LOOKING');
    expect(io.sent.map((s) => s.to).sort()).toEqual([1, 2, 3]);
  });
});

describe('§1.8 receivedFollowing / §1.9: FOLLOWING and LEADING notifications', () => {
  it('§1.8/§1.9: same round — recvset entries from FOLLOWING/LEADING are version 0, so they match the leader id only and a peerEpoch mismatch still decides through recvset', () => {
    const { io, peer, e } = looking(1);
    deliver(peer, note(2, { state: 'FOLLOWING', leader: 3, round: 1, peerEpoch: 5 }), io);
    expect(e.recvset.get(2)).toMatchObject({ state: 'FOLLOWING', version: 0 });
    expect(e.outofelection.get(2)).toMatchObject({ state: 'FOLLOWING', version: 2 });
    deliver(peer, note(3, { state: 'LEADING', leader: 3, round: 1, peerEpoch: 6 }), io);
    expect(io.codes()).toContain('fle.decided');
    expect(io.codes()).not.toContain('fle.decided.outofelection');
    expect(peer.mem!.state).toBe('FOLLOWING');
    expect(peer.mem!.currentVote).toMatchObject({ id: 3, electionEpoch: 1, peerEpoch: 6 });
  });

  it('§1.9: same round — a LOOKING entry in recvset counts for a LEADING notification only if all four fields match', () => {
    const { io, peer, e } = looking(1);
    deliver(peer, note(2, { leader: 3, zxid: z(1, 1), round: 1, peerEpoch: 1 }), io); // LOOKING, adopts 3
    // The leader says LEADING with a different zxid: 2's LOOKING entry differs, so recvset has only {3}.
    deliver(peer, note(3, { state: 'LEADING', leader: 3, zxid: z(1, 2), round: 1, peerEpoch: 1 }), io);
    expect(peer.mem!.state).toBe('LOOKING');
    expect(e.recvset.get(3)).toMatchObject({ state: 'LEADING' });
    // The same LEADING vote with the zxid 2 had proposed makes {2,3} a quorum.
    deliver(peer, note(3, { state: 'LEADING', leader: 3, zxid: z(1, 1), round: 1, peerEpoch: 1 }), io);
    expect(io.codes()).toContain('fle.decided');
    expect(peer.mem!.state).toBe('FOLLOWING');
  });

  it('§1.8: a joiner adopts a leader from outofelection only once a quorum agrees on (leader, peerEpoch) AND the leader itself said LEADING; it takes the leader\'s round', () => {
    const { io, peer, e } = looking(1, V5);
    for (const sid of [2, 3, 4]) deliver(peer, note(sid, { state: 'FOLLOWING', leader: 5, zxid: z(2, 0), round: 7, peerEpoch: 2 }), io);
    expect(e.outofelection.size).toBe(3);
    expect(peer.mem!.state).toBe('LOOKING');
    expect(io.marked('fle.following.outofelection').at(-1)!.args).toMatchObject({ quorum: true, checkLeader: false });
    deliver(peer, note(5, { state: 'LEADING', leader: 5, zxid: z(2, 0), round: 7, peerEpoch: 2 }), io);
    expect(io.codes()).toContain('fle.decided.outofelection');
    expect(peer.mem!.state).toBe('FOLLOWING');
    expect(e.logicalclock).toBe(7);
    expect(peer.mem!.currentVote).toMatchObject({ id: 5, electionEpoch: 7, peerEpoch: 2 });
  });

  it('§1.8: the joiner\'s own vote is not counted — the leader\'s LEADING reply alone is no quorum of 3', () => {
    const { io, peer } = looking(1);
    loopback(peer, io);
    deliver(peer, note(3, { state: 'LEADING', leader: 3, round: 4, peerEpoch: 1 }), io);
    expect(peer.mem!.state).toBe('LOOKING');
    deliver(peer, note(2, { state: 'FOLLOWING', leader: 3, round: 4, peerEpoch: 1 }), io);
    expect(peer.mem!.state).toBe('FOLLOWING');
  });

  it('§1.6/§1.8: in outofelection votes carry their version, so replies that disagree on peerEpoch do not form a quorum', () => {
    const { io, peer, e } = looking(1);
    deliver(peer, note(2, { state: 'FOLLOWING', leader: 3, round: 4, peerEpoch: 1 }), io);
    deliver(peer, note(3, { state: 'LEADING', leader: 3, round: 4, peerEpoch: 2 }), io);
    expect(peer.mem!.state).toBe('LOOKING');
    expect(e.logicalclock).toBe(1);
  });

  it('§1.8 (ZOOKEEPER-1732): a same-round FOLLOWING reply is also put in outofelection, where a later other-round LEADING reply can complete the quorum', () => {
    const { io, peer, e } = looking(1);
    deliver(peer, note(2, { state: 'FOLLOWING', leader: 3, round: 1, peerEpoch: 1 }), io);
    expect(e.outofelection.has(2)).toBe(true);
    deliver(peer, note(3, { state: 'LEADING', leader: 3, round: 2, peerEpoch: 1 }), io);
    expect(io.codes()).toContain('fle.decided.outofelection');
    expect(e.logicalclock).toBe(2);
  });

  it('§1.7/§1.8: stale FOLLOWING replies naming us as leader in another round do not make us LEADING (checkLeader needs logicalclock == round)', () => {
    const { io, peer, e } = looking(3);
    deliver(peer, note(1, { state: 'FOLLOWING', leader: 3, round: 4, peerEpoch: 0 }), io);
    deliver(peer, note(2, { state: 'FOLLOWING', leader: 3, round: 4, peerEpoch: 0 }), io);
    expect(io.marked('fle.following.outofelection').at(-1)!.args).toMatchObject({ quorum: true, checkLeader: false });
    expect(peer.mem!.state).toBe('LOOKING');
    expect(e.logicalclock).toBe(1);
  });

  it('§1.7/§1.8: FOLLOWING replies of our own round naming us make us LEADING', () => {
    const { io, peer } = looking(3);
    deliver(peer, note(1, { state: 'FOLLOWING', leader: 3, round: 1, peerEpoch: 0 }), io);
    expect(peer.mem!.state).toBe('LOOKING');
    deliver(peer, note(2, { state: 'FOLLOWING', leader: 3, round: 1, peerEpoch: 0 }), io);
    expect(peer.mem!.state).toBe('LEADING');
  });
});
