/**
 * Tells a busy worker from a stalled one (issue 11 point 7). The worker ends the replies to every command
 * with `handled` and posts progress while it opens a run, so: a command not yet handled, or a load under
 * way, with nothing heard from the worker for longer than the bound, is a stall. Pure: the clock is given.
 */
import type { Reply } from '../../worker/protocol.ts';

/** How long the worker may owe an answer without saying anything (a far seek of 51 voters takes seconds). */
export const STALL_MS = 15_000;

/** The supervisor's view of one worker. */
export class Watchdog {
  private unhandled = 0;
  private loadUnderWay = false;
  private lastHeardMs: number;

  constructor(nowMs: number, private readonly stallMs = STALL_MS) {
    this.lastHeardMs = nowMs;
  }

  /** A command was posted. */
  sent(nowMs: number): void {
    // Quiet while nothing was owed is not a stall: the wait starts now.
    if (!this.owed()) this.lastHeardMs = nowMs;
    this.unhandled += 1;
  }

  /** The worker posted `r`. */
  heard(r: Reply, nowMs: number): void {
    this.lastHeardMs = nowMs;
    if (r.type === 'handled') this.unhandled = Math.max(0, this.unhandled - 1);
    else if (r.type === 'loadProgress') this.loadUnderWay = true;
    else if (r.type === 'loaded' || r.type === 'loadRefused' || r.type === 'loadCancelled') this.loadUnderWay = false;
  }

  /** How long the worker has owed an answer in silence, once that is past the bound; otherwise null. */
  stalledFor(nowMs: number): number | null {
    const quiet = nowMs - this.lastHeardMs;
    return this.owed() && quiet > this.stallMs ? quiet : null;
  }

  private owed(): boolean {
    return this.unhandled > 0 || this.loadUnderWay;
  }
}
