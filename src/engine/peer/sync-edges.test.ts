/**
 * The edges of synchronisation as ZooKeeper 3.8.0 handles them (issue 16): each test names the class and
 * method of tag release-3.8.0-1 whose behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { createDataTree } from '../datatree/data-tree';
import { deliver, FakeIO, input, note, started, z } from '../election/fake-io.test-helper';
import type { Proposal } from './database';
import { addCommittedProposal, COMMIT_LOG_COUNT } from './database';
import type { QuorumPacket } from './packets';
import { bare, followerPeer, leaderInfo, recv } from './zab-test-helpers.test-helper';

const txn = (zxid: bigint): Proposal => ({ zxid, txn: { hdr: { sessionId: 0n, cxid: 0, zxid, time: 0 }, body: { type: 'error', err: -101 } } });
const proposal = (zxid: bigint): QuorumPacket => ({ type: 'zab', packet: 'PROPOSAL', zxid, proposal: txn(zxid) });
const inform = (zxid: bigint): QuorumPacket => ({ type: 'zab', packet: 'INFORM', zxid, proposal: txn(zxid) });
const snap = (zxid: bigint): QuorumPacket => {
  const tree = createDataTree();
  tree.lastProcessedZxid = zxid;
  return { type: 'zab', packet: 'SNAP', zxid, snapshot: { lastProcessedZxid: zxid, tree } };
};

describe('point 1: Learner.syncWithLeader persists a SNAP only at NEWLEADER; Learner.shutdown clears an unsealed one', () => {
  it('on SNAP only memory changes: the disk keeps the old log and no snapshot until NEWLEADER (zk.takeSnapshot(syncSnapshot))', () => {
    const { io, peer } = followerPeer(1, { currentEpoch: 1, acceptedEpoch: 1, txns: [z(1, 1), z(1, 2)] });
    recv(peer, 3, leaderInfo(2), io);
    recv(peer, 3, snap(z(2, 40)), io);
    expect(peer.mem!.db.lastProcessedZxid).toBe(z(2, 40));
    expect(peer.disk.snapshot).toBeNull();
    expect(peer.disk.txnLog.map((t) => t.zxid)).toEqual([z(1, 1), z(1, 2)]);
    recv(peer, 3, bare('NEWLEADER', z(2, 0)), io);
    expect(peer.disk.snapshot?.lastProcessedZxid).toBe(z(2, 40));
  });

  it('a learner that loses its leader between SNAP and NEWLEADER reloads its old state from disk, so its next vote carries its old zxid (zk.shutdown(true) → zkDb.clear, getLastLoggedZxid → loadDataBase)', () => {
    const { io, peer } = followerPeer(1, { currentEpoch: 1, acceptedEpoch: 1, txns: [z(1, 1), z(1, 2)] });
    recv(peer, 3, leaderInfo(2), io);
    recv(peer, 3, snap(z(2, 40)), io);
    io.clear();
    input(peer, { kind: 'zabClosed', peer: 3 }, io);
    expect(peer.mem!.state).toBe('LOOKING');
    expect(io.marked('zab.snap.discarded')[0].args.zxid).toBe(z(1, 2));
    expect(io.sent.find((s) => s.to === 2)?.msg.zxid).toBe(z(1, 2));
  });

  it('after NEWLEADER the SNAP is sealed (sync mode NONE): losing the leader keeps the leader\'s state', () => {
    const { io, peer } = followerPeer(1, { currentEpoch: 1, acceptedEpoch: 1, txns: [z(1, 1)] });
    recv(peer, 3, leaderInfo(2), io);
    recv(peer, 3, snap(z(2, 40)), io);
    recv(peer, 3, bare('NEWLEADER', z(2, 0)), io);
    io.clear();
    input(peer, { kind: 'zabClosed', peer: 3 }, io);
    expect(io.codes()).not.toContain('zab.snap.discarded');
    expect(io.sent.find((s) => s.to === 2)?.msg.zxid).toBe(z(2, 40));
  });
});

/** Follower 1 synced by an empty DIFF with leader 3 in epoch 2, in broadcast. */
function broadcastingFollower() {
  const { io, peer } = followerPeer(1, { currentEpoch: 1, acceptedEpoch: 1 });
  for (const p of [leaderInfo(2), bare('DIFF', 0n), bare('NEWLEADER', z(2, 0)), bare('UPTODATE', -1n)]) recv(peer, 3, p, io);
  return { io, peer };
}

describe('point 2: FollowerZooKeeperServer.commit and the observer at UPTODATE (Learner.syncWithLeader)', () => {
  it('a COMMIT with no pending txn is a warning ("Committing … without seeing txn"), not an exit', () => {
    const { io, peer } = broadcastingFollower();
    io.clear();
    const out = recv(peer, 3, bare('COMMIT', z(2, 1)), io);
    expect(out.exited).toBeNull();
    expect(io.marked('zab.commit.withoutTxn')[0].args.zxid).toBe(z(2, 1));
    expect(peer.mem!.serving).toBe(true);
  });

  it('a COMMIT that is not the head of pendingTxns still ends the process (UNMATCHED_TXN_COMMIT)', () => {
    const { io, peer } = broadcastingFollower();
    recv(peer, 3, proposal(z(2, 1)), io);
    expect(recv(peer, 3, bare('COMMIT', z(2, 2)), io).exited).toBe('Committing zxid 0x200000002 but next pending txn 0x200000001');
  });

  it('an observer skips a proposal whose zxid is not the next remembered commit, with a warning, and applies the matching ones', () => {
    const { io, peer } = followerPeer(4, { observer: true, currentEpoch: 1, acceptedEpoch: 1 }, [1, 2, 3], [4]);
    recv(peer, 3, leaderInfo(2), io);
    recv(peer, 3, bare('DIFF', 0n), io);
    recv(peer, 3, proposal(z(2, 1)), io); // an outstanding proposal without its COMMIT
    recv(peer, 3, bare('NEWLEADER', z(2, 0)), io);
    recv(peer, 3, inform(z(2, 2)), io);
    io.clear();
    expect(recv(peer, 3, bare('UPTODATE', -1n), io).exited).toBeNull();
    expect(io.marked('zab.commit.skipped').map((m) => [m.args.zxid, m.args.next])).toEqual([[z(2, 2), z(2, 1)]]);
    expect(peer.mem!.serving).toBe(true);
  });
});

