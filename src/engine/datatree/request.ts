/**
 * Client requests as the server's request pipeline sees them (opcodes: reference §4.9).
 */
import type { ACL, Id } from '../acl/acl.ts';

/** CreateMode, with its wire flag values (§4.7). */
export type CreateMode =
  | 'PERSISTENT'
  | 'EPHEMERAL'
  | 'PERSISTENT_SEQUENTIAL'
  | 'EPHEMERAL_SEQUENTIAL'
  | 'CONTAINER'
  | 'PERSISTENT_WITH_TTL'
  | 'PERSISTENT_SEQUENTIAL_WITH_TTL';

/** CreateMode.isSequential. */
export function isSequential(mode: CreateMode): boolean {
  return mode === 'PERSISTENT_SEQUENTIAL' || mode === 'EPHEMERAL_SEQUENTIAL' || mode === 'PERSISTENT_SEQUENTIAL_WITH_TTL';
}

/** CreateMode.isEphemeral (NORMAL ephemerals only; containers and TTL nodes are not). */
export function isEphemeral(mode: CreateMode): boolean {
  return mode === 'EPHEMERAL' || mode === 'EPHEMERAL_SEQUENTIAL';
}

/** CreateMode.isTTL. */
export function isTTL(mode: CreateMode): boolean {
  return mode === 'PERSISTENT_WITH_TTL' || mode === 'PERSISTENT_SEQUENTIAL_WITH_TTL';
}

/** A write or session operation that goes through PrepRequestProcessor and gets a zxid. */
export type WriteOp =
  | { type: 'create'; path: string; data: string | null; mode: CreateMode; ttl: number; acl: ACL[] }
  | { type: 'delete'; path: string; version: number }
  | { type: 'setData'; path: string; data: string | null; version: number }
  | { type: 'check'; path: string; version: number }
  | { type: 'setACL'; path: string; acl: ACL[]; version: number }
  /** A dynamic reconfiguration; refused with ReconfigDisabled, as `reconfigEnabled` is off (the default). */
  | { type: 'reconfig'; joining: string | null; leaving: string | null; newMembers: string | null; fromConfig: number }
  | { type: 'multi'; ops: WriteOp[] }
  | { type: 'createSession'; timeout: number }
  | { type: 'closeSession' }
  /** The ContainerManager's internal delete (session 0). */
  | { type: 'deleteContainer'; path: string };

/** Persistent watch modes of addWatch. */
export type AddWatchMode = 'PERSISTENT' | 'PERSISTENT_RECURSIVE';

/** Watcher.WatcherType of removeWatches. */
export type WatcherType = 'Children' | 'Data' | 'Any';

/** A read, served by the server the client is connected to, never through Zab (reference §3.8). */
export type ReadOp =
  | { type: 'exists'; path: string; watch: boolean }
  | { type: 'getData'; path: string; watch: boolean }
  | { type: 'getChildren'; path: string; watch: boolean }
  | { type: 'addWatch'; path: string; mode: AddWatchMode }
  | { type: 'removeWatches'; path: string; watcherType: WatcherType }
  | { type: 'sync'; path: string }
  | { type: 'getACL'; path: string }
  | { type: 'getAllChildrenNumber'; path: string }
  /** getEphemerals: the session's NORMAL ephemerals whose path starts with `prefixPath` ('/' or '' for all). */
  | { type: 'getEphemerals'; prefixPath: string };

/** A write request with its session and client xid (cxid). */
export interface Request {
  sessionId: bigint;
  cxid: number;
  op: WriteOp;
  /** The connection's authenticated ids (ServerCnxn.authInfo), carried with the request as ZooKeeper's Request does. */
  authInfo?: Id[];
}

/** Every WriteOp type: one list for every server, standalone or in an ensemble (a Record, so none is missed). */
const WRITE_OP_TYPES: Record<WriteOp['type'], true> = {
  create: true, delete: true, setData: true, setACL: true, reconfig: true, check: true, multi: true, createSession: true, closeSession: true,
  deleteContainer: true,
};

/** true when an op goes through PrepRequestProcessor and gets a zxid (a write), false for a read. */
export function isWriteOp(op: ReadOp | WriteOp): op is WriteOp {
  return Object.prototype.hasOwnProperty.call(WRITE_OP_TYPES, op.type);
}
