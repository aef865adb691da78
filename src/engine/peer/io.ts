/**
 * What a peer may ask of the world around it, and what the world may hand to a peer. The engine
 * never sends, sleeps or persists by itself: it calls these, and the simulator decides what happens.
 */
import type { QuorumVerifier } from '../election/quorum';
import type { Notification } from '../election/types';
import type { MarkCode, MarkValue } from '../marks';
import type { ClientPacket, ServerMessage } from '../zkcli/protocol';
import type { QuorumPacket } from './packets';

/** The ensemble's static configuration (zoo.cfg), ticks in ms and limits in ticks. */
export interface QuorumConfig {
  readonly tickTime: number;
  readonly initLimit: number;
  readonly syncLimit: number;
  /** zookeeper.fastleader.minNotificationInterval */
  readonly minNotificationInterval: number;
  /** zookeeper.fastleader.maxNotificationInterval */
  readonly maxNotificationInterval: number;
  /** zookeeper.observer.election.DelayMs */
  readonly observerElectionDelayMs: number;
  /** zookeeper.enforceQuota: hard quota limits refuse writes (default false). */
  readonly enforceQuota?: boolean;
}

/** ZooKeeper 3.8's values; tickTime/initLimit/syncLimit as in conf/zoo_sample.cfg (reference §0.1). */
export const DEFAULT_QUORUM_CONFIG: QuorumConfig = {
  tickTime: 2000,
  initLimit: 10,
  syncLimit: 5,
  minNotificationInterval: 200,
  maxNotificationInterval: 60000,
  observerElectionDelayMs: 200,
};

/** FastLeaderElection.finalizeWait: fixed at 200 ms. */
export const FINALIZE_WAIT_MS = 200;

/** Named timers a peer can hold; setting one again replaces it. `fle.poll` is lookForLeader's current
 * poll: the receive-poll timeout while polling, finalizeWait while confirming. */
export type TimerKey =
  | 'fle.poll'
  | 'observer.delay'
  | 'learner.connectRetry'
  | 'learner.read'
  | 'leader.barrier'
  | 'leader.tick'
  | 'leader.sessionExpiry'
  | `handler.read.${number}`;

/** The world as a peer sees it while it handles one input. */
export interface PeerIO {
  readonly now: number;
  readonly qv: QuorumVerifier;
  readonly config: QuorumConfig;
  /** QuorumCnxManager.toSend: to oneself it goes straight to the receive queue. */
  sendNotification(to: number, message: Notification): void;
  /** QuorumCnxManager.haveDelivered: true if any per-peer send queue is empty. */
  haveDelivered(): boolean;
  /** QuorumCnxManager.connectAll: try again to connect to every peer with queued messages. */
  connectAll(): void;
  /** A learner dials its leader's quorum port; the answer comes back as zabConnected or zabConnectFailed. */
  zabConnect(leader: number, timeoutMs: number): void;
  /** Writes a packet on the learner–leader connection with `peer`. */
  zabSend(peer: number, packet: QuorumPacket): void;
  /** Closes the learner–leader connection with `peer`; the other side sees zabClosed. */
  zabClose(peer: number): void;
  /** Sends a message down a client connection (in order, behind earlier ones). */
  clientSend(cnxnId: string, message: ServerMessage): void;
  /** Closes a client connection; the client sees its connection lost and tries another server. */
  clientClose(cnxnId: string, reason: string): void;
  setTimer(key: TimerKey, delayMs: number): void;
  cancelTimer(key: TimerKey): void;
  mark(code: MarkCode, args?: Record<string, MarkValue>): void;
  /** A uniform integer in [0, bound) from the world's seeded generator (ZooKeeper's ThreadLocalRandom). */
  random(bound: number): number;
}

/** One thing that happens to a running peer. */
export type PeerInput =
  | { readonly kind: 'notification'; readonly n: Notification }
  | { readonly kind: 'timer'; readonly key: TimerKey }
  | { readonly kind: 'zabConnected'; readonly peer: number }
  | { readonly kind: 'zabConnectFailed'; readonly peer: number }
  | { readonly kind: 'zabPacket'; readonly from: number; readonly packet: QuorumPacket }
  | { readonly kind: 'zabClosed'; readonly peer: number }
  | { readonly kind: 'clientPacket'; readonly cnxnId: string; readonly packet: ClientPacket }
  | { readonly kind: 'clientClosed'; readonly cnxnId: string };
