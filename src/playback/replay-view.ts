/**
 * What each replayed server looked like after the first k log events: its state, round, vote, epochs and
 * the tally lookForLeader was keeping. Only what the logs say is shown; what they do not say stays null
 * (a server whose log has not started yet is drawn as STOPPED). The tally follows FastLeaderElection's
 * rules for a LOOKING receiver: a higher round clears recvset, a lower one is not stored, a decided
 * server's vote also goes to outofelection.
 */
import type { ReplayEvent, ReplayedRun } from '../replay/types';
import { backsDecided, decidedSupport, type ServerView, type TallyView, type VoteRow, type VoteView } from './frame';

interface Row extends VoteView {
  readonly sid: number;
  readonly state: string;
}

interface Live {
  started: boolean;
  state: string | null;
  observer: boolean;
  logicalclock: number | null;
  vote: VoteView | null;
  acceptedEpoch: number | null;
  currentEpoch: number | null;
  lastZxid: string | null;
  zabState: string | null;
  recvset: Map<number, Row>;
  outofelection: Map<number, Row>;
}

const fresh = (): Live => ({
  started: false, state: null, observer: false, logicalclock: null, vote: null, acceptedEpoch: null, currentEpoch: null,
  lastZxid: null, zabState: null, recvset: new Map(), outofelection: new Map(),
});

/** The epoch part (high 32 bits) of a hex zxid. */
export function epochOf(zxid: string): number {
  return Number(BigInt(zxid) >> 32n);
}

function newElection(s: Live): void {
  s.state = 'LOOKING';
  s.zabState = null;
  s.recvset.clear();
  s.outofelection.clear();
}

/** Folds one event into its server's state. */
function apply(s: Live, sid: number, e: ReplayEvent): void {
  s.started = true;
  const f = e.fact;
  switch (f.kind) {
    case 'state':
      if (f.state === 'LOOKING' && s.state !== 'LOOKING') newElection(s);
      s.state = f.state;
      if (f.state === 'OBSERVING') s.observer = true;
      if (f.state !== 'LOOKING') s.zabState = f.detail;
      break;
    case 'peer-start':
      // A new life: memory is gone (state, vote, round, tallies); the epochs and zxid on disk remain.
      Object.assign(s, { ...fresh(), started: true, acceptedEpoch: s.acceptedEpoch, currentEpoch: s.currentEpoch, lastZxid: s.lastZxid });
      break;
    case 'new-election':
      if (s.state !== 'LOOKING') newElection(s);
      s.lastZxid = f.proposedZxid;
      break;
    case 'epoch':
      s[f.name] = f.value;
      break;
    case 'sync-from-leader':
      s.lastZxid = f.zxid;
      break;
    case 'quorum-up':
      // The leader sets its last processed zxid to the new epoch's first; both epochs are that epoch by now.
      s.lastZxid = f.zxid;
      s.acceptedEpoch = s.currentEpoch = epochOf(f.zxid);
      break;
    case 'notification': {
      const vote: VoteView = { leader: f.leader, zxid: f.zxid, peerEpoch: f.peerEpoch, round: f.round };
      // FastLeaderElection sends each broadcast to itself too: a server's own notification is its vote.
      if (f.sid === sid) {
        s.vote = vote;
        s.logicalclock = f.round;
      }
      if ((f.myState ?? s.state) !== 'LOOKING') break;
      const row: Row = { sid: f.sid, state: f.state, ...vote };
      if (s.logicalclock === null || f.round > s.logicalclock) {
        s.logicalclock = f.round;
        s.recvset.clear();
      }
      if (f.round === s.logicalclock) s.recvset.set(f.sid, row);
      if (f.state !== 'LOOKING') s.outofelection.set(f.sid, row);
      break;
    }
    default:
      break;
  }
}

const sameVote = (a: VoteView, b: VoteView | null): boolean =>
  !!b && a.leader === b.leader && a.zxid === b.zxid && a.peerEpoch === b.peerEpoch && a.round === b.round;

/** Steps between saved folds: stepping back in an hours-long log restores the nearest one, not step 0. */
const CHECKPOINT_EVERY = 8192;

/** The server states of a replayed run at any step; moving forward reuses the last fold. */
export class ReplayFold {
  private position = 0;
  private live = new Map<number, Live>();
  /** checkpoints[i]: the fold after i·CHECKPOINT_EVERY events. */
  private readonly checkpoints: Map<number, Live>[] = [];
  /** Voters for the quorum meter: every participant the logs name (servers and notification senders). */
  readonly voters: number;

  constructor(private readonly run: ReplayedRun) {
    const sids = new Set(run.servers.map((s) => s.id));
    for (const m of run.messages) sids.add(m.from);
    const observers = new Set(run.servers.filter((s) => s.elections.some((e) => e.outcome === 'OBSERVING') || s.finalState === 'OBSERVING').map((s) => s.id));
    this.voters = [...sids].filter((id) => !observers.has(id)).length;
    this.reset();
  }

  private reset(): void {
    this.position = 0;
    this.live = new Map(this.run.servers.map((s) => [s.id, fresh()]));
    this.checkpoints[0] ??= structuredClone(this.live);
  }

  /** Moves to the state after `k` events. */
  seek(k: number): void {
    if (k < this.position) {
      const i = Math.min(Math.floor(k / CHECKPOINT_EVERY), this.checkpoints.length - 1);
      this.position = i * CHECKPOINT_EVERY;
      this.live = structuredClone(this.checkpoints[i] as Map<number, Live>);
    }
    const events = this.run.events;
    while (this.position < k && this.position < events.length) {
      const e = events[this.position] as ReplayEvent;
      const s = this.live.get(e.server);
      if (s) apply(s, e.server, e);
      this.position++;
      if (this.position % CHECKPOINT_EVERY === 0 && this.checkpoints[this.position / CHECKPOINT_EVERY] === undefined) {
        this.checkpoints[this.position / CHECKPOINT_EVERY] = structuredClone(this.live);
      }
    }
  }

  /** Every server as drawn. */
  servers(): ServerView[] {
    return [...this.live].map(([id, s]) => ({
      id, observer: s.observer, state: !s.started ? 'STOPPED' : ((s.state ?? 'LOOKING') as ServerView['state']),
      logicalclock: s.started ? s.logicalclock : null, vote: s.started ? s.vote : null,
      acceptedEpoch: s.acceptedEpoch, currentEpoch: s.currentEpoch, lastZxid: s.lastZxid, zabState: s.zabState,
      serving: s.zabState === 'broadcast', wait: null,
    }));
  }

  /** The tally of one server: recvset and outofelection as its log shows them, and the quorum meter. */
  tally(sid: number): TallyView | null {
    const s = this.live.get(sid);
    if (!s?.started) return null;
    const looking = s.state === 'LOOKING';
    const vote = s.vote;
    // While LOOKING, recvset is compared with the proposal; once decided, both sets with the decided vote.
    const rows = (m: Map<number, Row>, backs: (r: Row) => boolean): VoteRow[] =>
      [...m.values()].sort((a, b) => a.sid - b.sid).map((r) => ({ ...r, supports: backs(r) }));
    const decided = (r: Row) => !!vote && backsDecided(r, vote);
    const recvset = rows(s.recvset, looking ? (r) => sameVote(r, vote) : decided);
    const outofelection = rows(s.outofelection, looking ? () => false : decided);
    return {
      sid, proposal: vote, recvset, outofelection,
      support: looking ? recvset.filter((r) => r.supports).length : decidedSupport(recvset, outofelection), needed: Math.floor(this.voters / 2) + 1,
    };
  }
}
