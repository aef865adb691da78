/**
 * The messages in flight as changes between two frames (frame-patch.ts): which ids left, which
 * messages are new or changed (a loss sets `lostAt`), and the order when it is not the old order with
 * the new ones appended. Applying the changes to the previous list gives the new list exactly, keeping
 * the previous objects of the messages that did not change.
 */
import type { MessageView } from './frame';

/** How the messages in flight changed since the frame before. */
export interface MessageChanges {
  /** Ids of the messages no longer in flight. */
  readonly removed: readonly number[];
  /** Messages new or changed since the frame before, in the frame's order. */
  readonly upserted: readonly MessageView[];
  /** Every id in the frame's order, when that is not the previous order (less the removed) with the new ones appended. */
  readonly order: readonly number[] | null;
}

/** The changes from the messages sent before (JSON by id, and their order) to `next`, and what to remember of `next`. */
export function diffMessages(
  before: ReadonlyMap<number, string>,
  beforeOrder: readonly number[],
  next: readonly MessageView[],
): { changes: MessageChanges | 'same' | 'all'; sent: Map<number, string>; order: number[] } {
  const sent = new Map<number, string>();
  const order: number[] = [];
  const upserted: MessageView[] = [];
  const added: number[] = [];
  for (const m of next) {
    // JSON is exact for messages: plain data, no bigint.
    const text = JSON.stringify(m);
    sent.set(m.id, text);
    order.push(m.id);
    const old = before.get(m.id);
    if (old !== text) upserted.push(m);
    if (old === undefined) added.push(m.id);
  }
  // Two messages with one id cannot be told apart by id: send the list as it is.
  if (sent.size !== next.length) return { changes: 'all', sent, order };
  const removed = beforeOrder.filter((id) => !sent.has(id));
  const expected = beforeOrder.filter((id) => sent.has(id)).concat(added);
  const sameOrder = expected.length === order.length && expected.every((id, i) => id === order[i]);
  if (removed.length === 0 && upserted.length === 0 && sameOrder) return { changes: 'same', sent, order };
  if (upserted.length * 2 > next.length) return { changes: 'all', sent, order };
  return { changes: { removed, upserted, order: sameOrder ? null : order }, sent, order };
}

/** The messages after `changes`: the unchanged ones are the same objects as in `prev`. */
export function patchMessages(prev: readonly MessageView[], changes: MessageChanges): MessageView[] {
  const gone = new Set(changes.removed);
  const fresh = new Map(changes.upserted.map((m) => [m.id, m]));
  if (changes.order) {
    const byId = new Map(prev.map((m) => [m.id, m]));
    return changes.order.map((id) => fresh.get(id) ?? byId.get(id)!);
  }
  const out: MessageView[] = [];
  for (const m of prev) {
    if (gone.has(m.id)) continue;
    const changed = fresh.get(m.id);
    out.push(changed ?? m);
    fresh.delete(m.id);
  }
  // What is left in `fresh` is new, appended in the frame's order.
  for (const m of fresh.values()) out.push(m);
  return out;
}
