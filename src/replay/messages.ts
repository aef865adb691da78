/**
 * Notifications as messages between servers. A notification server B logged from sid A is a message A→B
 * received at B's timestamp. FastLeaderElection sends every broadcast to itself too, so A's own log shows
 * when it broadcast that vote: the latest matching own notification at or before the receive is the send.
 * Answers from a server that is not LOOKING are not logged by their sender, so their send time is unknown.
 */
import { countUpTo } from './sorted.ts';
import type { NotificationFields, ReplayEvent, ReplayMessage } from './types.ts';

const voteKey = (n: NotificationFields): string => `${n.sid}/${n.state}/${n.leader}/${n.zxid}/${n.round}/${n.peerEpoch}`;

/** The messages between different servers, in receive order. */
export function inferMessages(events: readonly ReplayEvent[]): ReplayMessage[] {
  // Own broadcasts per vote key, in time order (events are sorted by time).
  const sends = new Map<string, number[]>();
  for (const e of events) {
    if (e.fact.kind !== 'notification' || e.fact.sid !== e.server || e.atMs === null) continue;
    const k = voteKey(e.fact);
    const list = sends.get(k);
    if (list === undefined) sends.set(k, [e.atMs]);
    else list.push(e.atMs);
  }
  const messages: ReplayMessage[] = [];
  events.forEach((e, index) => {
    const f = e.fact;
    if (f.kind !== 'notification' || f.sid === e.server) return;
    const { kind: _kind, ...vote } = f;
    const candidates = sends.get(voteKey(vote)) ?? [];
    const at = e.atMs === null ? -1 : countUpTo(candidates, e.atMs) - 1;
    messages.push({ from: f.sid, to: e.server, sentAtMs: at < 0 ? null : (candidates[at] as number), receivedAtMs: e.atMs, vote, event: index });
  });
  return messages;
}
