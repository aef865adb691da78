/**
 * Reconstructs one server's elections from its log entries, the way FastLeaderElection.lookForLeader
 * lives them: a LOOKING phase in which the server broadcasts votes (its own notifications come back to it
 * and are logged) and receives others', ended by a state change to LEADING, FOLLOWING or OBSERVING.
 */
import type { ElectionRecord, LogEntry, NotificationFields, PeerState } from './types.ts';

/** What one server's log tells, in order. */
export interface ServerStory {
  elections: ElectionRecord[];
  finalState: PeerState | null;
  leader: number | null;
  /** The round of the last vote the server itself broadcast, for logs that show no election. */
  lastOwnRound: number | null;
  /** QuorumPeer starts seen (at least 1): each one begins a new life with nothing in memory. */
  lives: number;
}

interface Open {
  record: ElectionRecord;
  claims: NotificationFields[];
}

function openElection(atMs: number | null): Open {
  const record: ElectionRecord = { round: null, startMs: atMs, endMs: null, proposedZxid: null, votes: [], received: 0, outcome: 'LOOKING', leader: null, tookMs: null };
  return { record, claims: [] };
}

/** The leader a server that stopped LOOKING followed: its own last vote, unless only another's LEADING claim explains it. */
function leaderAtEnd(myid: number, outcome: PeerState, open: Open): number | null {
  if (outcome === 'LEADING') return myid;
  const own = open.record.votes.at(-1)?.leader ?? null;
  // checkLeader on the outofelection path needs the leader's own LEADING notification.
  const leading = open.claims.filter((n) => n.state === 'LEADING').map((n) => n.leader);
  if (leading.length > 0 && (own === null || !leading.includes(own))) return leading.at(-1) as number;
  if (own !== null) return own;
  return open.claims.at(-1)?.leader ?? null;
}

/** The electionEpoch of an election: its own broadcasts, else what the decided ensemble said, else the others' rounds. */
function roundOf(open: Open): number | null {
  const r = open.record;
  // A loop, not Math.max(...xs): an election in an hours-long log can hold more votes than a call has arguments.
  const max = (xs: number[]): number | null => xs.reduce<number | null>((m, x) => (m === null || x > m ? x : m), null);
  return max(r.votes.map((v) => v.round)) ?? max(open.claims.filter((n) => n.leader === r.leader).map((n) => n.round)) ?? max(open.claims.map((n) => n.round));
}

function close(myid: number, open: Open, outcome: PeerState, atMs: number | null): ElectionRecord {
  const r = open.record;
  r.outcome = outcome;
  r.endMs = atMs;
  r.leader = leaderAtEnd(myid, outcome, open);
  r.round = roundOf(open);
  return r;
}

/** Walks one server's entries (already in log order). `timeOf` maps an entry to its replay time. */
export function reconstructServer(myid: number, entries: LogEntry[], timeOf: (e: LogEntry) => number | null): ServerStory {
  const elections: ElectionRecord[] = [];
  let open: Open | null = null;
  let state: PeerState | null = null;
  let lastOwnRound: number | null = null;
  let sawNewElection = false;
  let life = 1;
  let starts = 0;
  let lifeStart = 0;
  const finish = (outcome: PeerState, at: number | null): void => {
    if (open !== null) elections.push({ ...close(myid, open, outcome, at), life });
    open = null;
  };
  for (const e of entries) {
    const f = e.fact;
    const at = timeOf(e);
    if (f.kind === 'peer-start') {
      // A restart (after a crash or a stop) in the same log: the old life's open election ends undecided,
      // and the new life starts with nothing in memory.
      if (++starts > 1) {
        if (open !== null) {
          const o = open as Open;
          o.record.round = roundOf(o);
          elections.push({ ...o.record, life });
        }
        open = null;
        state = null;
        sawNewElection = false;
        life++;
        lifeStart = elections.length;
      }
      continue;
    }
    if (f.kind === 'state' && f.state === 'LOOKING' && open === null) {
      open = openElection(at);
      sawNewElection = false;
    } else if (f.kind === 'new-election') {
      if (open === null || sawNewElection) open = openElection(at);
      open.record.proposedZxid = f.proposedZxid;
      sawNewElection = true;
      state = 'LOOKING';
    } else if (f.kind === 'notification') {
      if (f.sid === myid) lastOwnRound = f.round;
      // A log that starts in the middle of an election still shows it through "my state".
      if (open === null && f.myState === 'LOOKING' && state !== 'LOOKING') open = openElection(at);
      if (open !== null) {
        if (f.sid === myid) open.record.votes.push({ atMs: at, leader: f.leader, zxid: f.zxid, round: f.round, peerEpoch: f.peerEpoch });
        else {
          open.record.received++;
          if (f.state !== 'LOOKING') open.claims.push(f);
        }
      }
      if (f.myState !== null) state = f.myState;
      if (open !== null && f.myState !== null && f.myState !== 'LOOKING') finish(f.myState, at);
    } else if (f.kind === 'state' && f.state !== 'LOOKING') {
      finish(f.state, at);
    } else if (f.kind === 'election-took') {
      finish(f.state, at);
      const last = elections.at(-1);
      if (last !== undefined && last.tookMs === null) last.tookMs = f.ms;
    }
    if (f.kind === 'state' || f.kind === 'election-took') state = f.state;
  }
  // The final state and leader are those of the last life only.
  const last = elections.length > lifeStart ? (elections.at(-1) as ElectionRecord) : null;
  const finalState = open !== null ? 'LOOKING' : state;
  if (open !== null) {
    const o = open as Open;
    o.record.round = roundOf(o);
    elections.push({ ...o.record, life });
  }
  const leader = finalState === 'LEADING' ? myid : finalState === 'LOOKING' || last === null ? null : last.leader;
  return { elections, finalState, leader, lastOwnRound, lives: life };
}
