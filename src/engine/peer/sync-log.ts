/**
 * The lines a 3.8.0 leader logs while it syncs a learner (LearnerHandler.syncFollower, queueCommittedProposals,
 * LearnerHandler.run, ZKDatabase): where each is printed, and which mode and branch a set of them tells.
 * One table for our event log and for reading a real leader's log.
 */
import type { SyncPath } from './sync-follower';

/** A sync line's level and `Class@line` in tag release-3.8.0-1. */
export interface SyncLineAt {
  readonly level: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  readonly at: string;
}

const LINES: readonly (readonly [RegExp, SyncLineAt])[] = [
  [/^On disk txn sync enabled/, { level: 'INFO', at: 'ZKDatabase@345' }],
  [/^Synchronizing with Learner sid: /, { level: 'INFO', at: 'LearnerHandler@805' }],
  [/^Sending DIFF zxid=\S+ for peer sid: /, { level: 'INFO', at: 'LearnerHandler@850' }],
  [/^Sending TRUNC to follower zxidToSend=/, { level: 'DEBUG', at: 'LearnerHandler@859' }],
  [/^Using committedLog for peer sid: /, { level: 'INFO', at: 'LearnerHandler@869' }],
  [/^Use txnlog and committedLog for peer sid: /, { level: 'INFO', at: 'LearnerHandler@882' }],
  [/^Detected gap between end of txnlog/, { level: 'INFO', at: 'LearnerHandler@886' }],
  [/^Unable to find proposals from txnlog for zxid: /, { level: 'WARN', at: 'ZKDatabase@387' }],
  [/^Unhandled scenario for peer sid: \d+ fall back/, { level: 'ERROR', at: 'LearnerHandler@932' }],
  [/^Sending DIFF zxid=\S+ {2}for peer sid: /, { level: 'INFO', at: 'LearnerHandler@977' }],
  [/^Cannot send TRUNC to peer sid: /, { level: 'WARN', at: 'LearnerHandler@1001' }],
  [/^Sending TRUNC zxid=\S+ {2}for peer sid: /, { level: 'INFO', at: 'LearnerHandler@1005' }],
  [/^Sending snapshot last zxid of peer is /, { level: 'INFO', at: 'LearnerHandler@572' }],
];

/** Where ZooKeeper prints a sync line, or null for a line that is not one. */
export function syncLineAt(text: string): SyncLineAt | null {
  return LINES.find(([re]) => re.test(text))?.[1] ?? null;
}

/** The mode and branch a leader's sync lines tell (in the order logged), or null without a packet line. */
export function syncPathOf(lines: readonly string[]): { mode: 'DIFF' | 'TRUNC' | 'SNAP'; path: SyncPath } | null {
  const has = (re: RegExp) => lines.some((l) => re.test(l));
  const mode = has(/^Sending snapshot/) ? 'SNAP' : has(/^Sending TRUNC/) ? 'TRUNC' : has(/^Sending DIFF/) ? 'DIFF' : null;
  if (mode === null) return null;
  const path: SyncPath = has(/^Sending DIFF zxid=\S+ for/) ? 'inSync' : has(/^Sending TRUNC to follower/) ? 'aheadOfCommittedLog'
    : has(/^Using committedLog/) ? 'committedLog' : has(/^Use txnlog and committedLog/) ? 'txnlogAndCommittedLog' : 'txnlogUnusable';
  return { mode, path };
}
