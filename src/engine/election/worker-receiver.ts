/**
 * FastLeaderElection.Messenger.WorkerReceiver: what a server does the moment a notification arrives,
 * before (or instead of) the election loop seeing it (reference §1.10).
 */
import type { PeerIO } from '../peer/io';
import type { Peer } from '../peer/state';
import { electionReceive } from './fast-leader-election';
import type { Notification, Vote } from './types';

/** Handles one arriving notification; returns the end vote if it finished our election. */
export function workerReceive(peer: Peer, n: Notification, io: PeerIO): Vote | null {
  const mem = peer.mem!;
  const e = mem.election;
  const cv = mem.currentVote;
  if (!io.qv.isVoter(n.sid)) {
    // Rule 1: a non-voter gets our *current* vote (stale while we look) with our round, and is never queued.
    io.sendNotification(n.sid, {
      type: 'notification', state: mem.state, leader: cv.id, zxid: cv.zxid,
      electionEpoch: e.logicalclock, peerEpoch: cv.peerEpoch, version: 2, sid: peer.sid,
    });
    io.mark('receiver.reply.nonVoter', { to: n.sid, leader: cv.id, state: mem.state });
    return null;
  }
  if (mem.state === 'LOOKING') {
    if (n.state === 'LOOKING' && n.electionEpoch < e.logicalclock) {
      // Rule 2: a laggard gets our live proposal and round at once.
      io.sendNotification(n.sid, {
        type: 'notification', state: 'LOOKING', leader: e.proposedLeader, zxid: e.proposedZxid,
        electionEpoch: e.logicalclock, peerEpoch: e.proposedEpoch, version: 2, sid: peer.sid,
      });
      io.mark('receiver.reply.lowerRound', { to: n.sid, theirRound: n.electionEpoch, logicalclock: e.logicalclock });
    }
    return electionReceive(peer, n, io);
  }
  if (n.state === 'LOOKING') {
    // Rule 3: a settled server tells a looking one who leads, in the round it finished in.
    io.sendNotification(n.sid, {
      type: 'notification', state: mem.state, leader: cv.id, zxid: cv.zxid,
      electionEpoch: cv.electionEpoch, peerEpoch: cv.peerEpoch, version: 2, sid: peer.sid,
    });
    io.mark('receiver.reply.notLooking', { to: n.sid, leader: cv.id, state: mem.state, round: cv.electionEpoch });
  }
  return null;
}
