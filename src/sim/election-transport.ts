/**
 * QuorumCnxManager as the election sees it (reference §1.12): one connection per pair, a one-slot
 * send queue per peer, the last message re-sent when a connection comes up, loopback to oneself.
 */
import type { Notification } from '../engine/election/types';
import { schedule } from './agenda';
import { channelKey, drawLatency, reachable } from './network';
import { transmit } from './transmit';
import type { ElectionConnection, InFlight, Qcm } from './world-state';
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
  // A handshake cut off by a partition never completes (the dial times out; QCM dials again later).
  if (!w.state.peers.get(a)?.mem || !w.state.peers.get(b)?.mem || !reachable(w, a, b)) {
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

/** Linux's TCP_RTO_MIN and TCP_RTO_MAX, and tcp_retries2 = 15 retransmissions before the socket errors. */
export const RTO_MIN_MS = 200;
export const RTO_MAX_MS = 120_000;
const RETRIES = 15;

/**
 * TCP under a partition (issue 16, point 7). QuorumCnxManager's sockets have no read timeout (RecvWorker sets
 * SO_TIMEOUT 0) and keepalive is off, so nobody notices a silent partition: the sender's SendWorker keeps
 * writing into the socket, and TCP retransmits the oldest unacknowledged segment with exponential backoff
 * (RTO_MIN doubling to RTO_MAX). What was queued arrives in order at the first retransmission after the heal.
 * After tcp_retries2 the sender's socket errors and the connection is gone, with its data. Returns false when
 * the message is lost that way, true when it now waits for the next retransmission.
 */
export function retransmitLater(w: World, m: InFlight): boolean {
  const key = channelKey('election', m.from, m.to);
  const since = w.state.stalledSince.get(key) ?? m.sentAt;
  w.state.stalledSince.set(key, since);
  let at = since;
  for (let k = 0; k <= RETRIES; k++) {
    at += Math.min(RTO_MIN_MS * 2 ** k, RTO_MAX_MS);
    if (at > w.state.now) {
      // The last timeout (k = RETRIES) is when the socket errors: look again then, and give up.
      const deliverAt = Math.max(k === RETRIES ? at : at + drawLatency(w), w.state.lastDeliveryAt.get(key) ?? 0);
      w.state.lastDeliveryAt.set(key, deliverAt);
      m.deliverAt = deliverAt;
      w.state.inFlight.set(m.id, m);
      schedule(w, deliverAt, { kind: 'deliver', messageId: m.id });
      return true;
    }
  }
  const c = connectionOf(w, m.from, m.to);
  c.state = 'down';
  c.gen += 1;
  w.state.stalledSince.delete(key);
  return false;
}

/** Data got through on this direction: TCP's retransmission backoff starts afresh. */
export function electionDelivered(w: World, from: number, to: number): void {
  w.state.stalledSince.delete(channelKey('election', from, to));
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
