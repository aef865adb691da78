/**
 * Runs a world to a virtual time while collecting ZooKeeper-format log lines, for tests and headless
 * comparisons with a real server's log (the app's playback builds the same lines step by step).
 */
import { logLinesOf, newLogMemory } from './log-lines';
import type { LogLine } from './log-lines';
import { nextEventTime, step } from './world';
import type { World } from './world';

/** Steps `w` up to and including time `t`, appending each step's log lines to `into`. */
export function runUntilLogging(w: World, t: number, into: LogLine[], memory = newLogMemory()): void {
  for (;;) {
    const next = nextEventTime(w);
    if (next === null || next > t) break;
    const top = w.state.agenda[0];
    const delivered = top?.kind === 'deliver' ? (w.state.inFlight.get(top.messageId) ?? null) : null;
    const receiverState = delivered ? (w.state.peers.get(delivered.to)?.mem?.state ?? null) : null;
    const record = step(w);
    if (!record) break;
    into.push(...logLinesOf({ record, delivered, receiverState }, memory));
  }
  if (t > w.state.now) w.state.now = t;
}
