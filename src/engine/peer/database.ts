/**
 * What a server keeps on disk and what ZKDatabase rebuilds from it in memory (reference §3.2, §3.6).
 * `stop` loses memory; `start` reloads from disk.
 */
import { applyTxn } from '../datatree/apply-txn';
import type { DataTree } from '../datatree/data-tree';
import { createDataTree } from '../datatree/data-tree';
import type { Txn } from '../datatree/txn';
import type { Zxid } from '../zxid';
import { epochOf } from '../zxid';

/** A transaction with its zxid, as logged and as replicated by Zab. */
export interface Proposal {
  readonly zxid: Zxid;
  /** The transaction (header and body) as PrepRequestProcessor made it. */
  readonly txn: Txn;
}

/** A fuzzy snapshot: the tree as of `lastProcessedZxid`. */
export interface Snapshot {
  readonly lastProcessedZxid: Zxid;
  readonly tree: DataTree;
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
  tree: DataTree;
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
    tree: disk.snapshot ? structuredClone(disk.snapshot.tree) : createDataTree(),
  };
  fastForwardDatabase(db, disk);
  return db;
}

/**
 * ZKDatabase.fastForwardDataBase: applies every logged txn beyond the tree's last zxid. ZooKeeper does
 * this at load and when a server's ZooKeeperServer shuts down, so logged proposals that were never
 * committed enter the tree (and a later TRUNC or SNAP takes them out again).
 */
export function fastForwardDatabase(db: ZkDatabase, disk: PeerDisk): void {
  for (const p of disk.txnLog) {
    if (p.zxid <= db.lastProcessedZxid) continue;
    applyToDatabase(db, p);
  }
}

/** Applies one txn to the tree (no watches, no replies) and records it as committed. */
export function applyToDatabase(db: ZkDatabase, p: Proposal): void {
  applyTxn(db.tree, p.txn);
  db.lastProcessedZxid = p.zxid;
  addCommittedProposal(db, p);
}

/** Sets the last processed zxid of both the database and its tree (the leader's jump to epoch<<32). */
export function setLastProcessedZxid(db: ZkDatabase, zxid: Zxid): void {
  db.lastProcessedZxid = zxid;
  db.tree.lastProcessedZxid = zxid;
}

/**
 * ZKDatabase.addCommittedProposal: the oldest is dropped *before* the append, and only once the list
 * already holds more than commitLogCount, so a full window holds commitLogCount + 1 proposals.
 */
export function addCommittedProposal(db: ZkDatabase, p: Proposal): void {
  if (db.committedLog.length > COMMIT_LOG_COUNT) db.committedLog.shift();
  db.committedLog.push(p);
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
