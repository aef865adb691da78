/**
 * Aligns the clocks of servers whose logs come from different machines, by the happens-before of
 * notifications: a notification B logged from A was received after A first broadcast that vote (A logs
 * its own copy of each broadcast). Each such pair bounds the offset between the two clocks; the offsets
 * chosen shift as few servers as possible, none when the logs already agree (servers on one machine), and
 * a shifted one by just enough: the error left is at most the shortest flight of its notifications.
 */
import type { ClockShift, LogEntry } from './types.ts';

/**
 * How far a receive may be logged before its send without counting as skew: both are stamped when they are
 * logged, and a server logs its own copy of a broadcast a little after putting it on the wire.
 */
export const SKEW_SLACK_MS = 20;

const voteKey = (sid: number, f: { state: string; leader: number; zxid: string; round: number; peerEpoch: number }): string =>
  `${sid}/${f.state}/${f.leader}/${f.zxid}/${f.round}/${f.peerEpoch}`;

/** For each ordered pair "A>B": the largest (first send at A − receive at B) over A's notifications B logged. */
function pairBounds(servers: ReadonlyMap<number, readonly LogEntry[]>): Map<string, number> {
  const firstSend = new Map<string, number>();
  for (const [id, entries] of servers) {
    for (const e of entries) {
      const f = e.fact;
      if (f.kind !== 'notification' || f.sid !== id || e.timeMs === null) continue;
      const k = voteKey(id, f);
      if (!firstSend.has(k)) firstSend.set(k, e.timeMs);
    }
  }
  const bounds = new Map<string, number>();
  for (const [id, entries] of servers) {
    for (const e of entries) {
      const f = e.fact;
      if (f.kind !== 'notification' || f.sid === id || e.timeMs === null || !servers.has(f.sid)) continue;
      const sent = firstSend.get(voteKey(f.sid, f));
      if (sent === undefined) continue;
      const pair = `${f.sid}>${id}`;
      bounds.set(pair, Math.max(bounds.get(pair) ?? -Infinity, sent - e.timeMs));
    }
  }
  return bounds;
}

interface Edge {
  from: number;
  to: number;
  /** shift[to] − shift[from] ≥ w */
  w: number;
}

/** Fixes the reference at 0, then each other server at the feasible shift nearest 0; null when infeasible. */
function solve(ids: readonly number[], edges: readonly Edge[], ref: number): Map<number, number> | null {
  const lo = new Map(ids.map((id) => [id, id === ref ? 0 : -Infinity]));
  const hi = new Map(ids.map((id) => [id, id === ref ? 0 : Infinity]));
  const propagate = (): boolean => {
    for (let round = 0; round <= ids.length; round++) {
      let changed = false;
      for (const { from, to, w } of edges) {
        const l = (lo.get(from) as number) + w;
        if (l > (lo.get(to) as number)) { lo.set(to, l); changed = true; }
        const h = (hi.get(to) as number) - w;
        if (h < (hi.get(from) as number)) { hi.set(from, h); changed = true; }
      }
      if (ids.some((id) => (lo.get(id) as number) > (hi.get(id) as number))) return false;
      if (!changed) return true;
    }
    return false;
  };
  if (!propagate()) return null;
  for (const id of ids) {
    if (id === ref) continue;
    const [l, h] = [lo.get(id) as number, hi.get(id) as number];
    // Zero when the logs allow it, else just enough: a repeated vote's first send makes the window's far side loose.
    const x = Math.min(Math.max(0, l), h);
    lo.set(id, x);
    hi.set(id, x);
    if (!propagate()) return null;
  }
  return new Map(ids.map((id) => [id, lo.get(id) as number]));
}

/** The shifts that put every notification after its send (within SKEW_SLACK_MS); empty when none is needed. */
export function alignClocks(servers: ReadonlyMap<number, readonly LogEntry[]>): ClockShift[] {
  const bounds = pairBounds(servers);
  if (![...bounds.values()].some((b) => b > SKEW_SLACK_MS)) return [];
  // Pairs that already agree still bound the others: every pair is a constraint, with its slack.
  const all: Edge[] = [...bounds].map(([pair, b]) => {
    const [from, to] = pair.split('>').map(Number) as [number, number];
    return { from, to, w: b - SKEW_SLACK_MS };
  });
  const ids = [...servers.keys()].sort((a, b) => a - b);
  let best: Map<number, number> | null = null;
  let bestCost: [number, number] = [Infinity, Infinity];
  for (const ref of ids) {
    const x = solve(ids, all, ref);
    if (x === null) continue;
    const moved = [...x.values()].filter((v) => v !== 0);
    const cost: [number, number] = [moved.length, moved.reduce((n, v) => n + Math.abs(v), 0)];
    if (cost[0] < bestCost[0] || (cost[0] === bestCost[0] && cost[1] < bestCost[1])) {
      best = x;
      bestCost = cost;
    }
  }
  if (best === null) return [];
  return ids.filter((id) => (best.get(id) as number) !== 0).map((id) => ({ server: id, shiftMs: best.get(id) as number }));
}
