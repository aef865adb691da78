/**
 * What the servers, links and messages become once the actions queued while paused are carried out
 * (frame.pending), for the ring and the menus. Derived from the frame each time it is asked; nothing is kept
 * but a cache keyed by the frame's own pending list.
 */
import type { Frame, LinkView, PendingView } from '../../worker/protocol.ts';

/** A change still to come and the step count at which it is made (null: further ahead than the preview). */
export interface Coming<T> {
  readonly value: T;
  readonly step: number | null;
}

/** The queued changes of one frame; the last action on a server or link decides what it becomes. */
export interface PendingLook {
  readonly running: ReadonlyMap<number, Coming<boolean>>;
  readonly links: ReadonlyMap<string, Coming<LinkView['state']>>;
  readonly lost: ReadonlyMap<number, Coming<true>>;
}

const NOTHING: PendingLook = { running: new Map(), links: new Map(), lost: new Map() };
const looks = new WeakMap<readonly PendingView[], PendingLook>();

/** The key of a link, as the ring joins links. */
export const linkKey = (l: { readonly a: number; readonly b: number }): string => `${l.a}-${l.b}`;

/** The changes queued in a frame. */
export function pendingLook(frame: Frame): PendingLook {
  const pending = frame.pending;
  if (!pending || pending.length === 0) return NOTHING;
  let look = looks.get(pending);
  if (!look) {
    const running = new Map<number, Coming<boolean>>(), links = new Map<string, Coming<LinkView['state']>>(), lost = new Map<number, Coming<true>>();
    for (const p of pending) {
      for (const s of p.servers) running.set(s.id, { value: s.running, step: p.step });
      for (const l of p.links) links.set(linkKey(l), { value: l.state, step: p.step });
      for (const id of p.lost) if (!lost.has(id)) lost.set(id, { value: true, step: p.step });
    }
    look = { running, links, lost };
    looks.set(pending, look);
  }
  return look;
}

/** The links as they will be once the queued actions are carried out. */
export function linksAfter(frame: Frame): readonly LinkView[] {
  const coming = pendingLook(frame).links;
  if (coming.size === 0) return frame.links;
  return frame.links.map((l) => {
    const c = coming.get(linkKey(l));
    return c ? { ...l, state: c.value } : l;
  });
}

/** Whether server `sid` will be stopped once the queued actions are carried out. */
export function stoppedAfter(frame: Frame, sid: number): boolean {
  const c = pendingLook(frame).running.get(sid);
  return c ? !c.value : frame.servers.find((s) => s.id === sid)?.state === 'STOPPED';
}

/** Whether every link of server `sid` will be down (isolated, or all its links cut). */
export function isolatedAfter(frame: Frame, sid: number): boolean {
  const mine = linksAfter(frame).filter((l) => l.a === sid || l.b === sid);
  return mine.length > 0 && mine.every((l) => l.state !== 'up');
}
