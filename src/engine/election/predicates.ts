/**
 * The pure comparisons of FastLeaderElection: vote order, vote equality, quorum and checkLeader
 * (reference §1.4–1.7).
 */
import type { Zxid } from '../zxid';
import type { QuorumVerifier } from './quorum';
import type { Vote } from './types';

/**
 * totalOrderPredicate: does (newId, newZxid, newEpoch) beat (curId, curZxid, curEpoch)?
 * Strict order on peerEpoch, then zxid, then sid (§1.4). QuorumMaj gives every voter weight 1,
 * so the weight-0 clause never applies to a proposed voter; non-voters are filtered before this.
 */
export function totalOrderPredicate(
  newId: number, newZxid: Zxid, newEpoch: number,
  curId: number, curZxid: Zxid, curEpoch: number,
): boolean {
  if (newEpoch !== curEpoch) return newEpoch > curEpoch;
  if (newZxid !== curZxid) return newZxid > curZxid;
  return newId > curId;
}

/** Vote.equals (§1.6): LOOKING votes match on all four numbers; settled votes on id (and peerEpoch). */
export function votesEqual(a: Vote, b: Vote): boolean {
  if (a.state === 'LOOKING' || b.state === 'LOOKING') {
    return a.id === b.id && a.zxid === b.zxid && a.electionEpoch === b.electionEpoch && a.peerEpoch === b.peerEpoch;
  }
  // ZOOKEEPER-1805/1732: a version-0 vote on one side means only the leader id can be trusted.
  if ((a.version > 0) !== (b.version > 0)) return a.id === b.id;
  return a.id === b.id && a.peerEpoch === b.peerEpoch;
}

/** The sids in `votes` whose vote equals `target` (getVoteTracker's ack set). */
export function supporters(votes: ReadonlyMap<number, Vote>, target: Vote): number[] {
  const acks: number[] = [];
  for (const [sid, v] of votes) if (votesEqual(v, target)) acks.push(sid);
  return acks;
}

/** SyncedLearnerTracker.hasAllQuorums for a static config: do the voters among `votes` that equal `target` form a quorum? */
export function hasQuorumFor(qv: QuorumVerifier, votes: ReadonlyMap<number, Vote>, target: Vote): boolean {
  return qv.containsQuorum(supporters(votes, target));
}

/** checkLeader (§1.7): we must have heard the leader itself say LEADING, or be the leader of this very round. */
export function checkLeader(
  votes: ReadonlyMap<number, Vote>, leader: number, electionEpoch: number, self: number, logicalclock: number,
): boolean {
  if (leader !== self) return votes.get(leader)?.state === 'LEADING';
  return logicalclock === electionEpoch;
}
