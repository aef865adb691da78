/**
 * The faults a user (or Break it) adds by hand beyond stop, partition, cut and drop: a message held back,
 * a notification sent twice, one link's latency, a slow server. Each keeps TCP's semantics: a connection
 * delivers in order, so holding one message back holds back what follows it on the same connection.
 */
import { channelKey, pairKey } from './network';
import { transmit } from './transmit';
import type { InFlight } from './world-state';
import type { World } from './world';

/**
 * Loses message `id`. TCP never delivers past a lost segment, so a Zab packet lost this way breaks its
 * connection: nothing after it arrives, and both ends find out by their read timeouts (as after a cut).
 * A lost election notification models a connection that broke and took its queued message with it;
 * FastLeaderElection re-sends on its poll timeout.
 */
export function dropMessage(w: World, id: number): void {
  const m = w.state.inFlight.get(id);
  if (!m || m.lostAt !== null) return;
  m.lostAt = w.state.now;
  m.lostWhy = 'dropped';
  if (m.channel === 'zab') {
    const link = w.state.links.get(m.connection);
    if (link) link.broken = true;
  }
}

/** Holds message `id` back by `ms`; later messages on its connection wait behind it (head-of-line). */
export function delayMessage(w: World, id: number, ms: number): void {
  const m = w.state.inFlight.get(id);
  if (!m || m.lostAt !== null || m.from === m.to) return;
  const at = m.deliverAt + ms;
  const moved = new Set<number>();
  for (const o of w.state.inFlight.values()) {
    if (o === m || (o.id > m.id && sameConnection(o, m) && o.deliverAt < at)) {
      o.delayedMs = (o.delayedMs ?? 0) + (at - o.deliverAt);
      o.deliverAt = at;
      moved.add(o.id);
    }
  }
  const key = channelKey(m.channel, m.from, m.to);
  w.state.lastDeliveryAt.set(key, Math.max(at, w.state.lastDeliveryAt.get(key) ?? 0));
  retimeDeliveries(w, moved);
}

/**
 * Sends election notification `id` once more on its connection, now, behind what is already queued.
 * TCP never duplicates a segment; what this models is QuorumCnxManager re-sending its last message when
 * a connection comes back (SendWorker sends lastMessageSent first). Zab packets are never re-sent by
 * ZooKeeper on the same connection, so duplicating one does nothing.
 */
export function duplicateMessage(w: World, id: number): InFlight | null {
  const m = w.state.inFlight.get(id);
  if (!m || m.channel !== 'election' || m.from === m.to || m.lostAt !== null) return null;
  const copy = transmit(w, { channel: 'election', payload: m.payload }, m.from, m.to, m.connection);
  copy.duplicateOf = m.id;
  return copy;
}

/** Sets the latency range of the link between a and b (both directions). */
export function setLinkLatency(w: World, a: number, b: number, latencyMs: readonly [number, number]): void {
  w.state.linkLatencyMs.set(pairKey(a, b), latencyMs);
}

/** Makes server `sid` slow by `ms` (its timers fire and its sends leave that late); 0 makes it normal. */
export function setSlow(w: World, sid: number, ms: number): void {
  if (ms > 0) w.state.slowMs.set(sid, ms);
  else w.state.slowMs.delete(sid);
}

function sameConnection(a: InFlight, b: InFlight): boolean {
  return a.channel === b.channel && a.from === b.from && a.to === b.to && a.connection === b.connection;
}

/** Moves the agenda entries of the given deliveries to their messages' new times (keeping their seq). */
function retimeDeliveries(w: World, ids: ReadonlySet<number>): void {
  const agenda = w.state.agenda as { time: number; seq: number; kind: string; messageId?: number }[];
  for (const ev of agenda) {
    if (ev.kind === 'deliver' && ids.has(ev.messageId!)) ev.time = w.state.inFlight.get(ev.messageId!)!.deliverAt;
  }
  // A sorted array is a valid min-heap; a hand-made fault is rare enough for a full sort.
  agenda.sort((x, y) => x.time - y.time || x.seq - y.seq);
}
