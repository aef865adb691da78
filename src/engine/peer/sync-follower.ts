/**
 * LearnerMaster.syncFollower in 3.8: DIFF, TRUNC or SNAP, and which proposals to replay
 * (reference §3.6). Pure: it reads the leader's database and returns the packets to queue.
 */
import type { Zxid } from '../zxid';
import { counterOf, epochOf } from '../zxid';
import type { Proposal, ZkDatabase } from './database';
import type { QuorumPacket } from './packets';
import { packet } from './packets';

/**
 * The branch of syncFollower that decided (§3.6), in order: the peer has our last zxid; it is past our
 * committedLog; it is inside committedLog ("Using committedLog"); it is older, replayed from the txn log
 * ("Use txnlog and committedLog"); nothing could be replayed (SNAP).
 */
export type SyncBranch = 'peerIsLast' | 'peerAfterMax' | 'committedLog' | 'txnlogAndCommittedLog' | 'snap';

/** What syncFollower compared: the peer's zxid against the leader's committedLog window and last zxid. */
export interface SyncInputs {
  readonly peerLastZxid: Zxid;
  readonly minCommittedLog: Zxid;
  readonly maxCommittedLog: Zxid;
  readonly lastProcessedZxid: Zxid;
}

/** What the handler must send before NEWLEADER. */
export interface SyncPlan {
  readonly mode: 'DIFF' | 'TRUNC' | 'SNAP';
  readonly branch: SyncBranch;
  readonly inputs: SyncInputs;
  /** DIFF/TRUNC and the replayed PROPOSAL/COMMIT pairs, in order; empty for SNAP. */
  readonly packets: QuorumPacket[];
  /** The highest zxid queued, for startForwarding. */
  readonly lastQueued: Zxid;
  /** Why, in the words of the rule that chose it. */
  readonly reason: string;
}

/**
 * Chooses the sync for a learner whose last zxid is `peer`. `txnLog` is the leader's on-disk log,
 * used when the peer is older than the committed-log window; `snapSizeLimitOk` says whether that
 * log is still under snapshotSizeFactor of the snapshot.
 */
export function syncFollower(db: ZkDatabase, txnLog: readonly Proposal[], peer: Zxid, snapSizeLimitOk = true): SyncPlan {
  const last = db.lastProcessedZxid;
  const log = db.committedLog;
  const min = log.length > 0 ? log[0].zxid : last;
  const max = log.length > 0 ? log[log.length - 1].zxid : last;
  const newEpochPeer = counterOf(peer) === 0n;
  const inputs: SyncInputs = { peerLastZxid: peer, minCommittedLog: min, maxCommittedLog: max, lastProcessedZxid: last };
  if (peer === last) {
    return { mode: 'DIFF', branch: 'peerIsLast', inputs, packets: [packet('DIFF', peer)], lastQueued: peer, reason: 'peer has our last zxid: empty DIFF' };
  }
  if (peer > max && !newEpochPeer) {
    return { mode: 'TRUNC', branch: 'peerAfterMax', inputs, packets: [packet('TRUNC', max)], lastQueued: max, reason: 'peer is ahead of our committed log: TRUNC to its max' };
  }
  if (log.length > 0 && min <= peer && peer <= max) {
    const plan = replay(log, peer, max);
    if (plan) return { ...plan, branch: 'committedLog', inputs };
  } else if (peer < min && snapSizeLimitOk) {
    // The on-disk log from the peer's zxid, then the in-memory window. Our log is never purged, so
    // the gap between the two that forces SNAP in ZooKeeper cannot occur here.
    // ZKDatabase.getProposalsFromTxnLog refuses unless the log starts exactly at the peer's zxid: when its
    // first txn is beyond it (the peer's history came from a snapshot, or the peer is empty) there is no
    // way to prove the peer has nothing we lack, so the answer is SNAP.
    const fromDisk = txnLog.filter((p) => p.zxid >= peer && p.zxid <= last);
    if (fromDisk.length > 0 && fromDisk[0].zxid === peer) {
      const plan = replay(mergeLogs(fromDisk, log), peer, max);
      if (plan) return { ...plan, branch: 'txnlogAndCommittedLog', inputs };
    }
  }
  return { mode: 'SNAP', branch: 'snap', inputs, packets: [], lastQueued: last, reason: 'no DIFF or TRUNC possible: SNAP' };
}

function mergeLogs(disk: readonly Proposal[], memory: readonly Proposal[]): Proposal[] {
  const byZxid = new Map<Zxid, Proposal>();
  for (const p of disk) byZxid.set(p.zxid, p);
  for (const p of memory) byZxid.set(p.zxid, p);
  return [...byZxid.values()].sort((a, b) => (a.zxid < b.zxid ? -1 : a.zxid > b.zxid ? 1 : 0));
}

/** queueCommittedProposals: (peer, max] as PROPOSAL+COMMIT behind a DIFF or TRUNC, or null for SNAP. */
function replay(proposals: readonly Proposal[], peer: Zxid, lastCommitted: Zxid): Omit<SyncPlan, 'branch' | 'inputs'> | null {
  const packets: QuorumPacket[] = [];
  let prev: Zxid = -1n;
  let opSent = false;
  let mode: 'DIFF' | 'TRUNC' = 'DIFF';
  let queued = peer;
  const newEpochPeer = counterOf(peer) === 0n;
  for (const p of proposals) {
    if (p.zxid < peer) {
      prev = p.zxid;
      continue;
    }
    if (!opSent) {
      if (p.zxid === peer) {
        packets.push(packet('DIFF', lastCommitted));
        opSent = true;
        continue;
      }
      if (newEpochPeer) {
        packets.push(packet('DIFF', lastCommitted));
        opSent = true;
      } else if (p.zxid > peer) {
        // Never TRUNC across an epoch boundary: fall back to SNAP.
        if (epochOf(p.zxid) !== epochOf(peer)) return null;
        packets.push(packet('TRUNC', prev));
        mode = 'TRUNC';
        opSent = true;
      }
    }
    if (p.zxid <= queued) continue;
    packets.push({ type: 'zab', packet: 'PROPOSAL', zxid: p.zxid, proposal: p });
    packets.push(packet('COMMIT', p.zxid));
    queued = p.zxid;
  }
  if (!opSent && newEpochPeer) {
    packets.push(packet('DIFF', lastCommitted));
    opSent = true;
  }
  if (!opSent) return null;
  return { mode, packets, lastQueued: queued, reason: mode === 'DIFF' ? 'peer within our log: DIFF' : 'peer has txns we never committed: TRUNC' };
}
