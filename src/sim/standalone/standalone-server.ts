/**
 * One standalone ZooKeeper server (ZooKeeperServer with PrepRequestProcessor → FinalRequestProcessor, no
 * Zab): zxids of epoch 0, each write prepped and applied at once, watches fired before the reply (§5.4).
 * Connections are ids; messages for them queue in `outboxes` for the host to deliver.
 */
import type { Zxid } from '../../engine/zxid.ts';
import { applyTxn } from '../../engine/datatree/apply-txn.ts';
import { createPrepState, removeAppliedChanges, type PrepState } from '../../engine/datatree/change-record.ts';
import { containerCandidates } from '../../engine/datatree/container-manager.ts';
import { createDataTree, type DataTree } from '../../engine/datatree/data-tree.ts';
import { processRead, writeReply } from '../../engine/datatree/final-request-processor.ts';
import { prepRequest } from '../../engine/datatree/prep-request-processor.ts';
import type { WriteOp } from '../../engine/datatree/request.ts';
import { receiveClientPacket, type ConnectPacket } from '../../engine/server/client-front-end.ts';
import {
  createSession, createSessionTracker, expireSessions, negotiateTimeout, removeSession, touchSession, type SessionTracker,
} from '../../engine/session/session-tracker.ts';
import { createServerWatches, fireTriggers, removeConnectionWatches, type ServerWatches } from '../../engine/watch/server-watches.ts';
import type { ClientPacket, ServerMessage } from '../../engine/zkcli/protocol.ts';
import type { ServerConfig } from './server-config.ts';
import type { Id } from '../../engine/acl/acl.ts';
import { connectionAuthInfo } from '../../engine/acl/connection-auth.ts';

/** A client connection as the server sees it. */
export interface ServerCnxn {
  sessionId: bigint;
  outbox: ServerMessage[];
  /** ServerCnxn.authInfo: the connection's ip id plus what addauth added. */
  authInfo: Id[];
}

/** The server. */
export interface StandaloneServer {
  config: ServerConfig;
  tree: DataTree;
  prep: PrepState;
  tracker: SessionTracker;
  watches: ServerWatches;
  /** The last zxid handed out (ZooKeeperServer.hzxid). */
  hzxid: Zxid;
  connections: Map<string, ServerCnxn>;
  nextContainerCheckMs: number;
}

/** A server started at virtual time `nowMs` with an empty data directory. */
export function createStandaloneServer(config: ServerConfig, nowMs: number): StandaloneServer {
  const tree = createDataTree(config.extendedTypesEnabled);
  const tracker = createSessionTracker(1, nowMs, {
    tickTime: config.tickTime,
    minSessionTimeout: config.minSessionTimeout,
    maxSessionTimeout: config.maxSessionTimeout,
  });
  return {
    config,
    tree,
    prep: { ...createPrepState(tree, tracker), enforceQuota: config.enforceQuota },
    tracker,
    watches: createServerWatches(),
    hzxid: 0n,
    connections: new Map(),
    nextContainerCheckMs: nowMs + config.containerCheckIntervalMs,
  };
}

const wall = (s: StandaloneServer, nowMs: number): number => s.config.epochMs + nowMs;

/** Preps and applies one write; queues watch events, then the reply to `replyTo` (if any). */
export function submitWrite(s: StandaloneServer, sessionId: bigint, op: WriteOp, nowMs: number, replyTo: { cnxnId: string; xid: number } | null): void {
  const zxid = ++s.hzxid;
  const authInfo = replyTo === null ? [] : (s.connections.get(replyTo.cnxnId)?.authInfo ?? []);
  const txn = prepRequest(s.prep, { sessionId, cxid: replyTo?.xid ?? 0, op, authInfo }, zxid, wall(s, nowMs));
  const { result, watchEvents } = applyTxn(s.tree, txn);
  removeAppliedChanges(s.prep, zxid);
  for (const n of fireTriggers(s.watches, watchEvents)) s.connections.get(n.watcher)?.outbox.push({ kind: 'watch', event: n.event });
  if (txn.body.type === 'createSession' && replyTo !== null) {
    s.connections.get(replyTo.cnxnId)?.outbox.push({ kind: 'connected', sessionId, timeout: txn.body.timeout });
    return;
  }
  if (replyTo !== null) {
    const reply = writeReply(result);
    s.connections.get(replyTo.cnxnId)?.outbox.push({ kind: 'response', xid: replyTo.xid, zxid, err: reply.err, body: reply.body });
  }
  if (txn.body.type === 'closeSession') {
    removeSession(s.tracker, sessionId);
    for (const [id, c] of s.connections) {
      if (c.sessionId !== sessionId) continue;
      // An expiry the client did not ask for: its connection is closed and it learns Expired.
      if (replyTo === null) c.outbox.push({ kind: 'sessionClosed', expired: true });
      closeConnection(s, id);
    }
  }
}

