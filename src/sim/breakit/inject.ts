/**
 * Faults on messages in flight (loss, delay, duplicate), added while a Break it seed runs. Each is an
 * ordinary timed action, so the finding's scenario replays it exactly: it is put at a virtual time T at
 * which nothing else is on the agenda yet. Then it is the first thing at T both in this run and in a
 * replay of the file (where it is scheduled before everything), so both runs agree step for step.
 */
import type { ScenarioEvent } from '../../scenario/types';
import { nextInt } from '../prng';
import type { PrngState } from '../prng';
import type { World } from '../world';
import { addAction, runUntil } from '../world';
import type { FaultKind } from './options';

const MESSAGE_FAULTS = ['loss', 'delay', 'duplicate'] as const;

/** Runs `w` to `until`, adding a message fault every few hundred ms while `faultEnd` is not reached. */
export function runWithMessageFaults(w: World, r: PrngState, faults: readonly FaultKind[], faultEnd: number, until: number): void {
  const kinds = MESSAGE_FAULTS.filter((k) => faults.includes(k));
  if (kinds.length === 0) {
    runUntil(w, until);
    return;
  }
  for (let t = nextInt(r, 100, 600); t < faultEnd; t += nextInt(r, 100, 900)) {
    runUntil(w, t - 1);
    const at = freeTime(w, t);
    const m = pickMessage(w, r, at);
    if (m === null) continue;
    const kind = kinds[nextInt(r, 0, kinds.length - 1)];
    addAction(w, faultEvent(kind, at, m, r));
  }
  runUntil(w, until);
}

function faultEvent(kind: (typeof MESSAGE_FAULTS)[number], at: number, message: number, r: PrngState): ScenarioEvent {
  if (kind === 'loss') return { at, do: 'drop', message };
  if (kind === 'delay') return { at, do: 'delay', message, ms: nextInt(r, 50, 4000) };
  return { at, do: 'duplicate', message };
}

/** The first time from `t` at which no agenda event is due yet. */
function freeTime(w: World, t: number): number {
  const taken = new Set<number>();
  for (const ev of w.state.agenda) if (ev.time >= t) taken.add(ev.time);
  let at = t;
  while (taken.has(at)) at++;
  return at;
}

/** A message that will still be on the wire at `at`, chosen by the seed; null when there is none. */
function pickMessage(w: World, r: PrngState, at: number): number | null {
  const candidates: number[] = [];
  for (const m of w.state.inFlight.values()) if (m.lostAt === null && m.from !== m.to && m.deliverAt > at) candidates.push(m.id);
  return candidates.length === 0 ? null : candidates[nextInt(r, 0, candidates.length - 1)];
}
