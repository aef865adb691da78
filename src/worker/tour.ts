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

function matches(step: TourStep, marks: readonly { code: string; sid: number }[]): number {
  const m = step.mark;
  if (!m) return 0;
  return marks.filter((x) => x.code === m.code && (m.sid === undefined || x.sid === m.sid)).length;
}

/** The moment of each step, in order; a step whose mark never fires stays at the previous moment. */
export function resolveTour(scenario: Scenario, steps: readonly TourStep[]): Moment[] {
  const run = new Run(scenario, []);
  const out: Moment[] = [];
  let prev: Moment = { step: 0, t: 0 };
  for (const s of steps) {
    let found: Moment | null = null;
    if (s.mark) {
      // Marks are counted from the start of the run, so "the 2nd zab.commit" means the same in any tour.
      let seen = 0;
      const need = s.mark.nth ?? 1;
      run.seekStep(0);
      for (let k = 1; k <= SEARCH_STEPS && run.seekStep(k) === k; k++) {
        seen += matches(s, run.lastRecord?.marks ?? []);
        if (seen >= need) {
          found = { step: k, t: run.history.times[k - 1] };
          break;
        }
      }
    } else if (s.at !== undefined) {
      const k = run.stepsForTime(s.at);
      found = { step: k, t: Math.min(s.at, Math.max(scenario.until, run.history.times[k - 1] ?? 0)) };
    }
    prev = found ?? prev;
    out.push(prev);
  }
  return out;
}
