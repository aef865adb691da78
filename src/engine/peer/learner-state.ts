/**
 * The memory of Learner/Follower/Observer while following a leader (reference §3.5).
 */
import type { Zxid } from '../zxid';
import type { Proposal } from './database';

/** Where the learner is: dialling, registering (discovery), syncing, or in broadcast. */
export type LearnerPhase = 'connecting' | 'discovery' | 'sync' | 'broadcast';

/** Why a learner stopped following. */
export type LearnerExit = { readonly reason: string; /** the process exits instead of going back to LOOKING */ readonly fatal?: boolean };

/** Learner state. */
export interface LearnerState {
  readonly leader: number;
  phase: LearnerPhase;
  connectTries: number;
  /** When the connect budget (initLimit ticks) started. */
  connectStartedAt: number;
  newEpoch: number;
  syncMode: 'DIFF' | 'TRUNC' | 'SNAP' | null;
  /** Set at NEWLEADER: from then on commits are logged, not applied straight away (§3.5 step 4). */
  writeToTxnLog: boolean;
  /** NEWLEADER arrived: ZooKeeper sets the sync mode back to NONE there, so a SNAP is no longer half-done. */
  newLeaderSeen: boolean;
  packetsNotCommitted: Proposal[];
  packetsCommitted: Zxid[];
  /** Proposals logged and acked, waiting for their COMMIT (FollowerZooKeeperServer.pendingTxns). */
  pendingTxns: Proposal[];
}
