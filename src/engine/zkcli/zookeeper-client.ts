/**
 * The client handle (ZooKeeper + ClientCnxn) as plain data: an outbox of packets, the pending requests in
 * xid order, and the client watch tables. The host moves packets; `receive` turns server messages into
 * deliveries (watcher callbacks and replies) in arrival order (reference §5.3, §5.4, §6.4).
 */
import type { Zxid } from '../zxid.ts';
import { Code } from '../datatree/keeper-exception.ts';
import type { ReadOp, WriteOp } from '../datatree/request.ts';
import { containsWatcher, createClientWatchManager, materialize, register, removeWatches, type ClientWatchManager } from '../watch/client-watch-manager.ts';
import type { KeeperState, WatchedEvent } from '../watch/watched-event.ts';
import type { ClientPacket, ResponseBody, ServerMessage } from './protocol.ts';

/** ZooKeeper.States, reduced to what the model distinguishes. */
export type ClientState = 'CONNECTING' | 'CONNECTED' | 'CLOSED';

/** A request waiting for its reply; `watcher` is the label to register on success. */
export interface PendingRequest {
  xid: number;
  op: ReadOp | WriteOp;
  watcher: string | null;
}

/** The handle. */
export interface ZooKeeperClient {
  state: ClientState;
  sessionId: bigint;
  requestedTimeout: number;
  negotiatedTimeout: number;
  nextXid: number;
  lastZxidSeen: Zxid;
  pending: PendingRequest[];
  watches: ClientWatchManager;
  outbox: ClientPacket[];
  lastSendMs: number;
  /** ClientCnxn.authInfo: every addauth, sent again on each new connection (primeConnection). */
  authInfo: { scheme: string; auth: string | null }[];
  /** The server refused an addauth: the handle is dead (States.AUTH_FAILED, not alive). */
  authFailed: boolean;
}

/** What the client hands to its user, in order. */
export type Delivery =
  | { kind: 'event'; watchers: string[]; event: WatchedEvent }
  | { kind: 'reply'; request: PendingRequest; err: number; body: ResponseBody };

/** `new ZooKeeper(host, sessionTimeout, watcher)`: starts connecting at once. */
export function createClient(requestedTimeout: number, nowMs: number): ZooKeeperClient {
  return {
    state: 'CONNECTING',
    sessionId: 0n,
    requestedTimeout,
    negotiatedTimeout: 0,
    nextXid: 1,
    lastZxidSeen: 0n,
    pending: [],
    watches: createClientWatchManager(),
    outbox: [{ kind: 'connect', timeout: requestedTimeout, lastZxidSeen: 0n, sessionId: 0n }],
    lastSendMs: nowMs,
    authInfo: [],
    authFailed: false,
  };
}

/** ZooKeeper.addAuthInfo: remembered for reconnects and sent at once; no reply is awaited. */
export function addAuthInfo(c: ZooKeeperClient, scheme: string, auth: string | null, nowMs: number): void {
  c.authInfo.push({ scheme, auth });
  if (c.state === 'CONNECTED') {
    c.outbox.push({ kind: 'auth', scheme, auth });
    c.lastSendMs = nowMs;
  }
}

/** Queues a request; `watcher` is the watcher object to register when the reply allows it. */
export function submitRequest(c: ZooKeeperClient, op: ReadOp | WriteOp, watcher: string | null, nowMs: number): number {
  const xid = c.nextXid++;
  c.pending.push({ xid, op, watcher });
  c.outbox.push({ kind: 'request', xid, op });
  c.lastSendMs = nowMs;
  return xid;
}

/** Client-side removeWatches check: NoWatcher before anything is sent (ZKWatchManager.containsWatcher). */
export function hasWatchesToRemove(c: ZooKeeperClient, op: Extract<ReadOp, { type: 'removeWatches' }>): boolean {
  return containsWatcher(c.watches, op.path, op.watcherType);
}

/** Sends a ping (ClientCnxn.sendPing); the server only touches the session. */
export function sendPing(c: ZooKeeperClient, nowMs: number): void {
  c.outbox.push({ kind: 'ping' });
  c.lastSendMs = nowMs;
}

function stateEvent(c: ZooKeeperClient, state: KeeperState): Delivery {
  const event: WatchedEvent = { type: 'None', state, path: null };
  return { kind: 'event', watchers: materialize(c.watches, event), event };
}

