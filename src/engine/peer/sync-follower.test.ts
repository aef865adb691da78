import { describe, expect, it } from 'vitest';
import { createDataTree } from '../datatree/data-tree';
import { makeZxid } from '../zxid';
import type { Proposal, ZkDatabase } from './database';
import { syncFollower } from './sync-follower';
import { syncLineAt, syncPathOf } from './sync-log';

const p = (epoch: number, counter: number): Proposal => ({
  zxid: makeZxid(epoch, counter),
  txn: { hdr: { sessionId: 0n, cxid: 0, zxid: makeZxid(epoch, counter), time: 0 }, body: { type: 'error', err: -101 } },
});

function db(committed: Proposal[], last: bigint): ZkDatabase {
  return { lastProcessedZxid: last, committedLog: committed, tree: createDataTree() };
}

describe('§3.6 syncFollower: DIFF, TRUNC or SNAP', () => {
  it('peer == last: an empty DIFF', () => {
    expect(syncFollower(db([p(1, 1)], makeZxid(1, 1)), [p(1, 1)], makeZxid(1, 1)).mode).toBe('DIFF');
  });

  it('peer inside the committed-log window: DIFF with the missing proposals and commits', () => {
    const plan = syncFollower(db([p(1, 1), p(1, 2), p(1, 3)], makeZxid(1, 3)), [], makeZxid(1, 1));
    expect(plan.mode).toBe('DIFF');
    expect(plan.packets.map((x) => `${x.packet} ${x.zxid.toString(16)}`)).toEqual(['DIFF 100000003', 'PROPOSAL 100000002', 'COMMIT 100000002', 'PROPOSAL 100000003', 'COMMIT 100000003']);
  });

  it('peer beyond our max in the same epoch: TRUNC to max', () => {
    const plan = syncFollower(db([p(1, 1), p(1, 2)], makeZxid(2, 0)), [], makeZxid(1, 5));
    expect(plan.packets.map((x) => `${x.packet} ${x.zxid.toString(16)}`)).toEqual(['TRUNC 100000002']);
  });

  it('a peer whose zxid we never logged, in the same epoch inside the window: TRUNC to the proposal before it', () => {
    const plan = syncFollower(db([p(1, 1), p(1, 3)], makeZxid(1, 3)), [], makeZxid(1, 2));
    expect(plan.packets[0]).toMatchObject({ packet: 'TRUNC', zxid: makeZxid(1, 1) });
  });

  it('never TRUNC across epochs: SNAP', () => {
    expect(syncFollower(db([p(1, 1), p(2, 1)], makeZxid(2, 1)), [], makeZxid(1, 2)).mode).toBe('SNAP');
  });

  it('a peer older than the window whose zxid is not in our on-disk log (our history began with a SNAP) gets SNAP, never TRUNC(-1)', () => {
    // Found by the swarm (seed 48449): the leader had been SNAP-synced at 0x200000001, so its log starts at 0x200000002.
    const plan = syncFollower(db([p(2, 2), p(2, 3)], makeZxid(2, 3)), [p(2, 2), p(2, 3)], makeZxid(2, 1));
    expect(plan.mode).toBe('SNAP');
  });

  it('a peer older than the window whose zxid is in our on-disk log: DIFF replayed from disk', () => {
    const log = [p(1, 1), p(1, 2), p(1, 3)];
    const plan = syncFollower(db([p(1, 3)], makeZxid(1, 3)), log, makeZxid(1, 1));
    expect(plan.mode).toBe('DIFF');
    expect(plan.lastQueued).toBe(makeZxid(1, 3));
  });
});

