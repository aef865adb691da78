/**
 * What a server keeps on disk and what ZKDatabase rebuilds from it in memory (reference §3.2, §3.6).
 * `stop` loses memory; `start` reloads from disk.
 */
import type { Zxid } from '../zxid';
import { epochOf } from '../zxid';

/** A transaction with its zxid, as logged and as replicated by Zab. */
export interface Proposal {
  readonly zxid: Zxid;
  /** The transaction body; opaque to the quorum layer. */
  readonly txn: unknown;
}

/** A fuzzy snapshot: the tree as of `lastProcessedZxid`. */
export interface Snapshot {
  readonly lastProcessedZxid: Zxid;
  readonly tree: unknown;
}

/** The files in a server's data directory. */
export interface PeerDisk {
  /** The `currentEpoch` file; null until first written. */
  currentEpoch: number | null;
  /** The `acceptedEpoch` file; null until first written. */
  acceptedEpoch: number | null;
  /** The transaction log, in zxid order (it may hold proposals that were never committed). */
  txnLog: Proposal[];
  snapshot: Snapshot | null;
}

/** ZKDatabase in memory. */
export interface ZkDatabase {
  lastProcessedZxid: Zxid;
  /** The last commitLogCount committed proposals, for DIFF (§3.6). */
  committedLog: Proposal[];
  tree: unknown;
}

/** zookeeper.commitLogCount */
export const COMMIT_LOG_COUNT = 500;

/** An empty data directory. */
export function emptyDisk(): PeerDisk {
  return { currentEpoch: null, acceptedEpoch: null, txnLog: [], snapshot: null };
}

/**
 * loadDataBase: the snapshot, then every logged transaction after it (committed or not — the log
 * does not know), which also refills the committed-log window.
 */
export function loadDatabase(disk: PeerDisk): ZkDatabase {
  const db: ZkDatabase = {
    lastProcessedZxid: disk.snapshot?.lastProcessedZxid ?? 0n,
    committedLog: [],
    tree: disk.snapshot?.tree ?? null,
  };
  for (const p of disk.txnLog) {
    if (p.zxid <= db.lastProcessedZxid) continue;
    db.lastProcessedZxid = p.zxid;
    addCommittedProposal(db, p);
  }
  return db;
}

/** ZKDatabase.addCommittedProposal: append and keep the window at commitLogCount. */
export function addCommittedProposal(db: ZkDatabase, p: Proposal): void {
  db.committedLog.push(p);
  if (db.committedLog.length > COMMIT_LOG_COUNT) db.committedLog.shift();
}

/**
 * QuorumPeer.loadDataBase's epoch files: a missing file is initialised to the epoch of the last
 * zxid and written; acceptedEpoch < currentEpoch refuses to start (§3.2).
 */
export function initEpochFiles(disk: PeerDisk, lastZxid: Zxid): void {
  if (disk.currentEpoch === null) disk.currentEpoch = epochOf(lastZxid);
  if (disk.acceptedEpoch === null) disk.acceptedEpoch = epochOf(lastZxid);
  if (disk.acceptedEpoch < disk.currentEpoch) {
    throw new Error(`The current epoch, ${disk.currentEpoch}, is after the accepted epoch, ${disk.acceptedEpoch}`);
  }
}

/** Applies a committed proposal to the in-memory database (FinalRequestProcessor's side of a commit). */
export function applyCommitted(db: ZkDatabase, p: Proposal): void {
  if (p.zxid <= db.lastProcessedZxid) return;
  db.lastProcessedZxid = p.zxid;
  addCommittedProposal(db, p);
}