/** Registers the reply's watch as ZooKeeper's WatchRegistration classes do (§5.3). */
function registerOnReply(c: ZooKeeperClient, p: PendingRequest, err: number): void {
  if (p.watcher === null) return;
  const op = p.op;
  if (op.type === 'getData' && err === Code.OK) register(c.watches, 'data', op.path, p.watcher);
  else if (op.type === 'exists' && (err === Code.OK || err === Code.NONODE)) register(c.watches, err === Code.OK ? 'data' : 'exist', op.path, p.watcher);
  else if (op.type === 'getChildren' && err === Code.OK) register(c.watches, 'child', op.path, p.watcher);
  else if (op.type === 'addWatch' && (err === Code.OK || err === Code.NONODE)) register(c.watches, op.mode, op.path, p.watcher);
}

/** Handles one message from the server and returns what the user sees, in order. */
export function receive(c: ZooKeeperClient, msg: ServerMessage): Delivery[] {
  switch (msg.kind) {
    case 'connected': {
      const reconnected = c.sessionId !== 0n && c.sessionId === msg.sessionId;
      c.state = 'CONNECTED';
      c.sessionId = msg.sessionId;
      c.negotiatedTimeout = msg.timeout;
      // primeConnection: the watches the old server held are handed to the new one first (§5.5).
      if (reconnected && hasAnyWatch(c.watches)) c.outbox.unshift(setWatchesPacket(c));
      c.outbox.unshift(...c.authInfo.map((a): ClientPacket => ({ kind: 'auth', ...a })));
      return [stateEvent(c, 'SyncConnected')];
    }
    case 'watch':
      return [{ kind: 'event', watchers: materialize(c.watches, msg.event), event: msg.event }];
    case 'response':
      return onResponse(c, msg);
    case 'sessionClosed':
      c.state = 'CLOSED';
      return [...failPending(c, Code.SESSIONEXPIRED), stateEvent(c, msg.expired ? 'Expired' : 'Closed')];
    case 'authFailed':
      c.state = 'CLOSED';
      c.authFailed = true;
      return [...failPending(c, Code.AUTHFAILED), stateEvent(c, 'AuthFailed')];
    case 'connectionLost': {
      const out = [...failPending(c, Code.CONNECTIONLOSS), stateEvent(c, 'Disconnected')];
      c.state = 'CONNECTING';
      c.outbox.push({ kind: 'connect', timeout: c.requestedTimeout, lastZxidSeen: c.lastZxidSeen, sessionId: c.sessionId });
      return out;
    }
  }
}

function hasAnyWatch(m: ClientWatchManager): boolean {
  return m.dataWatches.size + m.existWatches.size + m.childWatches.size + m.persistentWatches.size + m.persistentRecursiveWatches.size > 0;
}

function setWatchesPacket(c: ZooKeeperClient): ClientPacket {
  const m = c.watches;
  return {
    kind: 'setWatches', relativeZxid: c.lastZxidSeen, dataWatches: [...m.dataWatches.keys()], existWatches: [...m.existWatches.keys()],
    childWatches: [...m.childWatches.keys()], persistentWatches: [...m.persistentWatches.keys()],
    persistentRecursiveWatches: [...m.persistentRecursiveWatches.keys()],
  };
}

function failPending(c: ZooKeeperClient, err: number): Delivery[] {
  const out = c.pending.map((request): Delivery => ({ kind: 'reply', request, err, body: {} }));
  c.pending = [];
  return out;
}

function onResponse(c: ZooKeeperClient, msg: Extract<ServerMessage, { kind: 'response' }>): Delivery[] {
  const i = c.pending.findIndex((p) => p.xid === msg.xid);
  if (i < 0) return [];
  const [p] = c.pending.splice(i, 1) as [PendingRequest];
  if (msg.zxid > c.lastZxidSeen) c.lastZxidSeen = msg.zxid;
  registerOnReply(c, p, msg.err);
  const out: Delivery[] = [];
  if (p.op.type === 'removeWatches' && msg.err === Code.OK) {
    for (const r of removeWatches(c.watches, p.op.path, p.op.watcherType)) {
      out.push({ kind: 'event', watchers: r.watchers, event: { type: r.type, state: 'SyncConnected', path: p.op.path } });
    }
  }
  out.push({ kind: 'reply', request: p, err: msg.err, body: msg.body });
  if (p.op.type === 'closeSession') {
    c.state = 'CLOSED';
    out.push(stateEvent(c, 'Closed'));
  }
  return out;
}
