/**
 * LearnerHandler.syncFollower in 3.8: DIFF, TRUNC or SNAP, and which proposals to replay
 * (reference §3.6). Pure: it reads the leader's database and returns the packets to queue, with the
 * branch it took and the lines ZooKeeper logs for it, so our trace reads next to a real leader's log.
 */
import type { Zxid } from '../zxid';
import { counterOf, epochOf } from '../zxid';
import type { Proposal, ZkDatabase } from './database';
import type { QuorumPacket } from './packets';
import { packet } from './packets';

/**
 * The branch of syncFollower taken: `inSync` (peerLastZxid == lastProcessedZxid), `aheadOfCommittedLog`
 * (peer > maxCommittedLog), `committedLog` ("Using committedLog"), `txnlogAndCommittedLog` ("Use txnlog
 * and committedLog"), `txnlogUnusable` (older than the window and the on-disk log cannot serve it).
 */
export type SyncPath = 'inSync' | 'aheadOfCommittedLog' | 'committedLog' | 'txnlogAndCommittedLog' | 'txnlogUnusable';

/** What the handler must send before NEWLEADER. */
export interface SyncPlan {
  readonly mode: 'DIFF' | 'TRUNC' | 'SNAP';
  /** DIFF/TRUNC and the replayed PROPOSAL/COMMIT pairs, in order; empty for SNAP. */
  readonly packets: QuorumPacket[];
  /** The highest zxid queued, for startForwarding. */
  readonly lastQueued: Zxid;
  readonly path: SyncPath;
  /** The committed-log window as ZooKeeper logs it (ZKDatabase's fields: 0 while the log is empty). */
  readonly minCommittedLog: Zxid;
  readonly maxCommittedLog: Zxid;
  /** ZooKeeper's lines, from isTxnLogSyncEnabled's to the packet chosen (SNAP's own line comes from the handler). */
  readonly logLines: readonly string[];
  /** Why, in the words of the rule that chose it. */
  readonly reason: string;
}

/** Long.toHexString: a negative zxid prints as its 64-bit two's complement. */
export function longHex(z: Zxid): string {
  return `0x${BigInt.asUintN(64, z).toString(16)}`;
}

/**
 * Chooses the sync for learner `sid` whose last zxid is `peer`. `txnLog` is the leader's on-disk log,
 * used when the peer is older than the committed-log window.
 */
export function syncFollower(db: ZkDatabase, txnLog: readonly Proposal[], peer: Zxid, sid = 0): SyncPlan {
  const last = db.lastProcessedZxid;
  const log = db.committedLog;
  // ZKDatabase's min/maxCommittedLog fields (0 while the log is empty) are what ZooKeeper logs; the
  // branches below use lastProcessedZxid for both when the log is empty.
  const window = { minCommittedLog: log.length > 0 ? log[0].zxid : 0n, maxCommittedLog: log.length > 0 ? log[log.length - 1].zxid : 0n };
  const min = log.length > 0 ? window.minCommittedLog : last;
  const max = log.length > 0 ? window.maxCommittedLog : last;
  const newEpochPeer = counterOf(peer) === 0n;
  // db.isTxnLogSyncEnabled() logs its answer first (snapshotSizeFactor keeps its default).
  const logLines = ['On disk txn sync enabled with snapshotSizeFactor 0.33', `Synchronizing with Learner sid: ${sid} maxCommittedLog=${longHex(window.maxCommittedLog)} minCommittedLog=${longHex(window.minCommittedLog)} lastProcessedZxid=${longHex(last)} peerLastZxid=${longHex(peer)}`];
  if (peer === last) {
    logLines.push(`Sending DIFF zxid=${longHex(peer)} for peer sid: ${sid}`);
    return { ...window, mode: 'DIFF', path: 'inSync', packets: [packet('DIFF', peer)], lastQueued: peer, logLines, reason: 'peer has our last zxid: empty DIFF' };
  }
  if (peer > max && !newEpochPeer) {
    logLines.push(`Sending TRUNC to follower zxidToSend=${longHex(max)} for peer sid:${sid}`); // at DEBUG in 3.8.0
    return { ...window, mode: 'TRUNC', path: 'aheadOfCommittedLog', packets: [packet('TRUNC', max)], lastQueued: max, logLines, reason: 'peer is ahead of our committed log: TRUNC to its max' };
  }
  if (min <= peer && peer <= max) {
    logLines.push(`Using committedLog for peer sid: ${sid}`);
    const plan = replay(log, peer, max, sid, logLines);
    if (plan) return { ...window, ...plan, path: 'committedLog', logLines };
    // needSnap was already cleared on this branch, so startForwarding got the peer's zxid, not ours.
    logLines.push(`Unhandled scenario for peer sid: ${sid} fall back to use snapshot`);
    return { ...window, mode: 'SNAP', path: 'committedLog', packets: [], lastQueued: peer, logLines, reason: SNAP_REASON };
  }
  if (peer < min) return { ...window, ...fromTxnLog(txnLog, db, peer, sid, logLines), logLines };
  return { ...window, mode: 'SNAP', path: 'txnlogUnusable', packets: [], lastQueued: last, logLines, reason: SNAP_REASON };
}

