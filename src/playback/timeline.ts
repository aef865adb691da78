/**
 * One interface over the two kinds of timeline the app plays: a simulated run (Session, with branches)
 * and real logs replayed (ReplaySession, whose past is fixed). The worker dispatches the time controls
 * to whichever is open and posts the Frame it answers.
 */
import type { Frame } from './frame-types';
import type { QuestionKind } from '../sim/predict/types';

/** A fault or action the user takes by hand; the worker turns it into a timed scenario event. */
export type UserAction =
  | { readonly do: 'stop'; readonly server: number; readonly signal: 'TERM' | 'KILL' }
  | { readonly do: 'start'; readonly server: number }
  | { readonly do: 'isolate'; readonly server: number }
  // Undoes an isolation: mends the server's cut links and puts it back with the others.
  | { readonly do: 'reconnect'; readonly server: number }
  | { readonly do: 'cutAll'; readonly server: number }
  | { readonly do: 'cut' | 'mend'; readonly servers: readonly [number, number] }
  | { readonly do: 'drop'; readonly message: number }
  | { readonly do: 'heal' }
  // Client sessions (issue 5): a zkCli line (the session starts at first use, on one of `servers`),
  // a process killed without closing, a lock-recipe contender, a holder's release.
  | { readonly do: 'client'; readonly session: string; readonly servers: readonly number[]; readonly command: string }
  | { readonly do: 'kill'; readonly session: string }
  | { readonly do: 'lock'; readonly session: string; readonly path: string; readonly herd: boolean }
  | { readonly do: 'unlock'; readonly session: string }
  // More faults by hand (issue 18): hold back or re-send a message in flight, one link's latency, a slow server.
  | { readonly do: 'delay'; readonly message: number; readonly ms: number }
  | { readonly do: 'duplicate'; readonly message: number }
  | { readonly do: 'latency'; readonly servers: readonly [number, number]; readonly latencyMs: readonly [number, number] }
  | { readonly do: 'slow'; readonly server: number; readonly ms: number };

/** The time controls and the selection: what every timeline answers with a Frame. `req` echoes in it. */
export type TimelineCommand =
  | { readonly type: 'seekTime'; readonly t: number; readonly req: number }
  | { readonly type: 'seekStep'; readonly step: number; readonly req: number }
  | { readonly type: 'stepBy'; readonly delta: number; readonly req: number }
  | { readonly type: 'marker'; readonly direction: 1 | -1; readonly req: number }
  /** settleMs: when paused, also move that many virtual ms on from the moment the action was taken at. */
  | { readonly type: 'act'; readonly action: UserAction; readonly req: number; readonly settleMs?: number }
  | { readonly type: 'selectBranch'; readonly branch: number; readonly req: number }
  | { readonly type: 'select'; readonly sid: number | null; readonly req: number }
  // Predict mode (issue 18): turn it on with the kinds of question to ask; move on to the answer's moment.
  | { readonly type: 'predict'; readonly enabled: boolean; readonly kinds: readonly QuestionKind[]; readonly req: number }
  | { readonly type: 'reveal'; readonly req: number };

const TIMELINE_COMMANDS: ReadonlySet<string> = new Set(['seekTime', 'seekStep', 'stepBy', 'marker', 'act', 'selectBranch', 'select', 'predict', 'reveal']);

/** true when a command is one of the time controls every timeline answers. */
export function isTimelineCommand<C extends { readonly type: string }>(cmd: C | TimelineCommand): cmd is TimelineCommand {
  return TIMELINE_COMMANDS.has(cmd.type);
}

/** A timeline positioned at some moment. */
export interface Timeline {
  /** Runs one time-control command; returns the frame of the moment it leads to. */
  handle(cmd: TimelineCommand): Frame;
  /** The frame of the moment shown. */
  frame(req: number): Frame;
}
