/**
 * A bound on one run: a number of simulation steps (deterministic: the same file stops at the same step
 * everywhere) and, optionally, a check the caller makes between steps (the CLI's wall clock; the sim itself
 * never reads a clock). Exceeding either throws RunBoundExceeded, which names the bound.
 */

/** What a run may use. */
export interface RunBound {
  readonly maxSteps: number;
  /** Asked every CHECK_EVERY steps; true stops the run (e.g. a wall-clock budget spent). */
  readonly overTime?: () => boolean;
}

/** How often `overTime` is asked. */
const CHECK_EVERY = 4096;

/** Thrown when a run reaches its bound. */
export class RunBoundExceeded extends Error {
  constructor(readonly bound: 'steps' | 'time', readonly steps: number, readonly atMs: number) {
    super(bound === 'steps' ? `the run reached its bound of ${steps} steps at virtual time ${atMs} ms` : `the run reached its time bound after ${steps} steps, at virtual time ${atMs} ms`);
  }
}

/** A counter for one run: `tick(now)` before each step throws once the bound is reached. */
export function stepCounter(bound: RunBound | undefined): (atMs: number) => void {
  let steps = 0;
  if (bound === undefined) return () => undefined;
  return (atMs) => {
    if (steps >= bound.maxSteps) throw new RunBoundExceeded('steps', steps, atMs);
    if (++steps % CHECK_EVERY === 0 && bound.overTime?.()) throw new RunBoundExceeded('time', steps, atMs);
  };
}