const SNAP_REASON = 'no DIFF or TRUNC possible: SNAP';

/**
 * "Use txnlog and committedLog": the on-disk log up to minCommittedLog, then the window. Our log is one
 * file, so ZKDatabase.getProposalsFromTxnLog (FileTxnIterator without fast-forward) can serve the peer
 * only when the log starts at or before its zxid; the size limit rarely bites (issue 16) and is not modelled.
 */
function fromTxnLog(txnLog: readonly Proposal[], db: ZkDatabase, peer: Zxid, sid: number, logLines: string[]): Omit<SyncPlan, 'minCommittedLog' | 'maxCommittedLog' | 'logLines'> {
  const log = db.committedLog;
  const min = log.length > 0 ? log[0].zxid : db.lastProcessedZxid;
  const max = log.length > 0 ? log[log.length - 1].zxid : db.lastProcessedZxid;
  const snapPlan = { mode: 'SNAP' as const, packets: [], lastQueued: db.lastProcessedZxid, reason: SNAP_REASON };
  if (txnLog.length === 0) return { ...snapPlan, path: 'txnlogUnusable' };
  if (txnLog[0].zxid > peer) {
    logLines.push(`Unable to find proposals from txnlog for zxid: ${longHex(peer)}`);
    return { ...snapPlan, path: 'txnlogUnusable' };
  }
  logLines.push(`Use txnlog and committedLog for peer sid: ${sid}`);
  const first = replay(txnLog.filter((p) => p.zxid <= min && p.zxid <= db.lastProcessedZxid), peer, max, sid, logLines);
  const reached = first?.lastQueued ?? peer;
  if (first === null || reached < min) {
    logLines.push(`Detected gap between end of txnlog: ${longHex(reached)} and start of committedLog: ${longHex(min)}`);
    return { ...snapPlan, path: 'txnlogAndCommittedLog' };
  }
  const packets = [...first.packets];
  let queued = reached;
  for (const p of log) {
    if (p.zxid <= queued) continue;
    packets.push({ type: 'zab', packet: 'PROPOSAL', zxid: p.zxid, proposal: p });
    packets.push(packet('COMMIT', p.zxid));
    queued = p.zxid;
  }
  return { ...first, packets, lastQueued: queued, path: 'txnlogAndCommittedLog' };
}

type Replayed = Pick<SyncPlan, 'mode' | 'packets' | 'lastQueued' | 'reason'>;

/** queueCommittedProposals: (peer, max] as PROPOSAL+COMMIT behind a DIFF or TRUNC, or null for SNAP. */
function replay(proposals: readonly Proposal[], peer: Zxid, lastCommitted: Zxid, sid: number, logLines: string[]): Replayed | null {
  const packets: QuorumPacket[] = [];
  let prev: Zxid = -1n;
  let opSent = false;
  let mode: 'DIFF' | 'TRUNC' = 'DIFF';
  let queued = peer;
  const newEpochPeer = counterOf(peer) === 0n;
  const diff = (text: string) => {
    packets.push(packet('DIFF', lastCommitted));
    logLines.push(`${text} zxid=${longHex(lastCommitted)}  for peer sid: ${sid}`);
    opSent = true;
  };
  for (const p of proposals) {
    if (p.zxid < peer) {
      prev = p.zxid;
      continue;
    }
    if (!opSent) {
      if (p.zxid === peer) {
        diff('Sending DIFF');
        continue;
      }
      if (newEpochPeer) diff('Sending DIFF');
      else if (p.zxid > peer) {
        if (epochOf(p.zxid) !== epochOf(peer)) {
          logLines.push(`Cannot send TRUNC to peer sid: ${sid} peer zxid is from different epoch`);
          return null;
        }
        packets.push(packet('TRUNC', prev));
        logLines.push(`Sending TRUNC zxid=${longHex(prev)}  for peer sid: ${sid}`);
        mode = 'TRUNC';
        opSent = true;
      }
    }
    if (p.zxid <= queued) continue;
    packets.push({ type: 'zab', packet: 'PROPOSAL', zxid: p.zxid, proposal: p });
    packets.push(packet('COMMIT', p.zxid));
    queued = p.zxid;
  }
  // 3.8.0 logs this empty DIFF with the words "Sending TRUNC".
  if (!opSent && newEpochPeer) diff('Sending TRUNC');
  if (!opSent) return null;
  return { mode, packets, lastQueued: queued, reason: mode === 'DIFF' ? 'peer within our log: DIFF' : 'peer has txns we never committed: TRUNC' };
}
