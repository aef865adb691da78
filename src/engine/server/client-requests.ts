/**
 * What a serving peer does with its clients' packets: sessions are created through Zab, writes go to
 * the leader's pipeline (forwarded as REQUEST by a learner), reads are answered here from the local
 * tree (reference §3.8, §6.1).
 */
import type { ReadOp, WriteOp } from '../datatree/request';
import { JUTE_MAXBUFFER_DEFAULT } from '../datatree/request-size';
import { negotiateTimeout, touchSession } from '../session/session-tracker';
import { nextSessionId } from './session-ids';
import { removeConnectionWatches } from '../watch/server-watches';
import { zxidHex } from '../zxid';
import type { ClientPacket } from '../zkcli/protocol';
import type { PeerIO } from '../peer/io';
import type { Peer } from '../peer/state';
import { receiveClientPacket, type ConnectPacket } from './client-front-end';
import { leaderSubmit } from './leader-pipeline';
import { drainQueue } from './request-queue';
import type { ServerCnxn } from './zk-server-state';
import type { Id } from '../acl/acl';
import { connectionAuthInfo } from '../acl/connection-auth';


/** One packet from a client connection. Returns 'rollover' if the leader must abdicate. */
export function onClientPacket(peer: Peer, cnxnId: string, packet: ClientPacket, io: PeerIO): 'ok' | 'rollover' {
  const mem = peer.mem!;
  if (!mem.serving) {
    io.clientClose(cnxnId, 'ZooKeeperServer not running');
    return 'ok';
  }
  return receiveClientPacket<ServerCnxn, 'ok' | 'rollover'>(cnxnId, packet, {
    done: 'ok',
    juteMaxBuffer: JUTE_MAXBUFFER_DEFAULT,
    superDigest: null,
    tree: mem.db.tree,
    watches: mem.zk.watches,
    connect: (p) => onConnect(peer, cnxnId, p, io),
    touchOpenSession: () => {
      const c = mem.zk.cnxns.get(cnxnId);
      if (!c || c.state !== 'open') return null;
      touch(peer, c, io);
      return c;
    },
    send: (c, msg) => io.clientSend(c.id, msg),
    lengthError: (c) => {
      closeCnxn(peer, c, io, 'Len error');
      return 'ok';
    },
    authFailed: (c) => {
      closeCnxn(peer, c, io, 'AuthFailed');
      return 'ok';
    },
    write: (c, xid, op) => {
      c.queue.push({ xid, op, kind: 'write', done: false });
      return submitWrite(peer, c.sessionId, xid, op, io, c.authInfo);
    },
    read: (c, xid, op) => {
      read(peer, c, xid, op, io);
      return 'ok';
    },
  });
}

/** A read waits behind the session's earlier requests; a learner's sync first goes round the leader. */
function read(peer: Peer, c: ServerCnxn, xid: number, op: ReadOp, io: PeerIO): void {
  const mem = peer.mem!;
  if (op.type === 'sync' && mem.learner) {
    c.queue.push({ xid, op, kind: 'sync', done: false });
    mem.zk.pendingSyncs.push(c.id);
    io.zabSend(mem.learner.leader, { type: 'zab', packet: 'REQUEST', zxid: -1n, request: { sessionId: c.sessionId, cxid: xid, op: { type: 'sync', path: op.path } } });
    io.mark('zab.sync.request', { path: op.path });
    return;
  }
  c.queue.push({ xid, op, kind: 'read', done: false });
  drainQueue(peer, c, io);
}

function touch(peer: Peer, c: ServerCnxn, io: PeerIO): void {
  const zk = peer.mem!.zk;
  if (zk.pipeline) touchSession(zk.pipeline.tracker, c.sessionId, io.now);
  else zk.touched.set(c.sessionId, c.timeout);
}

/** A write enters the ensemble's pipeline: at the leader directly, from a learner as REQUEST. */
function submitWrite(peer: Peer, sessionId: bigint, cxid: number, op: WriteOp, io: PeerIO, authInfo: Id[] = []): 'ok' | 'rollover' {
  const mem = peer.mem!;
  if (mem.zk.pipeline) return leaderSubmit(peer, { sessionId, cxid, op, authInfo }, io);
  if (mem.learner) {
    // The REQUEST carries the connection's auth ids (QuorumPacket.authinfo).
    io.zabSend(mem.learner.leader, { type: 'zab', packet: 'REQUEST', zxid: -1n, request: { sessionId, cxid, op, authInfo } });
    io.mark('zab.request.forward', { op: op.type, leader: mem.learner.leader });
  }
  return 'ok';
}

