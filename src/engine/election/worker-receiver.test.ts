/**
 * WorkerReceiver: who answers whom, at once (reference §1.10), and observers in the election (§1.11).
 */
import { describe, expect, it } from 'vitest';
import { deliver, FakeIO, fire, input, loopback, note, started, z } from './fake-io.test-helper';
import { LONG_MIN, LONG_MIN_ZXID } from './types';

const V3 = [1, 2, 3];

/** Server 1 (of 1,2,3 + observer 4), LOOKING in round 1, that has adopted server 3's vote. */
function lookingFor3() {
  const io = new FakeIO(1, V3, [4]);
  const peer = started(1, io, { currentEpoch: 1, acceptedEpoch: 1, txns: [z(1, 2)] });
  deliver(peer, note(3, { leader: 3, zxid: z(1, 2), round: 1, peerEpoch: 1 }), io);
  io.clear();
  return { io, peer };
}

/** Server 1 that followed leader 3 (decided in round 5). */
function follower() {
  const io = new FakeIO(1, V3, [4]);
  const peer = started(1, io, { currentEpoch: 1, acceptedEpoch: 1 });
  deliver(peer, note(2, { state: 'FOLLOWING', leader: 3, zxid: z(1, 0), round: 5, peerEpoch: 1 }), io);
  deliver(peer, note(3, { state: 'LEADING', leader: 3, zxid: z(1, 0), round: 5, peerEpoch: 1 }), io);
  expect(peer.mem!.state).toBe('FOLLOWING');
  io.clear();
  return { io, peer };
}

describe('§1.10 WorkerReceiver', () => {
  it('§1.10 rule 1: a LOOKING voter answers a non-voter with its stale currentVote and its live round, and never queues the message', () => {
    const { io, peer } = lookingFor3();
    const e = peer.mem!.election;
    deliver(peer, note(4, { leader: LONG_MIN, zxid: LONG_MIN_ZXID, round: 1, peerEpoch: LONG_MIN }), io);
    expect(io.sent).toEqual([{ to: 4, msg: expect.objectContaining({ state: 'LOOKING', leader: 1, zxid: z(1, 2), electionEpoch: 1, peerEpoch: 1 }) }]);
    expect(io.codes()).toEqual(['receiver.reply.nonVoter']);
    expect(e.recvset.has(4)).toBe(false);
    expect(e.recvqueue).toEqual([]);
    expect(e.proposedLeader).toBe(3);
  });

  it('§1.10 rule 1: a FOLLOWING voter answers a non-voter with state FOLLOWING and its currentVote', () => {
    const { io, peer } = follower();
    deliver(peer, note(4, { state: 'LOOKING', leader: LONG_MIN, zxid: LONG_MIN_ZXID, round: 9, peerEpoch: LONG_MIN }), io);
    expect(io.sent).toEqual([{ to: 4, msg: expect.objectContaining({ state: 'FOLLOWING', leader: 3, electionEpoch: 5, peerEpoch: 1 }) }]);
  });

  it('§1.10 rule 2: a LOOKING receiver answers a lower-round LOOKING sender at once with its live proposal and round', () => {
    const { io, peer } = lookingFor3();
    deliver(peer, note(2, { leader: 2, zxid: z(1, 5), round: 3, peerEpoch: 1 }), io); // jump to round 3, adopt 2
    io.clear();
    deliver(peer, note(3, { leader: 3, zxid: z(1, 2), round: 1, peerEpoch: 1 }), io);
    // The live proposal (2), not the stale currentVote (1).
    expect(io.sent).toEqual([{ to: 3, msg: expect.objectContaining({ state: 'LOOKING', leader: 2, zxid: z(1, 5), electionEpoch: 3 }) }]);
    expect(io.codes()).toEqual(['receiver.reply.lowerRound', 'fle.round.lower']);
  });

  it('§1.10 rule 2: no immediate reply to a same-round LOOKING sender, nor to a lower-round FOLLOWING sender', () => {
    const { io, peer } = lookingFor3();
    deliver(peer, note(2, { leader: 2, round: 1 }), io);
    expect(io.codes()).not.toContain('receiver.reply.lowerRound');
    expect(io.sent).toEqual([]);
    deliver(peer, note(2, { leader: 2, round: 3 }), io);
    io.clear();
    deliver(peer, note(3, { state: 'FOLLOWING', leader: 2, round: 1, peerEpoch: 1 }), io);
    expect(io.codes()).not.toContain('receiver.reply.lowerRound');
    expect(io.sent).toEqual([]);
  });

  it('§1.10 rule 3: a FOLLOWING server answers a LOOKING voter with currentVote, the round it finished in and its state', () => {
    const { io, peer } = follower();
    deliver(peer, note(2, { leader: 2, round: 9 }), io);
    expect(io.sent).toEqual([{ to: 2, msg: expect.objectContaining({ state: 'FOLLOWING', leader: 3, zxid: z(1, 0), electionEpoch: 5, peerEpoch: 1 }) }]);
    expect(io.codes()).toEqual(['receiver.reply.notLooking']);
    expect(peer.mem!.election.logicalclock).toBe(5);
  });

  it('§1.10 rule 4: a settled server does not answer a settled sender', () => {
    const { io, peer } = follower();
    deliver(peer, note(2, { state: 'FOLLOWING', leader: 3, round: 5, peerEpoch: 1 }), io);
    deliver(peer, note(3, { state: 'LEADING', leader: 3, round: 5, peerEpoch: 1 }), io);
    expect(io.sent).toEqual([]);
    expect(io.marks).toEqual([]);
  });

  it('§1.10 rule 3/§1.3: a leader answers a LOOKING voter with currentVote whose peerEpoch was updated to the new epoch at startZkServer', () => {
    const io = new FakeIO(3, V3);
    const peer = started(3, io);
    deliver(peer, note(2, { leader: 3, round: 1 }), io);
    loopback(peer, io);
    fire(peer, 'fle.poll', io);
    expect(peer.mem!.state).toBe('LEADING');
    expect(peer.mem!.currentVote.peerEpoch).toBe(0);
    // Zab with follower 2: FOLLOWERINFO, ACKEPOCH, ACK of NEWLEADER.
    input(peer, { kind: 'zabPacket', from: 2, packet: { type: 'zab', packet: 'FOLLOWERINFO', zxid: 0n, learnerSid: 2 } }, io);
    input(peer, { kind: 'zabPacket', from: 2, packet: { type: 'zab', packet: 'ACKEPOCH', zxid: 0n, currentEpoch: 0 } }, io);
    input(peer, { kind: 'zabPacket', from: 2, packet: { type: 'zab', packet: 'ACK', zxid: z(1, 0) } }, io);
    expect(peer.mem!.serving).toBe(true);
    io.clear();
    deliver(peer, note(1, { leader: 1, round: 4 }), io);
    expect(io.sent).toEqual([{ to: 1, msg: expect.objectContaining({ state: 'LEADING', leader: 3, electionEpoch: 1, peerEpoch: 1 }) }]);
  });
});