describe('point 8: the branch taken and the lines LearnerHandler.syncFollower / queueCommittedProposals log for it', () => {
  const at = (plan: ReturnType<typeof syncFollower>) => [plan.mode, plan.path, ...plan.logLines.slice(2)];

  it('in sync: "Sending DIFF zxid=… for peer sid: N" (one space)', () => {
    expect(at(syncFollower(db([p(1, 1)], makeZxid(1, 1)), [], makeZxid(1, 1), 2))).toEqual(['DIFF', 'inSync', 'Sending DIFF zxid=0x100000001 for peer sid: 2']);
  });

  it('peer inside the window: "Using committedLog", then "Sending DIFF zxid=<maxCommittedLog>  for peer sid" (two spaces)', () => {
    const plan = syncFollower(db([p(1, 1), p(1, 2), p(1, 3)], makeZxid(1, 3)), [], makeZxid(1, 1), 2);
    expect(at(plan)).toEqual(['DIFF', 'committedLog', 'Using committedLog for peer sid: 2', 'Sending DIFF zxid=0x100000003  for peer sid: 2']);
    expect([plan.minCommittedLog, plan.maxCommittedLog]).toEqual([makeZxid(1, 1), makeZxid(1, 3)]);
  });

  it('peer ahead of the window: TRUNC(max) with its DEBUG line', () => {
    expect(at(syncFollower(db([p(1, 1), p(1, 2)], makeZxid(2, 0)), [], makeZxid(1, 5), 3))).toEqual(['TRUNC', 'aheadOfCommittedLog', 'Sending TRUNC to follower zxidToSend=0x100000002 for peer sid:3']);
  });

  it('a zxid we never logged inside the window: "Sending TRUNC zxid=<prev>  for peer sid"', () => {
    expect(at(syncFollower(db([p(1, 1), p(1, 3)], makeZxid(1, 3)), [], makeZxid(1, 2), 1))).toEqual(['TRUNC', 'committedLog', 'Using committedLog for peer sid: 1', 'Sending TRUNC zxid=0x100000001  for peer sid: 1']);
  });

  it('across an epoch: "Cannot send TRUNC to peer sid: N peer zxid is from different epoch", then the "Unhandled scenario" fallback to SNAP with forwarding from the peer\'s zxid', () => {
    const plan = syncFollower(db([p(1, 1), p(2, 1)], makeZxid(2, 1)), [], makeZxid(1, 2), 1);
    expect(at(plan)).toEqual(['SNAP', 'committedLog', 'Using committedLog for peer sid: 1', 'Cannot send TRUNC to peer sid: 1 peer zxid is from different epoch', 'Unhandled scenario for peer sid: 1 fall back to use snapshot']);
    expect(plan.lastQueued).toBe(makeZxid(1, 2));
  });

  it('older than the window, served from disk: "Use txnlog and committedLog"', () => {
    const plan = syncFollower(db([p(1, 3)], makeZxid(1, 3)), [p(1, 1), p(1, 2), p(1, 3)], makeZxid(1, 1), 3);
    expect(at(plan)).toEqual(['DIFF', 'txnlogAndCommittedLog', 'Use txnlog and committedLog for peer sid: 3', 'Sending DIFF zxid=0x100000003  for peer sid: 3']);
  });

  it('a fresh 0x0 peer older than the window, our log starting at 0x100000001: SNAP (the recorded 606-txn case)', () => {
    expect(at(syncFollower(db([p(1, 1), p(1, 2)], makeZxid(1, 2)), [p(1, 1), p(1, 2)], 0n, 3))).toEqual(['SNAP', 'txnlogUnusable', 'Unable to find proposals from txnlog for zxid: 0x0']);
  });

  it('an empty on-disk log gives an empty iterator and no line at all; the empty committedLog is logged as 0x0..0x0 (the recorded late joiner)', () => {
    const plan = syncFollower(db([], makeZxid(1, 0)), [], 0n, 3);
    expect(at(plan)).toEqual(['SNAP', 'txnlogUnusable']);
    // ../shared/reference/raw/ensemble-3-start-1-2-then-3.json, leader 2:
    expect(plan.logLines[1]).toBe('Synchronizing with Learner sid: 3 maxCommittedLog=0x0 minCommittedLog=0x0 lastProcessedZxid=0x100000000 peerLastZxid=0x0');
  });

  it('older than the window but our log starts after its zxid: getProposalsFromTxnLog warns "Unable to find proposals from txnlog", SNAP', () => {
    expect(at(syncFollower(db([p(1, 2), p(1, 3)], makeZxid(1, 3)), [p(1, 2), p(1, 3)], makeZxid(1, 1), 3))).toEqual(['SNAP', 'txnlogUnusable', 'Unable to find proposals from txnlog for zxid: 0x100000001']);
  });

  it('older than the window from another epoch: "Cannot send TRUNC" ends the txnlog replay early, so the gap to the window forces SNAP', () => {
    const plan = syncFollower(db([p(2, 2), p(2, 3)], makeZxid(2, 3)), [p(1, 1), p(2, 1), p(2, 2), p(2, 3)], makeZxid(1, 2), 3);
    expect(at(plan)).toEqual(['SNAP', 'txnlogAndCommittedLog', 'Use txnlog and committedLog for peer sid: 3',
      'Cannot send TRUNC to peer sid: 3 peer zxid is from different epoch', 'Detected gap between end of txnlog: 0x100000002 and start of committedLog: 0x200000002']);
  });

  it('a peer older than the window whose zxid the log skipped (it has txns we never had) gets TRUNC from the txnlog', () => {
    const plan = syncFollower(db([p(1, 4), p(1, 5)], makeZxid(1, 5)), [p(1, 1), p(1, 3), p(1, 4), p(1, 5)], makeZxid(1, 2), 3);
    expect(at(plan)).toEqual(['TRUNC', 'txnlogAndCommittedLog', 'Use txnlog and committedLog for peer sid: 3', 'Sending TRUNC zxid=0x100000001  for peer sid: 3']);
    expect(plan.packets.map((x) => `${x.packet} ${x.zxid.toString(16)}`)).toEqual(['TRUNC 100000001', 'PROPOSAL 100000003', 'COMMIT 100000003', 'PROPOSAL 100000004', 'COMMIT 100000004', 'PROPOSAL 100000005', 'COMMIT 100000005']);
  });
});

describe('point 8: the sync-line table reads back what syncFollower logged', () => {
  it('every line of every plan has a place in 3.8.0, and the lines alone tell the mode and the branch', () => {
    const plans = [
      syncFollower(db([p(1, 1)], makeZxid(1, 1)), [], makeZxid(1, 1), 2),
      syncFollower(db([p(1, 1), p(1, 2), p(1, 3)], makeZxid(1, 3)), [], makeZxid(1, 1), 2),
      syncFollower(db([p(1, 1), p(1, 2)], makeZxid(2, 0)), [], makeZxid(1, 5), 3),
      syncFollower(db([p(1, 1), p(2, 1)], makeZxid(2, 1)), [], makeZxid(1, 2), 1),
      syncFollower(db([p(1, 3)], makeZxid(1, 3)), [p(1, 1), p(1, 2), p(1, 3)], makeZxid(1, 1), 3),
      syncFollower(db([p(1, 1), p(1, 2)], makeZxid(1, 2)), [p(1, 1), p(1, 2)], 0n, 3),
    ];
    for (const plan of plans) {
      const lines = plan.mode === 'SNAP' ? [...plan.logLines, 'Sending snapshot last zxid of peer is 0x0, …'] : plan.logLines;
      for (const l of lines) expect(syncLineAt(l), l).not.toBeNull();
      expect(syncPathOf(lines)).toEqual({ mode: plan.mode, path: plan.path });
    }
  });
});
