/**
 * Each server's history as the app draws it (issue 13): its transaction log as runs of zxids with what
 * the server knows of each (proposed, committed, applied), its latest snapshot, its epoch files, its
 * committedLog window and the sync the leader chose for it. Read straight from the engine's disk and
 * memory (no second model of the log); runs of equal cells keep a 10 000-entry log small on the wire.
 */
import type { Proposal } from '../engine/peer/database';
import type { Peer } from '../engine/peer/state';
import type { SyncPath } from '../engine/peer/sync-follower';
import type { Zxid } from '../engine/zxid';
import { counterOf, epochOf, zxidHex } from '../engine/zxid';
import type { World } from '../sim/world';

/**
 * What a server knows of one transaction. `logged` is a stopped server's cell: on disk, and nobody
 * in memory to know whether it was ever committed.
 */
export type CellState = 'proposed' | 'committed' | 'applied' | 'logged';

/** Consecutive zxids of one epoch in the same state (`first`..`last` are counters). */
export interface HistoryRun {
  readonly epoch: number;
  readonly first: number;
  readonly last: number;
  readonly state: CellState;
  /** false for proposals held in memory during sync, not yet written to the txn log. */
  readonly onDisk: boolean;
  /** On the leader, the voters that ACKed an outstanding proposal (sorted), else empty. */
  readonly acks: readonly number[];
}

/** The sync the leader's LearnerHandler chose for this learner (§3.6), and how far it has got. */
export interface SyncView {
  readonly leader: number;
  readonly mode: 'DIFF' | 'TRUNC' | 'SNAP';
  /** The branch of syncFollower taken ("Using committedLog", …). */
  readonly path: SyncPath;
  readonly reason: string;
  readonly peerLastZxid: string;
  readonly minCommittedLog: string;
  readonly maxCommittedLog: string;
  readonly leaderLastZxid: string;
  /** Where the learner is: still receiving the sync, NEWLEADER acknowledged, or UPTODATE (serving). */
  readonly stage: 'syncing' | 'NEWLEADER' | 'UPTODATE';
}

/** One server's history. */
export interface ServerHistory {
  readonly sid: number;
  readonly running: boolean;
  readonly runs: readonly HistoryRun[];
  /** The zxid the latest snapshot on disk covers (everything at or before it), or null. */
  readonly snapshot: string | null;
  /**
   * A SNAP received but not yet written (it is, at NEWLEADER): the tree in memory is the leader's, up to
   * this zxid, and the old log on disk no longer describes it.
   */
  readonly snapshotInMemory: string | null;
  readonly currentEpoch: number | null;
  readonly acceptedEpoch: number | null;
  /** In memory: the tree's last zxid and the committedLog window; null while stopped. */
  readonly lastProcessedZxid: string | null;
  readonly committedLog: { readonly min: string; readonly max: string; readonly count: number } | null;
  readonly sync: SyncView | null;
}

/** Every server's history, in sid order. */
export function viewHistories(w: World): ServerHistory[] {
  const peers = [...w.state.peers.values()].sort((a, b) => a.sid - b.sid);
  const leader = peers.find((p) => p.mem?.leader) ?? null;
  return peers.map((p) => historyOf(p, leader));
}