/** The server side of a connection that went away: its watches go with it (§5.5). */
export function closeConnection(s: StandaloneServer, cnxnId: string): void {
  removeConnectionWatches(s.watches, cnxnId);
  const c = s.connections.get(cnxnId);
  if (c !== undefined) s.connections.set(cnxnId, { sessionId: -1n, outbox: c.outbox, authInfo: [] });
}

/** Handles one packet arriving on connection `cnxnId` (the front end every server shares). */
export function handlePacket(s: StandaloneServer, cnxnId: string, packet: ClientPacket, nowMs: number): void {
  let c = s.connections.get(cnxnId);
  if (c === undefined) s.connections.set(cnxnId, (c = { sessionId: 0n, outbox: [], authInfo: connectionAuthInfo() }));
  const cnxn = c;
  receiveClientPacket<ServerCnxn, void>(cnxnId, packet, {
    done: undefined,
    juteMaxBuffer: s.config.juteMaxBuffer,
    superDigest: s.config.superDigest,
    tree: s.tree,
    watches: s.watches,
    connect: (p) => connect(s, cnxnId, cnxn, p, nowMs),
    touchOpenSession: () => {
      if (cnxn.sessionId <= 0n) return null;
      touchSession(s.tracker, cnxn.sessionId, nowMs);
      return cnxn;
    },
    send: (c, msg) => c.outbox.push(msg),
    lengthError: (c) => {
      // The session lives on: only this connection is dropped.
      c.outbox.push({ kind: 'connectionLost' });
      closeConnection(s, cnxnId);
    },
    // The session lives on until it expires: only this connection is closed.
    authFailed: () => closeConnection(s, cnxnId),
    write: (c, xid, op) => submitWrite(s, c.sessionId, op, nowMs, { cnxnId, xid }),
    read: (c, xid, op) => {
      const reply = processRead(s.tree, s.watches, cnxnId, op, c);
      c.outbox.push({ kind: 'response', xid, zxid: s.tree.lastProcessedZxid, err: reply.err, body: reply.body });
    },
  });
}

function connect(s: StandaloneServer, cnxnId: string, c: ServerCnxn, p: ConnectPacket, nowMs: number): void {
  if (p.sessionId !== 0n) {
    // Reconnect: the session is still known unless it expired meanwhile.
    if (touchSession(s.tracker, p.sessionId, nowMs)) {
      const timeout = s.tracker.sessionsById.get(p.sessionId)?.timeout ?? 0;
      s.connections.set(cnxnId, { sessionId: p.sessionId, outbox: c.outbox, authInfo: c.authInfo });
      c.outbox.push({ kind: 'connected', sessionId: p.sessionId, timeout });
    } else c.outbox.push({ kind: 'sessionClosed', expired: true });
    return;
  }
  const timeout = negotiateTimeout(s.tracker, p.timeout);
  const sessionId = createSession(s.tracker, timeout, nowMs);
  c.sessionId = sessionId;
  submitWrite(s, sessionId, { type: 'createSession', timeout }, nowMs, { cnxnId, xid: 0 });
}

/** The next virtual time at which the server does something on its own. */
export function nextServerEventMs(s: StandaloneServer): number {
  return Math.min(s.tracker.sessionExpiryQueue.nextExpirationTime, s.nextContainerCheckMs);
}

/** Runs the session tracker and ContainerManager for virtual time `nowMs` (§6.2, §4.7). */
export function runServerTimers(s: StandaloneServer, nowMs: number): void {
  while (s.tracker.sessionExpiryQueue.nextExpirationTime <= nowMs) {
    for (const id of expireSessions(s.tracker, nowMs)) submitWrite(s, id, { type: 'closeSession' }, nowMs, null);
  }
  while (s.nextContainerCheckMs <= nowMs) {
    s.nextContainerCheckMs += s.config.containerCheckIntervalMs;
    const candidates = containerCandidates(s.tree, wall(s, nowMs), { maxNeverUsedIntervalMs: s.config.maxNeverUsedIntervalMs });
    for (const path of candidates) submitWrite(s, 0n, { type: 'deleteContainer', path }, nowMs, null);
  }
}
