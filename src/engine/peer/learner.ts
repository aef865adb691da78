/**
 * Learner.registerWithLeader, syncWithLeader and the broadcast loop of Follower/Observer
 * (reference §3.5). Each handler returns a reason when the learner must go back to LOOKING.
 */
import { epochOf, makeZxid } from '../zxid';
import { commitProposal } from '../server/commit';
import { sessionRevalidated, syncArrived, takeTouches } from '../server/client-requests';
import type { PeerIO } from './io';
import type { LearnerExit, LearnerState } from './learner-state';
import { commitHead, onSyncPacket } from './learner-sync';
import type { QuorumPacket } from './packets';
import { packet } from './packets';
import type { Peer } from './state';

/** Learner.connectToLeader tries this many times, this far apart (3.8). */
export const LEADER_CONNECT_TRIES = 5;
export const LEADER_CONNECT_RETRY_MS = 100;

export type { LearnerExit } from './learner-state';

/** followLeader / observeLeader: dial the leader elected in currentVote. */
export function followLeader(peer: Peer, io: PeerIO): void {
  const mem = peer.mem!;
  mem.zabState = 'DISCOVERY';
  const learner: LearnerState = {
    leader: mem.currentVote.id, phase: 'connecting', connectTries: 1, connectStartedAt: io.now, newEpoch: -1,
    syncMode: null, writeToTxnLog: false, newLeaderSeen: false, packetsNotCommitted: [], packetsCommitted: [], pendingTxns: [],
  };
  mem.learner = learner;
  io.zabConnect(learner.leader, connectBudgetLeft(learner, io));
}

function connectBudgetLeft(learner: LearnerState, io: PeerIO): number {
  return io.config.initLimit * io.config.tickTime - (io.now - learner.connectStartedAt);
}

/** The dial failed: retry 100 ms later while tries and the initLimit budget last. */
export function learnerConnectFailed(peer: Peer, io: PeerIO): LearnerExit | null {
  const learner = peer.mem!.learner!;
  const left = connectBudgetLeft(learner, io);
  if (learner.connectTries >= LEADER_CONNECT_TRIES || left <= LEADER_CONNECT_RETRY_MS) {
    io.mark('zab.connect.failed', { leader: learner.leader, tries: learner.connectTries });
    return { reason: `Failed connect to leader ${learner.leader} after ${learner.connectTries} tries` };
  }
  io.mark('zab.connect.retry', { leader: learner.leader, tries: learner.connectTries });
  io.setTimer('learner.connectRetry', LEADER_CONNECT_RETRY_MS);
  return null;
}

/** The retry delay is over: dial again. */
export function learnerConnectRetry(peer: Peer, io: PeerIO): void {
  const learner = peer.mem!.learner!;
  learner.connectTries += 1;
  io.zabConnect(learner.leader, connectBudgetLeft(learner, io));
}

/** Connected: register with FOLLOWERINFO/OBSERVERINFO carrying acceptedEpoch<<32. */
export function learnerConnected(peer: Peer, io: PeerIO): void {
  const learner = peer.mem!.learner!;
  learner.phase = 'discovery';
  io.setTimer('learner.read', io.config.initLimit * io.config.tickTime);
  const type = peer.observer ? 'OBSERVERINFO' : 'FOLLOWERINFO';
  io.zabSend(learner.leader, { type: 'zab', packet: type, zxid: makeZxid(peer.disk.acceptedEpoch ?? 0, 0), learnerSid: peer.sid });
}

/** One packet from the leader. */
export function learnerOnPacket(peer: Peer, p: QuorumPacket, io: PeerIO): LearnerExit | null {
  const mem = peer.mem!;
  const learner = mem.learner!;
  const limit = learner.newLeaderSeen ? io.config.syncLimit : io.config.initLimit;
  io.setTimer('learner.read', limit * io.config.tickTime);
  if (learner.phase === 'discovery') return onLeaderInfo(peer, learner, p, io);
  if (learner.phase === 'sync') return onSyncPacket(peer, learner, p, io);
  return onBroadcastPacket(peer, learner, p, io);
}

/** registerWithLeader step 2: accept the new epoch, or refuse a lower one. */
function onLeaderInfo(peer: Peer, learner: LearnerState, p: QuorumPacket, io: PeerIO): LearnerExit | null {
  if (p.packet !== 'LEADERINFO') return { reason: `First packet should have been LEADERINFO, got ${p.packet}` };
  const newEpoch = epochOf(p.zxid);
  const accepted = peer.disk.acceptedEpoch ?? 0;
  const lastLoggedZxid = peer.mem!.db.lastProcessedZxid;
  if (newEpoch < accepted) {
    io.mark('zab.epoch.rejected', { newEpoch, acceptedEpoch: accepted });
    return { reason: `Leaders epoch, ${newEpoch} is less than accepted epoch, ${accepted}` };
  }
  const ackedEpoch = newEpoch > accepted ? peer.disk.currentEpoch ?? 0 : -1;
  if (newEpoch > accepted) peer.disk.acceptedEpoch = newEpoch;
  learner.newEpoch = newEpoch;
  io.zabSend(learner.leader, { type: 'zab', packet: 'ACKEPOCH', zxid: lastLoggedZxid, currentEpoch: ackedEpoch });
  io.mark('zab.ackepoch', { to: learner.leader, newEpoch, currentEpoch: ackedEpoch, lastZxid: lastLoggedZxid });
  learner.phase = 'sync';
  peer.mem!.zabState = 'SYNCHRONIZATION';
  return null;
}

/** Follower.processPacket / Observer.processPacket in broadcast. */
function onBroadcastPacket(peer: Peer, learner: LearnerState, p: QuorumPacket, io: PeerIO): LearnerExit | null {
  switch (p.packet) {
    case 'PING':
      io.zabSend(learner.leader, { type: 'zab', packet: 'PING', zxid: p.zxid, touches: takeTouches(peer) });
      return null;
    case 'REVALIDATE':
      sessionRevalidated(peer, p.sessionId, p.valid, io);
      return null;
    case 'SYNC':
      syncArrived(peer, io);
      return null;
    case 'PROPOSAL':
      if (peer.observer) return null;
      peer.disk.txnLog.push(p.proposal);
      learner.pendingTxns.push(p.proposal);
      io.zabSend(learner.leader, packet('ACK', p.zxid));
      return null;
    case 'COMMIT':
      if (peer.observer) return null;
      return commitHead(peer, learner, p.zxid, io);
    case 'INFORM':
      if (!peer.observer) return null;
      peer.disk.txnLog.push(p.proposal);
      commitProposal(peer, p.proposal, io);
      return null;
    default:
      return null;
  }
}
