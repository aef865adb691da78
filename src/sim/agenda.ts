/**
 * Scheduling onto the world's agenda, and the per-peer timers that ride on it.
 */
import type { TimerKey } from '../engine/peer/io';
import { heapPush } from './event-queue';
import type { SimEvent } from './world-state';
import type { World } from './world';

type Body = SimEvent extends infer E ? (E extends SimEvent ? Omit<E, 'time' | 'seq'> : never) : never;

/** Puts an event on the agenda at virtual time `time`. `body` must be a fresh object: it becomes the event. */
export function schedule(w: World, time: number, body: Body): void {
  const ev = body as unknown as { time: number; seq: number };
  ev.time = time;
  ev.seq = w.state.seq++;
  heapPush(w.state.agenda, ev as unknown as SimEvent);
}

/** Arms (or re-arms) a peer's named timer; an older one with the same key will not fire. */
export function setTimer(w: World, sid: number, key: TimerKey, delayMs: number): void {
  let gens = w.state.timerGens.get(sid);
  if (!gens) w.state.timerGens.set(sid, (gens = new Map()));
  const gen = w.state.seq;
  gens.set(key, gen);
  schedule(w, w.state.now + delayMs, { kind: 'timer', sid, key, gen });
}

/** Cancels a peer's named timer. */
export function cancelTimer(w: World, sid: number, key: TimerKey): void {
  w.state.timerGens.get(sid)?.delete(key);
}

/** true if a timer event is still the live one for its key (and consumes it). */
export function takeTimer(w: World, sid: number, key: TimerKey, gen: number): boolean {
  const gens = w.state.timerGens.get(sid);
  if (gens?.get(key) !== gen) return false;
  gens.delete(key);
  return true;
}

/** Forgets every timer of a stopped server. */
export function dropTimers(w: World, sid: number): void {
  w.state.timerGens.delete(sid);
}

/** The virtual time at which a peer's timer fires, if armed (for display). */
export function timerDue(w: World, sid: number, key: TimerKey): number | null {
  const gen = w.state.timerGens.get(sid)?.get(key);
  if (gen === undefined) return null;
  for (const e of w.state.agenda) if (e.kind === 'timer' && e.gen === gen && e.sid === sid) return e.time;
  return null;
}
