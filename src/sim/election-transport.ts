/**
 * QuorumCnxManager as the election sees it (reference §1.12): one connection per pair, a one-slot
 * send queue per peer, the last message re-sent when a connection comes up, loopback to oneself.
 */
import type { Notification } from '../engine/election/types';
import { schedule } from './agenda';
import { drawLatency, reachable } from './network';
import { transmit } from './transmit';
import type { ElectionConnection, Qcm } from './world-state';
import type { World } from './world';

/** The connection of a pair, created down. */
export function connectionOf(w: World, a: number, b: number): ElectionConnection {
  const key = a < b ? a * 256 + b : b * 256 + a;
  let c = w.state.connections.get(key);
  if (!c) w.state.connections.set(key, (c = { state: 'down', gen: 0 }));
  return c;
}

function qcmOf(w: World, sid: number): Qcm {
  let q = w.state.qcm.get(sid);
  if (!q) w.state.qcm.set(sid, (q = { queueSend: new Map(), lastMessageSent: new Map() }));
  return q;
}

/** toSend: loopback to oneself, otherwise the one-slot queue (newest wins) and a connect if needed. */
export function toSend(w: World, from: number, to: number, msg: Notification): void {
  if (from === to) {
    transmit(w, { channel: 'election', payload: msg }, from, to, 0);
    return;
  }
  qcmOf(w, from).queueSend.set(to, msg);
  const c = connectionOf(w, from, to);
  if (c.state === 'up') flush(w, from, to, c);
  else connectOne(w, from, to);
}

function flush(w: World, from: number, to: number, c: ElectionConnection): void {
  const q = qcmOf(w, from);
  const msg = q.queueSend.get(to);
  if (!msg) return;
  q.queueSend.set(to, null);
  q.lastMessageSent.set(to, msg);
  transmit(w, { channel: 'election', payload: msg }, from, to, c.gen);
}

/** connectOne: dial a peer unless connected; a stopped or unreachable peer leaves the message queued. */
export function connectOne(w: World, from: number, to: number): void {
  const c = connectionOf(w, from, to);
  if (c.state !== 'down') return;
  if (!w.state.peers.get(to)?.mem || !reachable(w, from, to)) return;
  c.state = 'connecting';
  // The smaller sid's connection is closed by the bigger one, which dials back: one more round trip.
  let handshake = drawLatency(w, from, to) + drawLatency(w, from, to);
  if (from < to) handshake += drawLatency(w, from, to) + drawLatency(w, from, to);
  schedule(w, w.state.now + handshake, { kind: 'connUp', a: from, b: to, gen: c.gen });
}

/** The handshake finished: both SendWorkers start, each sending its queued or last message. */
export function connectionUp(w: World, a: number, b: number, gen: number): void {
  const c = connectionOf(w, a, b);
  if (c.gen !== gen || c.state !== 'connecting') return;
  if (!w.state.peers.get(a)?.mem || !w.state.peers.get(b)?.mem) {
    c.state = 'down';
    return;
  }
  c.state = 'up';
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const q = qcmOf(w, x);
    if (q.queueSend.get(y)) flush(w, x, y, c);
    else {
      const last = q.lastMessageSent.get(y);
      if (last) transmit(w, { channel: 'election', payload: last }, x, y, c.gen);
    }
  }
}

/**
 * A partition or cut tears down the election connections it separates: what is on the wire is lost,
 * and a sender's next message waits in its queue until the connection comes back, when QCM re-sends
 * (TCP would never deliver past the gap, and ZooKeeper reconnects rather than hang).
 */
export function breakElectionConnections(w: World): void {
  for (const [key, c] of w.state.connections) {
    if (c.state === 'down') continue;
    const a = Math.floor(key / 256);
    const b = key % 256;
    if (reachable(w, a, b)) continue;
    c.state = 'down';
    c.gen += 1;
  }
}

/** haveDelivered: true if any per-peer send queue is empty. */
export function haveDelivered(w: World, sid: number): boolean {
  for (const m of qcmOf(w, sid).queueSend.values()) if (m === null) return true;
  return false;
}

/** connectAll: dial every peer we have a queue for. */
export function connectAll(w: World, sid: number): void {
  for (const to of qcmOf(w, sid).queueSend.keys()) connectOne(w, sid, to);
}

/** A server stopped: its connections drop and its QuorumCnxManager memory is gone. */
export function dropElectionConnections(w: World, sid: number): void {
  w.state.qcm.delete(sid);
  for (const [key, c] of w.state.connections) {
    const a = Math.floor(key / 256);
    const b = key % 256;
    if (a === sid || b === sid) {
      c.state = 'down';
      c.gen += 1;
    }
  }
}

/** true if a delivered election message still travels on a live connection. */
export function electionConnectionAlive(w: World, from: number, to: number, gen: number): boolean {
  if (from === to) return true;
  const c = connectionOf(w, from, to);
  return c.state === 'up' && c.gen === gen;
}
