/**
 * Resolves a guided tour's steps to exact moments of the run. A step bound to a mark is the moment just
 * after the step whose marks include it; a step bound to a time is the last step at or before it. The
 * run is deterministic, so the same tour step is always the same (step, time): Back restores exactly.
 */
import type { Scenario, TourStep } from '../scenario/types';
import { Run } from './run';

/** A moment of the run: steps processed and the virtual time shown. */
export interface Moment {
  readonly step: number;
  readonly t: number;
}

/** Longest a tour may search for its marks, in steps (a wrong code must not spin forever). */
const SEARCH_STEPS = 200_000;

/** The moment of each step, in order, found in one pass over the run; a step never found stays at the previous moment. */
export function resolveTour(scenario: Scenario, steps: readonly TourStep[]): Moment[] {
  const run = new Run(scenario, []);
  // Marks are counted from the start of the run (per code, and per code and server), so
  // "the 2nd zab.commit of server 2" means the same whichever steps come before it in the tour.
  const counts = new Map<string, number>();
  const out: Moment[] = [];
  let prev: Moment = { step: 0, t: 0 };
  let k = 0;
  const resolved = (m: Moment) => {
    prev = m;
    out.push(m);
  };
  for (const s of steps) {
    if (!s.mark && s.at === undefined) {
      resolved(prev);
      continue;
    }
    const key = s.mark ? `${s.mark.code}@${s.mark.sid ?? '*'}` : '';
    const need = s.mark?.nth ?? 1;
    let found: Moment | null = null;
    while (!found && k < SEARCH_STEPS) {
      if (s.mark && (counts.get(key) ?? 0) >= need && k > prev.step) break;
      if (s.at !== undefined && !s.mark) {
        // The next step is after the time: this is the moment (time shown exactly as written).
        const next = run.seekStep(k + 1) === k + 1 ? run.timeOfStep(k) : null;
        if (next === null || next > s.at) {
          run.seekStep(k);
          found = { step: k, t: Math.max(s.at, prev.t) };
          break;
        }
      } else if (run.seekStep(k + 1) !== k + 1) break;
      k++;
      for (const m of run.lastRecord?.marks ?? []) {
        for (const c of [`${m.code}@*`, `${m.code}@${m.sid}`]) counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      if (s.mark && (counts.get(key) ?? 0) >= need) found = { step: k, t: run.timeOfStep(k - 1) };
    }
    resolved(found ?? prev);
  }
  return out;
}
