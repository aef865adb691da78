/**
 * Client actions of the data side and the lock demo. A zkCli command or a new contender runs in
 * virtual time, so while paused the clock moves on a little to let the reply arrive, as a terminal would.
 *
 * Clicks can come faster than the worker's frames (four "Add client" clicks in a row, or a click right
 * after Pause): the frame on screen may not yet show the moment or the clients asked for before. So the
 * worker settles from the moment it acted at, and session names asked for but not yet shown count as taken.
 */
import type { UserAction } from '../../worker/protocol.ts';
import { act, useRunStore } from './runStore.ts';

/** Virtual ms the clock moves after a command while paused: a few round trips at 1–5 ms latency. */
export const SETTLE_MS = 60;

/** Session names given to actions whose frames have not come yet. */
let pendingNames: { name: string; req: number }[] = [];

/** Takes a client action; when paused, shows the moment SETTLE_MS after the one it was taken at. */
export function actAndSettle(action: UserAction): void {
  const req = act(action, useRunStore.getState().playing ? undefined : SETTLE_MS);
  if ('session' in action) pendingNames.push({ name: action.session, req });
}

/** The first unused session name `prefix` + n (n from 1), counting names already asked for but not yet shown. */
export function nextSessionName(prefix: string, taken: readonly string[]): string {
  const answered = useRunStore.getState().frame?.req ?? -1;
  pendingNames = pendingNames.filter((p) => p.req > answered);
  const all = new Set([...taken, ...pendingNames.map((p) => p.name)]);
  for (let n = 1; ; n++) if (!all.has(`${prefix}${n}`)) return `${prefix}${n}`;
}
