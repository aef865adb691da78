/**
 * The memory of Leader.lead() and its LearnerHandlers (reference §3.3–3.4, §3.7).
 */
import type { Zxid } from '../zxid';
import type { Proposal } from './database';
import type { QuorumPacket } from './packets';
import type { SyncPath } from './sync-follower';

/** Where one LearnerHandler is in its run() (§3.4 steps). */
export type HandlerPhase =
  | 'epoch' // FOLLOWERINFO read, blocked in getEpochToPropose
  | 'ackEpoch' // LEADERINFO sent, reading ACKEPOCH
  | 'epochAckWait' // blocked in waitForEpochAck
  | 'newLeaderAck' // NEWLEADER queued, reading its ACK
  | 'newLeaderWait' // blocked in waitForNewLeaderAck
  | 'startupWait' // waiting for the leader's server to start
  | 'broadcast'; // step 10: the packet loop

/** StateSummary: a learner's (currentEpoch, lastZxid) as sent in ACKEPOCH. */
export interface StateSummary {
  readonly currentEpoch: number;
  readonly lastZxid: Zxid;
}

/** One LearnerHandler on the leader. */
export interface LearnerHandler {
  readonly sid: number;
  readonly observer: boolean;
  phase: HandlerPhase;
  /** The epoch from FOLLOWERINFO/OBSERVERINFO (its acceptedEpoch). */
  learnerEpoch: number;
  summary: StateSummary | null;
  /** Liveness: the leader's tick by which this learner must have sent something. */
  tickOfNextAckDeadline: number;
  /** Packets queued before the sender thread starts (step 6) wait here. */
  senderStarted: boolean;
  queued: QuorumPacket[];
  /** Packets read while the handler was blocked; handled when it reaches the loop. */
  inbox: QuorumPacket[];
  /** SyncLimitCheck: send times of proposals not yet acknowledged, oldest first. */
  unacked: { zxid: Zxid; sentAt: number }[];
  /** The sync syncFollower chose for it and what it compared, kept for display. */
  sync: SyncDecision | null;
}

/** syncFollower's choice for one learner: the mode, the branch, and the zxids it compared (§3.6). */
export interface SyncDecision {
  readonly mode: 'DIFF' | 'TRUNC' | 'SNAP';
  readonly path: SyncPath;
  readonly reason: string;
  readonly peerLastZxid: Zxid;
  readonly minCommittedLog: Zxid;
  readonly maxCommittedLog: Zxid;
  readonly lastProcessedZxid: Zxid;
}

/** A proposal waiting for its quorum of ACKs. */
export interface OutstandingProposal {
  readonly proposal: Proposal;
  acks: number[];
}

/** Which barrier lead() itself is blocked in, or broadcast once the server runs. */
export type LeaderPhase = 'epoch' | 'epochAck' | 'newLeaderAck' | 'broadcast';

/** Leader.lead()'s state. */
export interface LeaderState {
  phase: LeaderPhase;
  /** The epoch to propose; -1 until the first call of getEpochToPropose. */
  epoch: number;
  waitingForNewEpoch: boolean;
  connectingFollowers: number[];
  electionFinished: boolean;
  electingFollowers: number[];
  quorumFormed: boolean;
  newLeaderAcks: number[];
  leaderSummary: StateSummary;
  /** self.tick; advances every second half-tick wake-up of the liveness loop. */
  tick: number;
  tickSkip: boolean;
  handlers: Map<number, LearnerHandler>;
  lastProposed: Zxid;
  lastCommitted: Zxid;
  outstanding: Map<Zxid, OutstandingProposal>;
  toBeApplied: Proposal[];
  /** Set when the leader must step down at the end of this step (e.g. the zxid counter rolled over). */
  abdicate: string | null;
}