describe('§1.11 observers in the election', () => {
  it('§1.11: an observer sends its (MIN, MIN, MIN) vote to the voters only — no loopback, since it is no voter', () => {
    const io = new FakeIO(4, V3, [4]);
    started(4, io, { observer: true }, {}, true);
    expect(io.sent.map((s) => s.to).sort()).toEqual([1, 2, 3]);
    for (const s of io.sent) expect(s.msg).toMatchObject({ leader: LONG_MIN, zxid: LONG_MIN_ZXID, peerEpoch: LONG_MIN, state: 'LOOKING' });
  });

  it('§1.11: an observer ends its election through FOLLOWING/LEADING replies and enters OBSERVING', () => {
    const io = new FakeIO(4, V3, [4]);
    const peer = started(4, io, { observer: true });
    deliver(peer, note(1, { state: 'FOLLOWING', leader: 3, round: 2, peerEpoch: 1 }), io);
    expect(peer.mem!.state).toBe('LOOKING');
    deliver(peer, note(3, { state: 'LEADING', leader: 3, round: 2, peerEpoch: 1 }), io);
    expect(peer.mem!.state).toBe('OBSERVING');
    expect(io.zabConnects).toEqual([expect.objectContaining({ leader: 3 })]);
  });

  it('§1.11/§1.8 e: an observer adopts a voter\'s LOOKING vote (weight 1 beats MIN); a quorum of voters\' matching votes ends in OBSERVING, never LEADING/FOLLOWING', () => {
    const io = new FakeIO(4, V3, [4]);
    const peer = started(4, io, { observer: true });
    deliver(peer, note(1, { leader: 3, round: 1 }), io);
    expect(peer.mem!.election.proposedLeader).toBe(3);
    // An observer sends only to voters; adopting a vote re-broadcasts it to them.
    expect(io.sent.map((s) => s.to).sort()).toEqual([1, 2, 3]);
    deliver(peer, note(2, { leader: 3, round: 1 }), io);
    expect(peer.mem!.election.phase).toBe('finalizing');
    fire(peer, 'fle.poll', io);
    expect(peer.mem!.state).toBe('OBSERVING');
  });

  it('§1.11/§2 (QuorumPeer.run OBSERVING, Observer.waitForObserverElectionDelay): after leaving OBSERVING an observer waits a random delay in [0, observer.election.DelayMs) before its next lookForLeader', () => {
    const io = new FakeIO(4, V3, [4]);
    io.randomValue = 137;
    const peer = started(4, io, { observer: true });
    deliver(peer, note(1, { state: 'FOLLOWING', leader: 3, round: 2, peerEpoch: 1 }), io);
    deliver(peer, note(3, { state: 'LEADING', leader: 3, round: 2, peerEpoch: 1 }), io);
    input(peer, { kind: 'zabConnected', peer: 3 }, io);
    io.clear();
    io.now = 1000;
    input(peer, { kind: 'zabClosed', peer: 3 }, io);
    expect(peer.mem!.state).toBe('LOOKING');
    expect(io.codes()).toContain('peer.observerDelay');
    expect(io.codes()).not.toContain('fle.lookForLeader');
    expect(io.timers.get('observer.delay')).toBe(1137);
    expect(io.marked('peer.observerDelay')[0].args.delayMs).toBe(137);
    expect(peer.mem!.election.logicalclock).toBe(2);
    expect(io.sent).toEqual([]);
    fire(peer, 'observer.delay', io);
    expect(io.codes()).toContain('fle.lookForLeader');
    expect(peer.mem!.election.logicalclock).toBe(3);
    expect(io.sent.map((s) => s.to).sort()).toEqual([1, 2, 3]);
  });

  it('§2: a follower that leaves FOLLOWING looks again at once, with no observer delay', () => {
    const io = new FakeIO(1, V3);
    const peer = started(1, io);
    deliver(peer, note(2, { state: 'FOLLOWING', leader: 3, round: 2, peerEpoch: 0 }), io);
    deliver(peer, note(3, { state: 'LEADING', leader: 3, round: 2, peerEpoch: 0 }), io);
    input(peer, { kind: 'zabConnected', peer: 3 }, io);
    io.clear();
    input(peer, { kind: 'zabClosed', peer: 3 }, io);
    expect(io.codes()).not.toContain('peer.observerDelay');
    expect(io.codes()).toContain('fle.lookForLeader');
    expect(peer.mem!.election.logicalclock).toBe(3);
  });
});
