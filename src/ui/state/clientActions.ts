/**
 * Client actions of the data side and the lock demo. A zkCli command or a new contender runs in
 * virtual time, so while paused the clock moves on a little to let the reply arrive, as a terminal would.
 */
import type { UserAction } from '../../worker/protocol.ts';
import { act, seekTime, useRunStore } from './runStore.ts';

/** Virtual ms the clock moves after a command while paused: a few round trips at 1–5 ms latency. */
export const SETTLE_MS = 60;

/** Takes a client action; when paused, shows the moment SETTLE_MS later so its effect is visible. */
export function actAndSettle(action: UserAction): void {
  act(action);
  const s = useRunStore.getState();
  if (!s.playing && s.frame) seekTime(s.frame.t + SETTLE_MS);
}

/** The first unused session name `prefix` + n (n from 1). */
export function nextSessionName(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}
