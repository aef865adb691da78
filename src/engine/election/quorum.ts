/**
 * QuorumMaj: a strict majority of the voting members (reference §1.5). Observers never count.
 */

/** The static quorum configuration: who votes and who observes. */
export interface QuorumVerifier {
  readonly voters: readonly number[];
  readonly observers: readonly number[];
  /** true when sid is a voting member (validVoter). */
  isVoter(sid: number): boolean;
  /** true when the voters among `sids` are more than half of all voters. */
  containsQuorum(sids: Iterable<number>): boolean;
}

/** Builds a QuorumMaj verifier over the given voters and observers. */
export function quorumMaj(voters: readonly number[], observers: readonly number[]): QuorumVerifier {
  const voterSet = new Set(voters);
  const half = Math.floor(voters.length / 2);
  return {
    voters,
    observers,
    isVoter: (sid) => voterSet.has(sid),
    containsQuorum(sids) {
      let count = 0;
      const seen = new Set<number>();
      for (const sid of sids) {
        if (voterSet.has(sid) && !seen.has(sid)) {
          seen.add(sid);
          count++;
        }
      }
      return count > half;
    },
  };
}
