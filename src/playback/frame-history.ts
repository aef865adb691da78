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

/** Index of the first entry of `log` (sorted by zxid) with zxid >= `z`. */
function lowerBound(log: readonly Proposal[], z: Zxid): number {
  let lo = 0, hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (log[mid].zxid < z) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The cells of one server, zxid ascending, with their state (exported for tests). The txn log is in zxid
 * order already; what memory holds beyond it (few) is merged in, so a 10 000-entry log costs one pass.
 */
export function cellsOf(p: Peer, from = 0): { zxid: Zxid; state: CellState; onDisk: boolean; acks: number[] }[] {
  const log = p.disk.txnLog;
  // Everything after the prefix already read (log[0..from)), memory-only cells in its gaps included.
  const after = from > 0 ? log[from - 1].zxid : null;
  const memoryOnly = memoryOnlyZxids(p).filter((z) => after === null || z > after);
  const out: { zxid: Zxid; state: CellState; onDisk: boolean; acks: number[] }[] = [];
  let j = 0;
  for (let i = from; i < log.length; i++) {
    const t = log[i];
    while (j < memoryOnly.length && memoryOnly[j] < t.zxid) out.push({ zxid: memoryOnly[j], onDisk: false, ...knowledgeOf(p, memoryOnly[j++], false) });
    out.push({ zxid: t.zxid, onDisk: true, ...knowledgeOf(p, t.zxid, true) });
  }
  while (j < memoryOnly.length) out.push({ zxid: memoryOnly[j], onDisk: false, ...knowledgeOf(p, memoryOnly[j++], false) });
  return out;
}

/**
 * What memory holds beyond the log, ascending: txns applied past the snapshot but not logged (SNAP/TRUNC
 * sync before NEWLEADER) and proposals received during sync that wait to be logged. Few, so a Set.
 */
function memoryOnlyZxids(p: Peer): Zxid[] {
  const mem = p.mem;
  if (!mem) return [];
  const log = p.disk.txnLog;
  const snap = p.disk.snapshot?.lastProcessedZxid ?? -1n;
  const onDisk = (z: Zxid) => {
    const i = lowerBound(log, z);
    return i < log.length && log[i].zxid === z;
  };
  const extra = new Set<Zxid>();
  // committedLog is sorted too: walk it beside the log from where it starts (one pass, not a search each).
  const cl = mem.db.committedLog;
  let i = cl.length > 0 ? lowerBound(log, cl[0].zxid) : 0;
  for (const t of cl) {
    while (i < log.length && log[i].zxid < t.zxid) i++;
    if (t.zxid > snap && !(i < log.length && log[i].zxid === t.zxid)) extra.add(t.zxid);
  }
  for (const t of mem.learner?.packetsNotCommitted ?? []) if (!onDisk(t.zxid)) extra.add(t.zxid);
  return [...extra].sort((a, b) => (a < b ? -1 : 1));
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
    runs: runsOfPeer(p),
    snapshot: p.disk.snapshot ? zxidHex(p.disk.snapshot.lastProcessedZxid) : null,
    snapshotInMemory: mem && snapPending(p) ? zxidHex(mem.db.lastProcessedZxid) : null,
    currentEpoch: p.disk.currentEpoch,
    acceptedEpoch: p.disk.acceptedEpoch,
    lastProcessedZxid: mem ? zxidHex(mem.db.lastProcessedZxid) : null,
    committedLog: log.length > 0 ? { min: zxidHex(log[0].zxid), max: zxidHex(log[log.length - 1].zxid), count: log.length } : null,
    sync: syncOf(p, leader),
  };
}

/**
 * The runs of a server: the long prefix of its log that is simply applied (or simply logged, when memory
 * says nothing about it) found by binary search on zxid contiguity, then the few cells after it one by one.
 */
function runsOfPeer(p: Peer): HistoryRun[] {
  const log = p.disk.txnLog;
  const mem = p.mem;
  const uniform = !mem || snapPending(p);
  let end = log.length;
  if (!uniform) {
    // From the first cell held only in memory, or not applied yet, the careful path.
    const first = memoryOnlyZxids(p)[0];
    const bound = first !== undefined && first <= mem.db.lastProcessedZxid ? first : mem.db.lastProcessedZxid + 1n;
    end = lowerBound(log, bound);
  }
  const state: CellState = uniform ? 'logged' : 'applied';
  const runs: HistoryRun[] = [];
  let i = 0;
  while (i < end) {
    // The largest j with log[i..j] contiguous: zxids strictly increase, so no gap iff the span equals the count.
    let lo = i, hi = end - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (log[mid].zxid - log[i].zxid === BigInt(mid - i) && epochOf(log[mid].zxid) === epochOf(log[i].zxid)) lo = mid;
      else hi = mid - 1;
    }
    const counter = Number(counterOf(log[i].zxid));
    runs.push({ epoch: epochOf(log[i].zxid), first: counter, last: counter + (lo - i), state, onDisk: true, acks: [] });
    i = lo + 1;
  }
  const tail = runsOf(cellsOf(p, end));
  const prev = runs[runs.length - 1];
  const next = tail[0];
  if (prev && next && prev.epoch === next.epoch && prev.last + 1 === next.first && prev.state === next.state && next.onDisk && next.acks.length === 0) {
    runs[runs.length - 1] = { ...prev, last: next.last };
    tail.shift();
  }
  return [...runs, ...tail];
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
