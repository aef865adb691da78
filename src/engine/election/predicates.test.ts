/**
 * The pure rules of FastLeaderElection: initial vote (§1.3), totalOrderPredicate (§1.4), QuorumMaj
 * (§1.5), Vote.equals (§1.6) and checkLeader (§1.7).
 */
import { describe, expect, it } from 'vitest';
import { FakeIO, started, z } from './fake-io.test-helper';
import { initialVote } from './initial-vote';
import { checkLeader, hasQuorumFor, totalOrderPredicate, votesEqual } from './predicates';
import { quorumMaj } from './quorum';
import { LONG_MIN, LONG_MIN_ZXID, makeVote } from './types';

describe('§1.3 the initial vote', () => {
  it('§1.3: a participant proposes (myid, lastLoggedZxid, currentEpoch) — currentEpoch, not acceptedEpoch', () => {
    const io = new FakeIO(2, [1, 2, 3]);
    const peer = started(2, io, { currentEpoch: 3, acceptedEpoch: 5, txns: [z(3, 1), z(3, 2)] });
    expect(initialVote(peer)).toEqual({ id: 2, zxid: z(3, 2), epoch: 3 });
  });

  it('§1.3: a fresh, empty server votes for itself with zxid 0 and epoch 0', () => {
    const io = new FakeIO(1, [1, 2, 3]);
    const peer = started(1, io);
    expect(initialVote(peer)).toEqual({ id: 1, zxid: 0n, epoch: 0 });
  });

  it('§1.3: an observer proposes (Long.MIN_VALUE, MIN, MIN) whatever its disk says', () => {
    const io = new FakeIO(4, [1, 2, 3], [4]);
    const peer = started(4, io, { observer: true, currentEpoch: 2, acceptedEpoch: 2, txns: [z(2, 7)] });
    expect(initialVote(peer)).toEqual({ id: LONG_MIN, zxid: LONG_MIN_ZXID, epoch: LONG_MIN });
  });

  it('§1.3: the zxid is -1 only for an untrusted empty database (autocreate=false, no initialize file)', () => {
    const io = new FakeIO(1, [1, 2, 3]);
    const peer = started(1, io, {}, { untrustedEmptyDatabase: true });
    expect(initialVote(peer).zxid).toBe(-1n);
  });

  it('§1.3/§3.2: a missing epoch file is initialised to the epoch of the last logged zxid', () => {
    const io = new FakeIO(1, [1, 2, 3]);
    const peer = started(1, io, { txns: [z(4, 1)] });
    expect(peer.disk.currentEpoch).toBe(4);
    expect(peer.disk.acceptedEpoch).toBe(4);
    expect(initialVote(peer).epoch).toBe(4);
  });

  it('§1.3: QuorumPeer.currentVote at startup is (myid, lastLoggedZxid, currentEpoch) with electionEpoch -1', () => {
    const io = new FakeIO(3, [1, 2, 3]);
    const peer = started(3, io, { currentEpoch: 1, acceptedEpoch: 2, txns: [z(1, 9)] });
    expect(peer.mem!.currentVote).toMatchObject({ id: 3, zxid: z(1, 9), electionEpoch: -1, peerEpoch: 1 });
  });
});

describe('§1.4 totalOrderPredicate', () => {
  it('§1.4: a higher peerEpoch wins even against a much higher zxid from an older epoch', () => {
    expect(totalOrderPredicate(1, z(2, 0), 2, 3, z(1, 999), 1)).toBe(true);
    expect(totalOrderPredicate(3, z(1, 999), 1, 1, z(2, 0), 2)).toBe(false);
  });

  it('§1.4: peerEpoch is compared before zxid — currentEpoch 2 with last zxid 0x1_00000005 beats currentEpoch 1 with 0x1_00000009', () => {
    // A server that acked NEWLEADER of epoch 2 but logged nothing yet, against one holding a longer epoch-1 log.
    expect(totalOrderPredicate(1, z(1, 5), 2, 3, z(1, 9), 1)).toBe(true);
    expect(totalOrderPredicate(3, z(1, 9), 1, 1, z(1, 5), 2)).toBe(false);
  });

  it('§1.4: with equal peerEpoch the higher zxid wins, whatever the sids', () => {
    expect(totalOrderPredicate(1, z(1, 5), 1, 3, z(1, 4), 1)).toBe(true);
    expect(totalOrderPredicate(3, z(1, 4), 1, 1, z(1, 5), 1)).toBe(false);
  });

  it('§1.4: with equal peerEpoch and zxid the higher sid wins', () => {
    expect(totalOrderPredicate(3, z(1, 5), 1, 2, z(1, 5), 1)).toBe(true);
    expect(totalOrderPredicate(2, z(1, 5), 1, 3, z(1, 5), 1)).toBe(false);
  });

  it('§1.4: the comparison is strict — an identical vote does not beat itself', () => {
    expect(totalOrderPredicate(2, z(1, 5), 1, 2, z(1, 5), 1)).toBe(false);
  });
});

