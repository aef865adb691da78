/**
 * QuorumMaj: a strict majority of the voting members (reference §1.5). Observers never count.
 */

/** The static quorum configuration: who votes and who observes. */
export interface QuorumVerifier {
  readonly voters: readonly number[];
  readonly observers: readonly number[];
  /** true when sid is a voting member (validVoter). */
  isVoter(sid: number): boolean;
  /** true when the distinct voters among `sids` are more than half of all voters. */
  containsQuorum(sids: readonly number[]): boolean;
}

/** Builds a QuorumMaj verifier over the given voters and observers. */
export function quorumMaj(voters: readonly number[], observers: readonly number[]): QuorumVerifier {
  const voterSet = new Set(voters);
  const half = Math.floor(voters.length / 2);
  const seen = new Set<number>();
  return {
    voters,
    observers,
    isVoter: (sid) => voterSet.has(sid),
    containsQuorum(sids) {
      // One Set reused across calls: this runs for every notification, so it must not allocate.
      seen.clear();
      for (const sid of sids) if (voterSet.has(sid)) seen.add(sid);
      return seen.size > half;
    },
  };
}
