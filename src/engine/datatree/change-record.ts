/**
 * ChangeRecord and the outstanding-changes table of PrepRequestProcessor: validation sees the tree plus
 * every write already prepped but not yet applied (reference §4.4, "counting outstanding creates").
 */
import type { Zxid } from '../zxid.ts';
import { Code, KeeperError } from './keeper-exception.ts';
import { getNode, type DataTree } from './data-tree.ts';
import type { StatPersisted } from './stat.ts';
import type { ACL } from '../acl/acl.ts';
import type { SessionTracker } from '../session/session-tracker.ts';

/** What a path will look like once the pending writes are applied; `stat` null means deleted. */
export interface ChangeRecord {
  zxid: Zxid;
  path: string;
  stat: StatPersisted | null;
  childCount: number;
  acl: ACL[];
}

/** Everything PrepRequestProcessor reads and writes. Plain data. */
export interface PrepState {
  tree: DataTree;
  /** zks.outstandingChangesForPath: the latest pending record per path. */
  outstandingChanges: Map<string, ChangeRecord>;
  /** The tracker for session checks (the leader's, or the standalone server's). */
  sessions: SessionTracker;
  /** `zookeeper.enforceQuota`: hard quota limits refuse writes (QuotaExceeded). */
  enforceQuota?: boolean;
}

/** A PrepState over a tree and tracker, with nothing outstanding. */
export function createPrepState(tree: DataTree, sessions: SessionTracker): PrepState {
  return { tree, outstandingChanges: new Map(), sessions };
}

/** PrepRequestProcessor.getRecordForPath: the pending record, else the tree's node; NoNode when absent. */
export function getRecordForPath(state: PrepState, path: string): ChangeRecord {
  const key = path === '' ? '/' : path;
  const pending = state.outstandingChanges.get(key);
  if (pending !== undefined) {
    if (pending.stat === null) throw new KeeperError(Code.NONODE, path);
    return pending;
  }
  const node = getNode(state.tree, key);
  if (node === undefined) throw new KeeperError(Code.NONODE, path);
  return { zxid: -1n, path: key, stat: { ...node.stat }, childCount: node.children.size, acl: node.acl };
}

/** ChangeRecord.duplicate: a copy stamped with the new zxid, so the pending table never aliases. */
export function duplicate(r: ChangeRecord, zxid: Zxid): ChangeRecord {
  return { zxid, path: r.path, stat: r.stat === null ? null : { ...r.stat }, childCount: r.childCount, acl: r.acl };
}

/** PrepRequestProcessor.addChangeRecord. */
export function addChangeRecord(state: PrepState, r: ChangeRecord): void {
  state.outstandingChanges.set(r.path, r);
}

/** FinalRequestProcessor's cleanup: drops pending records made at or before the applied zxid. */
export function removeAppliedChanges(state: PrepState, zxid: Zxid): void {
  for (const [path, r] of state.outstandingChanges) if (r.zxid <= zxid) state.outstandingChanges.delete(path);
}
