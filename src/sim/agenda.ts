/**
 * Scheduling onto the world's agenda, and the per-peer timers that ride on it.
 */
import type { TimerKey } from '../engine/peer/io';
import { heapPush } from './event-queue';
import type { SimEvent } from './world-state';
import type { World } from './world';
import { slowness } from './network';

type Body = SimEvent extends infer E ? (E extends SimEvent ? Omit<E, 'time' | 'seq'> : never) : never;

/** Puts an event on the agenda at virtual time `time`. `body` must be a fresh object: it becomes the event. */
export function schedule(w: World, time: number, body: Body): void {
  const ev = body as unknown as { time: number; seq: number };
  ev.time = time;
  ev.seq = w.state.seq++;
  heapPush(w.state.agenda, ev as unknown as SimEvent);
}

/**
 * Arms (or re-arms) a peer's named timer; an older one with the same key will not fire. Re-arming
 * later only moves the due time: the agenda entry already there is pushed on when it comes up, so
 * a read timeout re-armed on every packet costs no heap traffic.
 */
export function setTimer(w: World, sid: number, key: TimerKey, delayMs: number): void {
  let slots = w.state.timers.get(sid);
  if (!slots) w.state.timers.set(sid, (slots = new Map()));
  const due = w.state.now + delayMs + slowness(w, sid);
  const slot = slots.get(key);
  if (slot && slot.queuedAt <= due) {
    slot.due = due;
    return;
  }
  const gen = w.state.seq;
  slots.set(key, { due, gen, queuedAt: due });
  schedule(w, due, { kind: 'timer', sid, key, gen });
}

/** Cancels a peer's named timer. */
export function cancelTimer(w: World, sid: number, key: TimerKey): void {
  w.state.timers.get(sid)?.delete(key);
}

/**
 * true if a timer event should fire now (and consumes the timer). An event for a timer that was
 * re-armed later is put back on the agenda at the new due time.
 */
export function takeTimer(w: World, sid: number, key: TimerKey, gen: number): boolean {
  const slot = w.state.timers.get(sid)?.get(key);
  if (!slot || slot.gen !== gen) return false;
  if (slot.due > w.state.now) {
    slot.queuedAt = slot.due;
    schedule(w, slot.due, { kind: 'timer', sid, key, gen });
    return false;
  }
  w.state.timers.get(sid)!.delete(key);
  return true;
}

/** Forgets every timer of a stopped server. */
export function dropTimers(w: World, sid: number): void {
  w.state.timers.delete(sid);
}

/** The virtual time at which a peer's timer fires, if armed (for display). */
export function timerDue(w: World, sid: number, key: TimerKey): number | null {
  return w.state.timers.get(sid)?.get(key)?.due ?? null;
}
