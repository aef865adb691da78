/**
 * Election vocabulary, named as in ZooKeeper's FastLeaderElection and Vote (reference §1.1–1.3).
 */
import type { Zxid } from '../zxid';

/** QuorumPeer.ServerState, with the ordinals ZooKeeper sends on the wire. */
export type ServerState = 'LOOKING' | 'FOLLOWING' | 'LEADING' | 'OBSERVING';

/** Notification.CURRENTVERSION in 3.5 and later. */
export const NOTIFICATION_VERSION = 2;

/**
 * Long.MIN_VALUE, which an observer puts in every field of its initial vote (getInitId & co).
 * Election numbers here are JS numbers; this stand-in is below any sid or epoch and is printed as
 * ZooKeeper prints Long.MIN_VALUE.
 */
export const LONG_MIN = Number.MIN_SAFE_INTEGER;
/** Long.MIN_VALUE as a zxid (exact, since zxids are bigint). */
export const LONG_MIN_ZXID = -(2n ** 63n);

/** A vote: the leader proposed, its last zxid, the round it was cast in and the leader's epoch. */
export interface Vote {
  readonly id: number;
  readonly zxid: Zxid;
  readonly electionEpoch: number;
  readonly peerEpoch: number;
  readonly state: ServerState;
  /** 0 for votes rebuilt from FOLLOWING/LEADING notifications into recvset (see §1.6). */
  readonly version: number;
}

/**
 * An election message, one shape from the sender's ToSend to the receiver's Notification (reference
 * §1.2): the vote, the sender's state and the sender's sid (which ZooKeeper's receiver learns from the
 * connection; here the sender writes it, last, so every copy of a broadcast is the same object).
 */
export interface Notification {
  readonly type: 'notification';
  readonly state: ServerState;
  readonly leader: number;
  readonly zxid: Zxid;
  readonly electionEpoch: number;
  readonly peerEpoch: number;
  readonly version: number;
  readonly sid: number;
}

/** Builds a Vote. */
export function makeVote(
  id: number,
  zxid: Zxid,
  electionEpoch: number,
  peerEpoch: number,
  state: ServerState = 'LOOKING',
  version: number = NOTIFICATION_VERSION,
): Vote {
  return { id, zxid, electionEpoch, peerEpoch, state, version };
}

/** The vote a notification carries, as `new Vote(n.version, n.leader, n.zxid, n.electionEpoch, n.peerEpoch, n.state)`. */
export function voteOf(n: Notification): Vote {
  return makeVote(n.leader, n.zxid, n.electionEpoch, n.peerEpoch, n.state, n.version);
}
