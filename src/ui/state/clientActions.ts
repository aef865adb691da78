/**
 * Client actions of the data side and the lock demo. A zkCli command or a new contender runs in
 * virtual time, so while paused the clock moves on a little to let the reply arrive, as a terminal would.
 *
 * Clicks can come faster than the worker's frames (four "Add client" clicks in a row): the frame on screen
 * may not yet show the moment or the clients asked for by the previous click. So what was asked for and
 * not yet answered is remembered here, by request number, and counts as if it were on screen.
 */
import type { UserAction } from '../../worker/protocol.ts';
import { act, seekTime, useRunStore } from './runStore.ts';

/** Virtual ms the clock moves after a command while paused: a few round trips at 1–5 ms latency. */
export const SETTLE_MS = 60;

/** The last settle asked for: the time it moves to and the request its frame answers. */
let pendingSettle: { t: number; req: number } | null = null;
/** Session names given to actions whose frames have not come yet. */
let pendingNames: { name: string; req: number }[] = [];

/** The request number of the frame on screen (-1 before the first). */
function answeredReq(): number {
  return useRunStore.getState().frame?.req ?? -1;
}

/** Takes a client action; when paused, shows the moment SETTLE_MS after the one it was taken at. */
export function actAndSettle(action: UserAction): void {
  const req = act(action);
  if ('session' in action) pendingNames.push({ name: action.session, req });
  const s = useRunStore.getState();
  if (s.playing || !s.frame) return;
  // The worker acts at the moment it holds, which is the last settle asked for if that is not answered yet.
  const base = pendingSettle && pendingSettle.req > s.frame.req ? Math.max(s.frame.t, pendingSettle.t) : s.frame.t;
  const t = base + SETTLE_MS;
  pendingSettle = { t, req: seekTime(t) };
}

/** The first unused session name `prefix` + n (n from 1), counting names already asked for but not yet shown. */
export function nextSessionName(prefix: string, taken: readonly string[]): string {
  const answered = answeredReq();
  pendingNames = pendingNames.filter((p) => p.req > answered);
  const all = new Set([...taken, ...pendingNames.map((p) => p.name)]);
  for (let n = 1; ; n++) if (!all.has(`${prefix}${n}`)) return `${prefix}${n}`;
}