/** ConnectRequest: a new session (a createSession txn), or a known one revalidated with the leader. */
function onConnect(peer: Peer, cnxnId: string, p: ConnectPacket, io: PeerIO): 'ok' | 'rollover' {
  const mem = peer.mem!;
  const last = mem.db.lastProcessedZxid;
  if (p.lastZxidSeen > last) {
    // Monotonic reads: a client never moves to a server that is behind what it has already seen.
    const reason = `Refusing session request for client as it has seen zxid ${zxidHex(p.lastZxidSeen)} our last zxid is ${zxidHex(last)} client must try another server`;
    io.mark('server.client.refused', { reason });
    io.clientClose(cnxnId, reason);
    return 'ok';
  }
  const timeout = negotiateTimeout(mem.zk.sessionIds, p.timeout);
  if (p.sessionId === 0n) {
    const sessionId = nextSessionId(mem.zk.sessionIds);
    mem.zk.cnxns.set(cnxnId, { id: cnxnId, sessionId, timeout, state: 'connecting', queue: [], authInfo: connectionAuthInfo() });
    return submitWrite(peer, sessionId, 0, { type: 'createSession', timeout }, io);
  }
  const c: ServerCnxn = { id: cnxnId, sessionId: p.sessionId, timeout, state: 'revalidating', queue: [], authInfo: connectionAuthInfo() };
  mem.zk.cnxns.set(cnxnId, c);
  if (mem.zk.pipeline) {
    sessionRevalidated(peer, p.sessionId, touchSession(mem.zk.pipeline.tracker, p.sessionId, io.now), io);
  } else if (mem.learner) {
    io.zabSend(mem.learner.leader, { type: 'zab', packet: 'REVALIDATE', zxid: -1n, sessionId: p.sessionId, timeout, valid: false });
  }
  return 'ok';
}

/** The answer about a reconnecting session: connected again, or told it expired. */
export function sessionRevalidated(peer: Peer, sessionId: bigint, valid: boolean, io: PeerIO): void {
  for (const c of peer.mem!.zk.cnxns.values()) {
    if (c.sessionId !== sessionId || c.state !== 'revalidating') continue;
    io.mark('server.session.revalidated', { sessionId: `0x${BigInt.asUintN(64, sessionId).toString(16)}`, valid });
    if (valid) {
      c.state = 'open';
      io.clientSend(c.id, { kind: 'connected', sessionId, timeout: c.timeout });
    } else {
      io.clientSend(c.id, { kind: 'sessionClosed', expired: true });
      closeCnxn(peer, c, io, 'session expired');
    }
  }
}

/** The leader's SYNC reached this learner: the oldest forwarded sync completes. */
export function syncArrived(peer: Peer, io: PeerIO): void {
  const zk = peer.mem!.zk;
  const cnxnId = zk.pendingSyncs.shift();
  const c = cnxnId === undefined ? undefined : zk.cnxns.get(cnxnId);
  const item = c?.queue.find((q) => q.kind === 'sync' && !q.done);
  if (!c || !item) return;
  item.done = true;
  io.clientSend(c.id, { kind: 'response', xid: item.xid, zxid: peer.mem!.db.lastProcessedZxid, err: 0, body: {} });
  io.mark('zab.sync.released', { to: peer.sid });
  drainQueue(peer, c, io);
}

/** The client went away (its process died or closed the socket): its watches go, its session stays. */
export function onClientClosed(peer: Peer, cnxnId: string): void {
  const zk = peer.mem!.zk;
  removeConnectionWatches(zk.watches, cnxnId);
  zk.cnxns.delete(cnxnId);
}

function closeCnxn(peer: Peer, c: ServerCnxn, io: PeerIO, reason: string): void {
  onClientClosed(peer, c.id);
  io.clientClose(c.id, reason);
}

/** The ZooKeeperServer shuts down with its role: every client connection is closed (§5.5). */
export function closeAllClients(peer: Peer, io: PeerIO): void {
  const zk = peer.mem!.zk;
  for (const c of [...zk.cnxns.values()]) closeCnxn(peer, c, io, 'server is no longer serving');
  zk.touched.clear();
  zk.pendingSyncs = [];
  zk.pipeline = null;
}

/** The session touches a learner reports in its PING reply, and forgets. */
export function takeTouches(peer: Peer): [bigint, number][] {
  const zk = peer.mem!.zk;
  const touches = [...zk.touched.entries()];
  zk.touched.clear();
  return touches;
}
