import { describe, expect, it } from 'vitest';
import { createDataTree } from '../datatree/data-tree';
import { makeZxid } from '../zxid';
import type { Proposal, ZkDatabase } from './database';
import { syncFollower } from './sync-follower';

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
