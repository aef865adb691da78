/**
 * Learner–leader TCP connections on the quorum port. A dial reaches the leader only if it is
 * LEADING (its acceptor is open); a close reaches the other end behind the data already sent.
 */
import type { QuorumPacket } from '../engine/peer/packets';
import { schedule } from './agenda';
import { channelKey, drawLatency, reachable } from './network';
import { transmit } from './transmit';
import type { ZabLink } from './world-state';
import type { World } from './world';

/** The live link between a learner and a leader, if any. */
export function linkBetween(w: World, a: number, b: number): ZabLink | null {
  for (const l of w.state.links.values()) {
    if (!l.closed && ((l.learner === a && l.leader === b) || (l.learner === b && l.leader === a))) return l;
  }
  return null;
}

/** A learner dials its leader; the result comes back as zabConnectResult. */
export function zabConnect(w: World, learner: number, leader: number, timeoutMs: number): void {
  const old = linkBetween(w, learner, leader);
  if (old) closeLink(w, old, learner);
  const link: ZabLink = { id: w.state.nextId++, learner, leader, up: false, closed: false, closedBy: null, closedAt: 0, reset: false, broken: false };
  w.state.links.set(link.id, link);
  if (!reachable(w, learner, leader) || !w.state.peers.get(leader)?.mem) {
    // No answer at all: the dial times out (a stopped host's port would refuse, but only after a round trip).
    const unreachable = !reachable(w, learner, leader);
    schedule(w, w.state.now + (unreachable ? Math.max(1, timeoutMs) : drawLatency(w, learner, leader) * 2), { kind: 'zabConnectResult', linkId: link.id, ok: false });
    return;
  }
  schedule(w, w.state.now + drawLatency(w, learner, leader), { kind: 'zabSyn', linkId: link.id });
}

/** The SYN reached the leader: accepted if it is LEADING, refused otherwise. */
export function zabSynArrived(w: World, linkId: number): void {
  const link = w.state.links.get(linkId);
  if (!link || link.closed) return;
  const mem = w.state.peers.get(link.leader)?.mem;
  const ok = !!mem && mem.state === 'LEADING' && mem.leader !== null && reachable(w, link.learner, link.leader);
  if (ok) link.up = true;
  schedule(w, w.state.now + drawLatency(w, link.learner, link.leader), { kind: 'zabConnectResult', linkId, ok });
}

/** Writes a packet on the live link between `from` and `to`; without one it goes nowhere. */
export function zabSend(w: World, from: number, to: number, p: QuorumPacket): void {
  const link = linkBetween(w, from, to);
  if (!link || !link.up) return;
  const m = transmit(w, { channel: 'zab', payload: p }, from, to, link.id);
  if (m.lostAt !== null) link.broken = true;
  else if (link.broken) {
    m.lostAt = m.sentAt;
    m.lostWhy = 'partition';
  }
}

/** A partition or cut: every open link it separates is broken for good. */
export function breakCutLinks(w: World): void {
  for (const link of w.state.links.values()) {
    if (!link.closed && !reachable(w, link.learner, link.leader)) link.broken = true;
  }
}

/** One end closes the link; the other end learns it behind the packets already on the wire. */
export function closeLink(w: World, link: ZabLink, by: number): void {
  if (link.closed) return;
  link.closed = true;
  link.up = false;
  link.closedBy = by;
  link.closedAt = w.state.now;
  const other = link.learner === by ? link.leader : link.learner;
  if (reachable(w, by, other)) {
    const key = channelKey('zab', by, other);
    const at = Math.max(w.state.now + drawLatency(w, by, other), w.state.lastDeliveryAt.get(key) ?? 0);
    schedule(w, at, { kind: 'zabClosed', linkId: link.id, to: other });
  }
}

/** A stopped server's links die at once and the peers notice immediately (cli-contract.md §1). */
export function dropLinks(w: World, sid: number): void {
  for (const link of w.state.links.values()) {
    if (link.closed || (link.learner !== sid && link.leader !== sid)) continue;
    const wasUp = link.up;
    link.closed = true;
    link.up = false;
    link.closedBy = sid;
    link.closedAt = w.state.now;
    link.reset = true;
    const other = link.learner === sid ? link.leader : link.learner;
    if (!wasUp && other === link.learner) {
      // The learner was still dialling: its connect attempt fails rather than a connection closing.
      schedule(w, w.state.now, { kind: 'zabConnectResult', linkId: link.id, ok: false });
    } else {
      schedule(w, w.state.now, { kind: 'zabClosed', linkId: link.id, to: other });
    }
  }
}

/** true if a zab message still reaches its receiver: the link is open, or was closed by the sender after sending it. */
export function linkDelivers(w: World, linkId: number, from: number, sentAt: number): boolean {
  const link = w.state.links.get(linkId);
  if (!link || link.broken) return false;
  if (!link.closed) return true;
  return !link.reset && link.closedBy === from && sentAt <= link.closedAt;
}
