/**
 * What one Break it seed did, read from the marks of every step: the numbers a finding is ranked by,
 * each with the virtual time of its most interesting moment.
 */
import type { World } from '../world';
import type { StepRecord } from '../world-state';

/** A measured quantity and the moment it was reached. */
export interface Peak {
  value: number;
  at: number;
}

/** Everything a seed is ranked by. */
export interface SeedStats {
  /** The longest time one server spent in lookForLeader, from entering it to deciding. */
  longestElection: Peak;
  /** The highest round (logicalclock) any server reached. */
  maxRound: Peak;
  /** Election notifications delivered. */
  notifications: Peak;
  /** Syncs by TRUNC and by SNAP, and leaders that lost their quorum: how many, and the first. */
  trunc: Peak;
  snap: Peak;
  quorumLost: Peak;
  /** Moments when a server's recvset held a quorum of votes of its round yet no leader had a quorum. */
  splitVotes: Peak;
}

/** A fresh set of counters. */
export function emptyStats(): SeedStats {
  const z = (): Peak => ({ value: 0, at: 0 });
  return { longestElection: z(), maxRound: z(), notifications: z(), trunc: z(), snap: z(), quorumLost: z(), splitVotes: z() };
}

/** An observer that folds each step's marks into `stats`. */
export function statsObserver(stats: SeedStats): (w: World, r: StepRecord) => void {
  const lookingSince = new Map<number, number>();
  const countFirst = (p: Peak, at: number) => {
    if (p.value === 0) p.at = at;
    p.value++;
  };
  return (w, r) => {
    for (const m of r.marks) {
      switch (m.code) {
        case 'fle.lookForLeader':
          lookingSince.set(m.sid, r.time);
          if ((m.args.logicalclock as number) > stats.maxRound.value) stats.maxRound = { value: m.args.logicalclock as number, at: r.time };
          break;
        case 'fle.round.jump':
          if ((m.args.toRound as number) > stats.maxRound.value) stats.maxRound = { value: m.args.toRound as number, at: r.time };
          break;
        case 'fle.decided':
        case 'fle.decided.outofelection': {
          const since = lookingSince.get(m.sid);
          if (since !== undefined && r.time - since > stats.longestElection.value) stats.longestElection = { value: r.time - since, at: r.time };
          lookingSince.delete(m.sid);
          break;
        }
        case 'fle.recvset.put':
          if (isSplit(w, m.sid)) countFirst(stats.splitVotes, r.time);
          break;
        case 'zab.sync.trunc':
          countFirst(stats.trunc, r.time);
          break;
        case 'zab.sync.snap':
          countFirst(stats.snap, r.time);
          break;
        case 'zab.quorum.lost':
          countFirst(stats.quorumLost, r.time);
          break;
        default:
      }
    }
    // A delivered election message always makes its receiver mark a rule; a Zab packet never an fle/receiver one.
    if (r.kind === 'deliver' && r.sid !== null && r.marks.some((m) => m.code.startsWith('fle.') || m.code.startsWith('receiver.'))) {
      stats.notifications.value++;
      stats.notifications.at = r.time;
    }
  };
}

/** A quorum of this round's votes in recvset, and no leader backed by a quorum of them. */
function isSplit(w: World, sid: number): boolean {
  const e = w.state.peers.get(sid)?.mem?.election;
  if (!e) return false;
  const needed = Math.floor(w.qv.voters.length / 2) + 1;
  if (e.recvset.size < needed) return false;
  const backing = new Map<number, number>();
  for (const v of e.recvset.values()) backing.set(v.id, (backing.get(v.id) ?? 0) + 1);
  return Math.max(...backing.values()) < needed;
}