describe('point 3: FastLeaderElection.getInitLastLoggedZxid is read live (QuorumPeer.getLastLoggedZxid)', () => {
  it('the -1 guard holds only while the database is untrusted-empty: after a SNAP sync the server takes part in LOOKING exchanges again', () => {
    const io = new FakeIO(1, [1, 2, 3]);
    const peer = started(1, io, {}, { untrustedEmptyDatabase: true });
    deliver(peer, note(2, { leader: 2, round: 1 }), io);
    expect(io.codes()).toContain('fle.ignore.selfMinusOne');
    deliver(peer, note(2, { state: 'FOLLOWING', leader: 3, round: 1, peerEpoch: 1 }), io);
    deliver(peer, note(3, { state: 'LEADING', leader: 3, round: 1, peerEpoch: 1 }), io);
    input(peer, { kind: 'zabConnected', peer: 3 }, io);
    recv(peer, 3, leaderInfo(1), io);
    recv(peer, 3, snap(z(1, 0)), io);
    recv(peer, 3, bare('NEWLEADER', z(1, 0)), io);
    recv(peer, 3, bare('UPTODATE', -1n), io);
    input(peer, { kind: 'zabClosed', peer: 3 }, io);
    io.clear();
    deliver(peer, note(2, { leader: 2, zxid: z(1, 0), round: 5, peerEpoch: 1 }), io);
    expect(io.codes()).not.toContain('fle.ignore.selfMinusOne');
    expect(io.codes()).toContain('fle.round.jump');
  });

  it('an observer proposes Long.MIN_VALUE, never -1, so the guard never applies to it', () => {
    const io = new FakeIO(4, [1, 2, 3], [4]);
    const peer = started(4, io, { observer: true });
    io.clear();
    deliver(peer, note(2, { leader: 2, round: 1 }), io);
    expect(io.codes()).not.toContain('fle.ignore.selfMinusOne');
  });
});

describe('point 4: Learner.syncWithLeader TRUNC sets lastProcessedZxid to the TRUNC zxid (ZKDatabase.setlastProcessedZxid)', () => {
  it('whatever the reload after truncateLog gave', () => {
    const { io, peer } = followerPeer(1, { currentEpoch: 1, acceptedEpoch: 1, txns: [z(1, 1), z(1, 2), z(1, 5)] });
    recv(peer, 3, leaderInfo(2), io);
    recv(peer, 3, bare('TRUNC', z(1, 4)), io);
    expect(peer.disk.txnLog.map((t) => t.zxid)).toEqual([z(1, 1), z(1, 2)]);
    expect(io.marked('zab.trunc.applied')[0].args.reloaded).toBe(z(1, 4));
    expect(peer.mem!.db.lastProcessedZxid).toBe(z(1, 4));
    expect(peer.mem!.db.tree.lastProcessedZxid).toBe(z(1, 4));
  });
});

describe('point 5: Learner.syncWithLeader applies an INFORM at once before NEWLEADER in SNAP/TRUNC mode (zk.processTxn)', () => {
  it('an observer syncing by SNAP applies an INFORM that arrives before NEWLEADER immediately', () => {
    const { io, peer } = followerPeer(4, { observer: true, currentEpoch: 1, acceptedEpoch: 1 }, [1, 2, 3], [4]);
    recv(peer, 3, leaderInfo(2), io);
    recv(peer, 3, snap(z(2, 3)), io);
    recv(peer, 3, inform(z(2, 4)), io);
    expect(peer.mem!.db.lastProcessedZxid).toBe(z(2, 4));
    expect(peer.mem!.learner!.packetsCommitted).toEqual([]);
  });

  it('after NEWLEADER (or in DIFF mode) it is remembered and applied at UPTODATE', () => {
    const { io, peer } = followerPeer(4, { observer: true, currentEpoch: 1, acceptedEpoch: 1 }, [1, 2, 3], [4]);
    recv(peer, 3, leaderInfo(2), io);
    recv(peer, 3, bare('DIFF', 0n), io);
    recv(peer, 3, inform(z(2, 1)), io);
    expect(peer.mem!.db.lastProcessedZxid).toBe(0n);
    recv(peer, 3, bare('NEWLEADER', z(2, 0)), io);
    recv(peer, 3, bare('UPTODATE', -1n), io);
    expect(peer.mem!.db.lastProcessedZxid).toBe(z(2, 1));
  });
});

describe('point 6: ZKDatabase.addCommittedProposal removes the oldest before adding', () => {
  it(`a full committedLog holds commitLogCount + 1 = ${COMMIT_LOG_COUNT + 1} proposals`, () => {
    const db = { lastProcessedZxid: 0n, committedLog: [] as Proposal[], tree: createDataTree() };
    for (let i = 1; i <= 606; i++) addCommittedProposal(db, txn(z(1, i)));
    expect(db.committedLog.length).toBe(501);
    // A recording of a real leader after 606 txns logged minCommittedLog=0x10000006a, maxCommittedLog=0x10000025e.
    expect([db.committedLog[0].zxid, db.committedLog.at(-1)!.zxid]).toEqual([z(1, 0x6a), z(1, 0x25e)]);
  });
});
