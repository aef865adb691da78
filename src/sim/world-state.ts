/**
 * Everything a simulated world is, as plain data: structuredClone of a WorldState is an exact
 * checkpoint (design.md §4). Behaviour lives in the modules that take a World.
 */
import type { Notification } from '../engine/election/types';
import type { Mark } from '../engine/marks';
import type { TimerKey } from '../engine/peer/io';
import type { QuorumPacket } from '../engine/peer/packets';
import type { Peer } from '../engine/peer/state';
import type { PrngState } from './prng';
import type { ClientPacket, ServerMessage } from '../engine/zkcli/protocol';
import type { SimClient } from './client-state';

/** What travels on a channel, exactly as the engine sent it: a notification, or a quorum packet. */
export type Wire =
  | { readonly channel: 'election'; readonly payload: Notification }
  | { readonly channel: 'zab'; readonly payload: QuorumPacket };

/** A message on the wire: an election notification or a quorum packet. */
export type InFlight = Wire & {
  readonly id: number;
  readonly from: number;
  readonly to: number;
  readonly sentAt: number;
  /** When it arrives; a `delay` fault, TCP's order behind a delayed message, or TCP's retransmission of an
   * election message held by a partition moves it later. */
  deliverAt: number;
  /** For a re-sent notification (the `duplicate` fault): the id of the message it repeats. */
  duplicateOf?: number;
  /** How long a `delay` fault held it back, in total. */
  delayedMs?: number;
  /** The connection (election) or link (zab) it travels on; a message of a closed one is lost. */
  readonly connection: number;
  /** Set when the message will never arrive: a partition, a stopped server, a closed link, a drop. */
  lostAt: number | null;
  lostWhy: 'partition' | 'stopped' | 'closed' | 'dropped' | null;
};

/** Something scheduled on the agenda. */
export type SimEvent = { readonly time: number; readonly seq: number } & (
  | { readonly kind: 'action'; readonly index: number }
  | { readonly kind: 'timer'; readonly sid: number; readonly key: TimerKey; readonly gen: number }
  | { readonly kind: 'deliver'; readonly messageId: number }
  | { readonly kind: 'connUp'; readonly a: number; readonly b: number; readonly gen: number }
  | { readonly kind: 'zabSyn'; readonly linkId: number }
  | { readonly kind: 'zabConnectResult'; readonly linkId: number; readonly ok: boolean }
  | { readonly kind: 'zabClosed'; readonly linkId: number; readonly to: number }
  // sentAt: when it left, so the app can draw it on its way (optional: older checkpoints lack it).
  | { readonly kind: 'clientToServer'; readonly cnxnId: string; readonly packet: ClientPacket; readonly sentAt?: number }
  | { readonly kind: 'serverToClient'; readonly cnxnId: string; readonly message: ServerMessage; readonly sentAt?: number }
  | { readonly kind: 'clientConnectionClosed'; readonly cnxnId: string; readonly reason: string }
  | { readonly kind: 'clientGone'; readonly cnxnId: string; readonly server: number }
  | { readonly kind: 'clientTick'; readonly client: string; readonly gen: number }
  | { readonly kind: 'clientRetry'; readonly client: string }
);

/** QuorumCnxManager's per-server memory: one-slot send queues and the last message sent to each peer. */
export interface Qcm {
  queueSend: Map<number, Notification | null>;
  lastMessageSent: Map<number, Notification>;
}

/** The election connection of a pair of servers (one TCP connection per pair). */
export interface ElectionConnection {
  state: 'down' | 'connecting' | 'up';
  gen: number;
}

/** A learner's connection to its leader's quorum port. */
export interface ZabLink {
  readonly id: number;
  readonly learner: number;
  readonly leader: number;
  up: boolean;
  closed: boolean;
  /** Which end closed it, and when: data it sent before that still arrives, unless the link was reset. */
  closedBy: number | null;
  closedAt: number;
  /** A stopped process: nothing on the wire arrives any more. */
  reset: boolean;
  /**
   * A partition cut the link while it was open. TCP never delivers past a gap, so nothing sent on it
   * arrives any more, even after a heal: both ends find out only by their read timeouts.
   */
  broken: boolean;
}

/** An armed timer: its due time, and the generation and time of the agenda entry that carries it. */
export interface TimerSlot {
  due: number;
  readonly gen: number;
  queuedAt: number;
}

/** One processed event and the rules it made fire. */
export interface StepRecord {
  readonly index: number;
  readonly time: number;
  readonly kind: SimEvent['kind'];
  /** The server that handled it, if any. */
  readonly sid: number | null;
  /** The message delivered, if any. */
  readonly messageId: number | null;
  /** The index in World.actions of the timed action carried out, if any. */
  readonly actionIndex: number | null;
  readonly marks: Mark[];
}

/** The whole world. */
export interface WorldState {
  now: number;
  seq: number;
  stepIndex: number;
  agenda: SimEvent[];
  peers: Map<number, Peer>;
  /** Each peer's armed timers: when each is due, and which agenda entry stands for it. */
  timers: Map<number, Map<TimerKey, TimerSlot>>;
  latencyRng: PrngState;
  /** Partition group of each server; empty when healed. */
  partition: Map<number, number>;
  /** Single links cut by hand (pair keys `a-b`, a < b), on top of any partition. */
  cutLinks: Set<string>;
  /** The latest delivery time on each directed server channel (see channelKey), for FIFO order. */
  lastDeliveryAt: Map<number, number>;
  /** Per directed election channel: since when TCP has been retransmitting unacknowledged data (partitioned). */
  stalledSince: Map<number, number>;
  /** Latency ranges of single links set by a `latency` fault (pair keys `a-b`, a < b). */
  linkLatencyMs: Map<string, readonly [number, number]>;
  /** Slow servers (a `slow` fault): how late their timers fire and their sends leave, in ms. */
  slowMs: Map<number, number>;
  /** The same for client connections, by `c:<cnxn>>` (up) and `c:<cnxn><` (down). */
  clientLastDeliveryAt: Map<string, number>;
  qcm: Map<number, Qcm>;
  /** Election connections by unordered pair, key min·256 + max. */
  connections: Map<number, ElectionConnection>;
  links: Map<number, ZabLink>;
  nextId: number;
  inFlight: Map<number, InFlight>;
  /** Ghost state for invariants: which server became the established leader of each epoch. */
  establishedLeaders: Map<number, number>;
  /** Servers whose process exited by itself (a fatal Zab error). */
  exited: Map<number, string>;
  /** zkCli sessions of `client` events, by name. */
  clients: Map<string, SimClient>;
  /** Which client and server each client connection joins. */
  cnxns: Map<string, { client: string; server: number }>;
  clientRng: PrngState;
  /** The peers' own random choices (e.g. the observer's election delay). */
  peerRng: PrngState;
}
