/**
 * getInitId / getInitLastLoggedZxid / getPeerEpoch (reference §1.3): a participant proposes itself with
 * its last logged zxid and its currentEpoch (not acceptedEpoch); an observer proposes Long.MIN_VALUE.
 */
import type { Peer } from '../peer/state';
import type { Zxid } from '../zxid';
import { LONG_MIN, LONG_MIN_ZXID } from './types';

/** The (id, zxid, peerEpoch) this peer would vote for on its own right now. */
export function initialVote(peer: Peer): { id: number; zxid: Zxid; epoch: number } {
  const mem = peer.mem!;
  if (peer.observer) return { id: LONG_MIN, zxid: LONG_MIN_ZXID, epoch: LONG_MIN };
  // getLastLoggedZxid is read live: -1 (an untrusted empty database) lasts only until a sync replaces it.
  return { id: peer.sid, zxid: mem.db.lastProcessedZxid, epoch: peer.disk.currentEpoch ?? 0 };
}
