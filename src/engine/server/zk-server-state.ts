/**
 * The ZooKeeperServer inside a quorum peer: client connections, their per-session request queues and
 * the server's watch tables (reference §3.8, §5, §6). Plain data; lost with the peer's memory.
 */
import type { ReadOp, WriteOp } from '../datatree/request';
import type { PrepState } from '../datatree/change-record';
import type { SessionTracker } from '../session/session-tracker';
import { createSessionTracker } from '../session/session-tracker';
import type { ServerWatches } from '../watch/server-watches';
import { createServerWatches } from '../watch/server-watches';
import type { Zxid } from '../zxid';
import type { Id } from '../acl/acl';

/** Wall-clock ms at virtual time 0 (2026-01-01T00:00:00Z): txn times, ctime and mtime count from here. */
export const WALL_EPOCH_MS = 1767225600000;

/** A request of one connection, kept in arrival order: reads wait behind the session's earlier writes. */
export interface QueuedRequest {
  readonly xid: number;
  readonly op: ReadOp | WriteOp;
  readonly kind: 'read' | 'write' | 'sync';
  done: boolean;
}

/** ServerCnxn: one client connection to this server. */
export interface ServerCnxn {
  readonly id: string;
  sessionId: bigint;
  timeout: number;
  /** connecting: createSession in flight; revalidating: asking the leader about a known session. */
  state: 'connecting' | 'revalidating' | 'open';
  queue: QueuedRequest[];
  /** ServerCnxn.authInfo: the connection's ip id plus what addauth added. */
  authInfo: Id[];
}

/** The leader's request pipeline: PrepRequestProcessor and the global session tracker. */
export interface LeaderPipeline {
  prep: PrepState;
  tracker: SessionTracker;
  /** Learners waiting for a sync, released when the zxid they wait for commits. */
  pendingSyncs: { zxid: Zxid; sid: number }[];
}

/** The ZooKeeperServer's state. */
export interface ZkServerState {
  watches: ServerWatches;
  cnxns: Map<string, ServerCnxn>;
  /** SessionTrackerImpl's id generator of this server (ids start from its myid and start time). */
  sessionIds: SessionTracker;
  /** Learner: sessions touched since the last PING, reported in the PING reply. */
  touched: Map<bigint, number>;
  /** Learner: connections waiting for a forwarded sync, oldest first. */
  pendingSyncs: string[];
  pipeline: LeaderPipeline | null;
}

/** A fresh server for peer `sid` started at virtual time `now`. */
export function createZkServerState(sid: number, now: number, tickTime: number): ZkServerState {
  return {
    watches: createServerWatches(),
    cnxns: new Map(),
    sessionIds: createSessionTracker(sid, now, { tickTime }),
    touched: new Map(),
    pendingSyncs: [],
    pipeline: null,
  };
}
