/**
 * A QuorumPeer's memory (lost on stop) next to its disk (kept). Plain data only, so the simulator
 * can checkpoint a whole world with structuredClone.
 */
import type { Notification, ServerState, Vote } from '../election/types';
import type { Zxid } from '../zxid';
import type { PeerDisk, ZkDatabase } from './database';
import type { LeaderState } from './leader-state';
import type { LearnerState } from './learner-state';
import type { ZkServerState } from '../server/zk-server-state';

/** ZabState, reported for monitoring (§1.1). */
export type ZabState = 'ELECTION' | 'DISCOVERY' | 'SYNCHRONIZATION' | 'BROADCAST';

/** Where lookForLeader is in its loop. */
export type ElectionPhase = 'idle' | 'polling' | 'finalizing';

/** FastLeaderElection's fields (§1.3). logicalclock outlives one election; the sets do not. */
export interface ElectionState {
  logicalclock: number;
  proposedLeader: number;
  proposedZxid: Zxid;
  proposedEpoch: number;
  recvset: Map<number, Vote>;
  outofelection: Map<number, Vote>;
  /** The current receive-poll timeout; doubles on every empty poll, never reset within one election. */
  notTimeout: number;
  phase: ElectionPhase;
  /** Notifications waiting for the loop (a pushed-back better vote, or ones queued while not polling). */
  recvqueue: Notification[];
  /** Virtual time at which the pending poll or finalizeWait expires (for display). */
  waitUntil: number;
}

/** Everything a running server holds in memory. */
export interface PeerMemory {
  state: ServerState;
  zabState: ZabState;
  /** QuorumPeer.currentVote: the result of the last finished election. */
  currentVote: Vote;
  election: ElectionState;
  db: ZkDatabase;
  /** true once the ZooKeeperServer serves clients (leader after startZkServer, learner after UPTODATE). */
  serving: boolean;
  leader: LeaderState | null;
  learner: LearnerState | null;
  /** The ZooKeeperServer: client connections, watches, and on the leader the request pipeline. */
  zk: ZkServerState;
}

/** A server: its identity, its disk, and its memory while it runs. */
export interface Peer {
  readonly sid: number;
  readonly observer: boolean;
  disk: PeerDisk;
  mem: PeerMemory | null;
}
