/**
 * LearnerHandler.syncFollower in our own words (reference §3.6), one entry per line, and which line
 * each branch of a sync mark stands for. The rule panel shows it when the last step chose a sync.
 */
import type { MarkView } from '../../worker/protocol.ts';
import type { CodeLine } from './pseudocode.ts';

/** The pseudo-code of syncFollower; `rule` is the branch a zab.sync.* mark names. */
export const SYNC_FOLLOWER: readonly CodeLine[] = [
  { text: 'syncFollower(peerLastZxid):', indent: 0 },
  { text: 'min, max = committedLog range (both = lastProcessedZxid if empty)', indent: 1 },
  { text: 'if peerLastZxid == lastProcessedZxid:', indent: 1 },
  { text: 'queue DIFF(peerLastZxid)   # already in sync: empty diff', indent: 2, rule: 'peerIsLast' },
  { text: 'elif peerLastZxid > max and not a new-epoch zxid:', indent: 1 },
  { text: 'queue TRUNC(max)   # the peer has txns we never committed', indent: 2, rule: 'peerAfterMax' },
  { text: 'elif min <= peerLastZxid <= max:   # "Using committedLog"', indent: 1 },
  { text: 'queue DIFF or TRUNC(prev), then PROPOSAL+COMMIT of (peer, max]', indent: 2, rule: 'committedLog' },
  { text: 'elif peerLastZxid < min and the txn log starts at peerLastZxid:', indent: 1 },
  { text: '"Use txnlog and committedLog": DIFF + replay from disk, then memory', indent: 2, rule: 'txnlogAndCommittedLog' },
  { text: 'else (or nothing could be queued, or TRUNC across epochs):', indent: 1 },
  { text: 'SNAP: send the whole tree as of lastProcessedZxid', indent: 2, rule: 'snap' },
  { text: 'startForwarding(); queue NEWLEADER; … UPTODATE once a quorum acked', indent: 1 },
];

/** The branches syncFollower can take, as the marks name them. */
export const SYNC_BRANCHES = ['peerIsLast', 'peerAfterMax', 'committedLog', 'txnlogAndCommittedLog', 'snap'] as const;

/** The branch a sync mark names (an unknown one reads as the SNAP fallback). */
export function branchOf(m: MarkView): (typeof SYNC_BRANCHES)[number] {
  const b = SYNC_BRANCHES.find((x) => x === m.args.branch);
  return b ?? 'snap';
}

const SYNC_CODES = ['zab.sync.trunc', 'zab.sync.snap', 'zab.sync.diff'];

/** The sync decision among a step's marks, if the leader chose one in that step. */
export function syncMark(marks: readonly MarkView[]): MarkView | null {
  for (const code of SYNC_CODES) {
    const m = marks.find((x) => x.code === code);
    if (m) return m;
  }
  return null;
}
