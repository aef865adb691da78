/**
 * Memory budgets of a run (issue 12): a long run at 100× must keep the worker's heap flat. Checkpoints
 * are thinned (older ones further apart) past a count or an estimated size; the history keeps the
 * newest log lines, messages and markers up to a count each. What was dropped is reported in the frame,
 * so the user is told (seeking far back then replays from an older checkpoint, and older log lines and
 * messages are gone), never left with a silent freeze.
 */

/** Most checkpoints kept per branch, and their estimated bytes in all with the live world's (run.ts). */
export const CHECKPOINTS_MAX = 200;
export const CHECKPOINT_BYTES_MAX = 48 * 1024 * 1024;
/**
 * Most log lines, message records and markers the history keeps: a busy run (clients writing, the network
 * flapping) fills them within its first half hour of virtual time, and its memory is flat from then on.
 * A commit is a marker, so markers fill as fast as writes come; 2 000 is still a dense band on the timeline.
 */
export const LOG_LINES_MAX = 10_000;
export const TRACE_MAX = 20_000;
export const MARKERS_MAX = 2_000;
/**
 * Most zkCli lines typed into one client session the history keeps for the console's echo: more than the
 * console shows (its last 400 lines, frame-clients.ts), so only stepping far back can lose any.
 */
export const SESSION_COMMANDS_MAX = 1_000;
/**
 * Newest steps whose virtual time the history keeps exactly. An older step's time is found again by
 * replaying from a checkpoint (run.ts): nothing is lost, seeking that far back is only slower.
 */
export const STEP_TIMES_MAX = 20_000;

/** What a budget dropped so far: the oldest moment whose details are still all there. */
export interface Dropped {
  /** Log lines, messages and markers of steps before this one are gone (0: none dropped). */
  readonly historyBeforeStep: number;
  readonly historyBeforeTime: number;
  /** Checkpoints were thinned: seeking back may replay from further away (slower, never different). */
  readonly checkpointsThinned: number;
}

/**
 * Which checkpoints to drop so that at most `max` remain: every other one among the older half (the
 * first, at step 0, always stays), so spacing doubles with age and recent moments stay quick to reach.
 */
export function thinIndexes(count: number, max: number): number[] {
  if (count <= max) return [];
  const out: number[] = [];
  const olderHalf = Math.floor(count / 2);
  for (let i = 1; i < olderHalf && count - out.length > max; i += 2) out.push(i);
  return out;
}

/** The number of oldest entries to drop from a list of `length` to keep it within `max` (a quarter more at once, to drop rarely). */
export function overflow(length: number, max: number): number {
  return length > max ? length - Math.floor(max * 0.75) : 0;
}