describe('§1.5 QuorumMaj', () => {
  it('§1.5: 3 voters need 2, 4 need 3, 5 need 3 (strictly more than floor(n/2))', () => {
    expect(quorumMaj([1, 2, 3], []).containsQuorum([1])).toBe(false);
    expect(quorumMaj([1, 2, 3], []).containsQuorum([1, 3])).toBe(true);
    expect(quorumMaj([1, 2, 3, 4], []).containsQuorum([1, 2])).toBe(false);
    expect(quorumMaj([1, 2, 3, 4], []).containsQuorum([1, 2, 4])).toBe(true);
    expect(quorumMaj([1, 2, 3, 4, 5], []).containsQuorum([1, 5])).toBe(false);
    expect(quorumMaj([1, 2, 3, 4, 5], []).containsQuorum([1, 2, 5])).toBe(true);
  });

  it('§1.5: observers and unknown sids never count toward a quorum, nor do duplicates', () => {
    const qv = quorumMaj([1, 2, 3], [4, 5]);
    expect(qv.containsQuorum([1, 4, 5])).toBe(false);
    expect(qv.containsQuorum([1, 1, 9])).toBe(false);
    expect(qv.isVoter(4)).toBe(false);
    expect(qv.isVoter(2)).toBe(true);
  });

  it('§1.5: the tracker counts only sids whose vote equals the target', () => {
    const qv = quorumMaj([1, 2, 3], []);
    const votes = new Map([
      [1, makeVote(3, z(1, 2), 4, 1)],
      [2, makeVote(3, z(1, 2), 4, 1)],
      [3, makeVote(3, z(1, 2), 3, 1)],
    ]);
    expect(hasQuorumFor(qv, votes, makeVote(3, z(1, 2), 4, 1))).toBe(true);
    votes.set(2, makeVote(3, z(1, 2), 3, 1));
    expect(hasQuorumFor(qv, votes, makeVote(3, z(1, 2), 4, 1))).toBe(false);
  });
});

describe('§1.6 Vote.equals', () => {
  it('§1.6: if either vote is LOOKING, id, zxid, electionEpoch and peerEpoch must all match', () => {
    const a = makeVote(3, z(1, 2), 4, 1, 'LOOKING');
    expect(votesEqual(a, makeVote(3, z(1, 2), 4, 1, 'FOLLOWING'))).toBe(true);
    expect(votesEqual(a, makeVote(3, z(1, 3), 4, 1, 'FOLLOWING'))).toBe(false);
    expect(votesEqual(a, makeVote(3, z(1, 2), 5, 1, 'FOLLOWING'))).toBe(false);
    expect(votesEqual(a, makeVote(3, z(1, 2), 4, 2, 'LEADING'))).toBe(false);
    expect(votesEqual(makeVote(3, z(1, 2), 4, 1, 'LEADING'), makeVote(2, z(1, 2), 4, 1, 'LOOKING'))).toBe(false);
  });

  it('§1.6: two settled votes of the same version compare id and peerEpoch, ignoring zxid and electionEpoch', () => {
    const a = makeVote(3, z(1, 2), 4, 1, 'FOLLOWING', 2);
    expect(votesEqual(a, makeVote(3, z(9, 9), 7, 1, 'LEADING', 2))).toBe(true);
    expect(votesEqual(a, makeVote(3, z(1, 2), 4, 2, 'LEADING', 2))).toBe(false);
    expect(votesEqual(makeVote(3, 0n, 1, 1, 'FOLLOWING', 0), makeVote(3, 5n, 2, 2, 'LEADING', 0))).toBe(false);
  });

  it('§1.6: when exactly one settled vote has version > 0 only the leader id is compared (ZOOKEEPER-1805)', () => {
    const v2 = makeVote(3, z(1, 2), 4, 1, 'FOLLOWING', 2);
    expect(votesEqual(v2, makeVote(3, z(5, 5), 9, 7, 'LEADING', 0))).toBe(true);
    expect(votesEqual(makeVote(3, z(5, 5), 9, 7, 'LEADING', 0), v2)).toBe(true);
    expect(votesEqual(v2, makeVote(2, z(1, 2), 4, 1, 'LEADING', 0))).toBe(false);
  });
});

describe('§1.7 checkLeader', () => {
  it('§1.7: for another leader, its own entry must exist and say LEADING', () => {
    const votes = new Map([[1, makeVote(3, 0n, 2, 1, 'FOLLOWING')]]);
    expect(checkLeader(votes, 3, 2, 1, 2)).toBe(false);
    votes.set(3, makeVote(3, 0n, 2, 1, 'FOLLOWING'));
    expect(checkLeader(votes, 3, 2, 1, 2)).toBe(false);
    votes.set(3, makeVote(3, 0n, 2, 1, 'LEADING'));
    expect(checkLeader(votes, 3, 2, 1, 2)).toBe(true);
  });

  it('§1.7: for ourselves, true only when logicalclock equals the electionEpoch in question', () => {
    const votes = new Map([[2, makeVote(1, 0n, 5, 1, 'FOLLOWING')]]);
    expect(checkLeader(votes, 1, 5, 1, 5)).toBe(true);
    expect(checkLeader(votes, 1, 4, 1, 5)).toBe(false);
  });
});