/** The cells of one server, zxid ascending, with their state (exported for tests that expand runs). */
export function cellsOf(p: Peer): { zxid: Zxid; state: CellState; onDisk: boolean; acks: number[] }[] {
  const snap = p.disk.snapshot?.lastProcessedZxid ?? -1n;
  const byZxid = new Map<Zxid, Proposal>();
  const onDisk = new Set<Zxid>();
  for (const t of p.disk.txnLog) {
    byZxid.set(t.zxid, t);
    onDisk.add(t.zxid);
  }
  const mem = p.mem;
  if (mem) {
    // Applied in memory beyond the snapshot but not logged (SNAP/TRUNC sync before NEWLEADER), and
    // proposals received during sync that wait to be logged.
    for (const t of mem.db.committedLog) if (t.zxid > snap && !byZxid.has(t.zxid)) byZxid.set(t.zxid, t);
    for (const t of mem.learner?.packetsNotCommitted ?? []) if (!byZxid.has(t.zxid)) byZxid.set(t.zxid, t);
  }
  const zxids = [...byZxid.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return zxids.map((zxid) => ({ zxid, onDisk: onDisk.has(zxid), ...knowledgeOf(p, zxid, onDisk.has(zxid)) }));
}

/** true while a learner holds a SNAP in memory that NEWLEADER has not written to disk yet. */
function snapPending(p: Peer): boolean {
  const learner = p.mem?.learner;
  return !!learner && learner.syncMode === 'SNAP' && !learner.newLeaderSeen;
}

function knowledgeOf(p: Peer, zxid: Zxid, onDisk: boolean): { state: CellState; acks: number[] } {
  const mem = p.mem;
  if (!mem || (onDisk && snapPending(p))) return { state: 'logged', acks: [] };
  if (zxid <= mem.db.lastProcessedZxid) return { state: 'applied', acks: [] };
  const l = mem.leader;
  if (l) {
    const o = l.outstanding.get(zxid);
    if (o) return { state: 'proposed', acks: [...o.acks].sort((a, b) => a - b) };
    return { state: zxid <= l.lastCommitted ? 'committed' : 'proposed', acks: [] };
  }
  const committed = mem.learner?.packetsCommitted.includes(zxid) ?? false;
  return { state: committed ? 'committed' : 'proposed', acks: [] };
}

function historyOf(p: Peer, leader: Peer | null): ServerHistory {
  const mem = p.mem;
  const log = mem?.db.committedLog ?? [];
  return {
    sid: p.sid,
    running: mem !== null,
    runs: runsOf(cellsOf(p)),
    snapshot: p.disk.snapshot ? zxidHex(p.disk.snapshot.lastProcessedZxid) : null,
    snapshotInMemory: mem && snapPending(p) ? zxidHex(mem.db.lastProcessedZxid) : null,
    currentEpoch: p.disk.currentEpoch,
    acceptedEpoch: p.disk.acceptedEpoch,
    lastProcessedZxid: mem ? zxidHex(mem.db.lastProcessedZxid) : null,
    committedLog: log.length > 0 ? { min: zxidHex(log[0].zxid), max: zxidHex(log[log.length - 1].zxid), count: log.length } : null,
    sync: syncOf(p, leader),
  };
}

function runsOf(cells: ReturnType<typeof cellsOf>): HistoryRun[] {
  const runs: HistoryRun[] = [];
  let cur: { epoch: number; first: number; last: number; state: CellState; onDisk: boolean; acks: number[] } | null = null;
  for (const c of cells) {
    const epoch = epochOf(c.zxid);
    const counter = Number(counterOf(c.zxid));
    const same = cur && cur.epoch === epoch && cur.last + 1 === counter && cur.state === c.state
      && cur.onDisk === c.onDisk && cur.acks.join() === c.acks.join();
    if (cur && same) {
      cur.last = counter;
      continue;
    }
    cur = { epoch, first: counter, last: counter, state: c.state, onDisk: c.onDisk, acks: c.acks };
    runs.push(cur);
  }
  return runs;
}

function syncOf(p: Peer, leader: Peer | null): SyncView | null {
  const learner = p.mem?.learner;
  const h = leader?.mem?.leader?.handlers.get(p.sid);
  if (!learner || !leader || learner.leader !== leader.sid || !h?.sync) return null;
  const { mode, path, reason } = h.sync;
  const stage = learner.phase === 'broadcast' ? 'UPTODATE' : learner.newLeaderSeen ? 'NEWLEADER' : 'syncing';
  return {
    leader: leader.sid, mode, path, reason, stage,
    peerLastZxid: zxidHex(h.sync.peerLastZxid), minCommittedLog: zxidHex(h.sync.minCommittedLog),
    maxCommittedLog: zxidHex(h.sync.maxCommittedLog), leaderLastZxid: zxidHex(h.sync.lastProcessedZxid),
  };
}
