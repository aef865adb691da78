/**
 * Putting a message on the wire: it gets an id, a FIFO delivery time, and a learner-link packet is
 * marked lost at once if a partition separates the two ends.
 */
import { fifoDeliveryTime, reachable } from './network';
import type { InFlight, Wire } from './world-state';
import type { World } from './world';
import { schedule } from './agenda';

/** Sends a message (as the engine sent it) from `from` to `to` on the given connection; returns the in-flight record. */
export function transmit(w: World, wire: Wire, from: number, to: number, connection: number): InFlight {
  const s = w.state;
  const deliverAt = from === to ? s.now : fifoDeliveryTime(w, wire.channel, from, to);
  // Election data on a live connection stays in TCP's send buffer across a partition (retransmitLater).
  const lost = wire.channel !== 'election' && !reachable(w, from, to);
  const m: InFlight = {
    id: s.nextId++, ...wire, from, to, sentAt: s.now, deliverAt, connection,
    // A message cut off by a partition dies half-way, where the cable is cut.
    lostAt: lost ? s.now + (deliverAt - s.now) / 2 : null,
    lostWhy: lost ? 'partition' : null,
  };
  s.inFlight.set(m.id, m);
  schedule(w, deliverAt, { kind: 'deliver', messageId: m.id });
  return m;
}

/** Marks every in-flight message matching `pred` as lost now. */
export function loseInFlight(w: World, why: InFlight['lostWhy'], pred: (m: InFlight) => boolean): void {
  for (const m of w.state.inFlight.values()) {
    if (m.lostAt === null && pred(m)) {
      m.lostAt = w.state.now;
      m.lostWhy = why;
    }
  }
}
