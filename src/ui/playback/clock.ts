/**
 * The playback clock handed to views (issue 12): virtual time `t` at wall time `wall` (performance.now()),
 * advancing `rate` virtual ms per wall ms — 0 while paused, while waiting for the worker, or with reduced
 * motion. A new object whenever time jumps or changes pace, so a view can tell by identity that it must
 * set its animations again; between such changes a view may leave the motion to the compositor.
 */
export interface PlayClock {
  readonly t: number;
  readonly wall: number;
  readonly rate: number;
}

/** The virtual time of a clock at wall time `now`. */
export const clockAt = (c: PlayClock, now: number): number => c.t + c.rate * (now - c.wall);

/** Ask for a tick at every animation frame (a view drawing motion itself). */
export const EVERY_FRAME = 0;
/** Ask for no tick until the clock changes (nothing of the view moves by itself). */
export const NO_TICK = Infinity;
