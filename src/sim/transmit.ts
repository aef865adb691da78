/**
 * Putting a message on the wire: it gets an id, a FIFO delivery time, and is marked lost at once
 * if a partition separates the two ends.
 */
import type { ToSend } from '../engine/election/types';
import type { QuorumPacket } from '../engine/peer/packets';
import { fifoDeliveryTime, reachable } from './network';
import type { InFlight } from './world-state';
import type { World } from './world';
import { schedule } from './agenda';

/** Sends `payload` from `from` to `to` on the given connection; returns the in-flight record. */
export function transmit(
  w: World, channel: 'election' | 'zab', from: number, to: number, payload: ToSend | QuorumPacket, connection: number,
): InFlight {
  const s = w.state;
  const deliverAt = from === to ? s.now : fifoDeliveryTime(w, channel, from, to);
  if (channel === 'election') payload = stamped(from, payload as ToSend);
  const lost = !reachable(w, from, to);
  const m: InFlight = {
    id: s.nextId++, channel, from, to, payload, sentAt: s.now, deliverAt, connection,
    // A message cut off by a partition dies half-way, where the cable is cut.
    lostAt: lost ? s.now + (deliverAt - s.now) / 2 : null,
    lostWhy: lost ? 'partition' : null,
  };
  s.inFlight.set(m.id, m);
  schedule(w, deliverAt, { kind: 'deliver', messageId: m.id });
  return m;
}

let lastMessage: ToSend | null = null;
let lastStamped: ToSend | null = null;

/** The message with its sender's sid, made once per broadcast (every copy shares the same object). */
function stamped(from: number, msg: ToSend): ToSend {
  if (msg !== lastMessage || (lastStamped as { sid?: number }).sid !== from) {
    lastMessage = msg;
    lastStamped = { ...msg, sid: from } as ToSend;
  }
  return lastStamped!;
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
