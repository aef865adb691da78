/**
 * The one-object summary printed by `npm run -s replay`: per server its state, leader and round in the last
 * election its log shows, plus the number of notifications and of lines not understood.
 */
import type { PeerState, ReplayedRun, ReplayedServer } from './types.ts';

/** The JSON the replay command prints. */
export interface ReplaySummary {
  servers: Record<string, { state: PeerState; leader: number | null; round: number | null }>;
  notifications: number;
  unparsedLines: number;
}

/** The last electionEpoch a server's log shows: its last election's round, else the round of its last own vote. */
function lastRound(run: ReplayedRun, s: ReplayedServer): number | null {
  const fromElection = s.elections.at(-1)?.round ?? null;
  if (fromElection !== null) return fromElection;
  for (let i = run.events.length - 1; i >= 0; i--) {
    const e = run.events[i];
    if (e !== undefined && e.server === s.id && e.fact.kind === 'notification' && e.fact.sid === s.id) return e.fact.round;
  }
  return null;
}

/** Summarises a replayed run. */
export function summarize(run: ReplayedRun): ReplaySummary {
  const servers: ReplaySummary['servers'] = {};
  for (const s of run.servers) servers[String(s.id)] = { state: s.finalState, leader: s.leader, round: lastRound(run, s) };
  return { servers, notifications: run.notifications, unparsedLines: run.unparsed.length };
}
