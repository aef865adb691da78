/**
 * Leader.lead(): discovery and synchronisation barriers, startZkServer, and the liveness loop
 * (reference §3.3, §3.9). Each function returns false when the leader has shut down and the peer
 * must go back to LOOKING.
 */
import { makeZxid } from '../zxid';
import type { PeerIO } from './io';
import type { LeaderState, StateSummary } from './leader-state';
import { closeHandler, handlerContinue, handlerQueue } from './learner-handler';
import type { Peer } from './state';
import { setLastProcessedZxid } from './database';
import { startLeaderPipeline } from '../server/leader-pipeline';

/** Why a leader gave up, as ZooKeeper logs it. */
export type LeaderExit = { readonly reason: string };

/** Starts lead(): the leader calls getEpochToPropose for itself first. */
export function lead(peer: Peer, io: PeerIO): LeaderExit | null {
  const mem = peer.mem!;
  mem.zabState = 'DISCOVERY';
  const summary: StateSummary = { currentEpoch: peer.disk.currentEpoch ?? 0, lastZxid: mem.db.lastProcessedZxid };
  const leader: LeaderState = {
    phase: 'epoch', epoch: -1, waitingForNewEpoch: true, connectingFollowers: [], electionFinished: false,
    electingFollowers: [], quorumFormed: false, newLeaderAcks: [], leaderSummary: summary, tick: 0, tickSkip: true,
    handlers: new Map(), lastProposed: mem.db.lastProcessedZxid, lastCommitted: mem.db.lastProcessedZxid,
    outstanding: new Map(), toBeApplied: [], abdicate: null,
  };
  mem.leader = leader;
  io.setTimer('leader.barrier', io.config.initLimit * io.config.tickTime);
  getEpochToPropose(peer, peer.sid, peer.disk.acceptedEpoch ?? 0, io);
  return advance(peer, io);
}

/** getEpochToPropose (§3.3): the new epoch is 1 + the highest acceptedEpoch heard before a quorum connected. */
export function getEpochToPropose(peer: Peer, sid: number, lastAcceptedEpoch: number, io: PeerIO): void {
  const l = peer.mem!.leader!;
  if (!l.waitingForNewEpoch) return;
  if (lastAcceptedEpoch >= l.epoch) l.epoch = lastAcceptedEpoch + 1;
  if (io.qv.isVoter(sid) && !l.connectingFollowers.includes(sid)) l.connectingFollowers.push(sid);
  io.mark('zab.epoch.proposed', { from: sid, lastAcceptedEpoch, epoch: l.epoch, connecting: l.connectingFollowers.length });
  if (l.connectingFollowers.includes(peer.sid) && io.qv.containsQuorum(l.connectingFollowers)) {
    l.waitingForNewEpoch = false;
    peer.disk.acceptedEpoch = l.epoch;
    io.mark('zab.epoch.decided', { epoch: l.epoch, connecting: l.connectingFollowers.join(',') });
  }
}

/** waitForEpochAck (§3.3): a learner ahead of us is refused; ACKEPOCH(-1) does not count. Returns false if refused. */
export function waitForEpochAck(peer: Peer, sid: number, ss: StateSummary, io: PeerIO): boolean {
  const l = peer.mem!.leader!;
  if (l.electionFinished) return true;
  if (ss.currentEpoch !== -1) {
    const ls = l.leaderSummary;
    const ahead = ss.currentEpoch > ls.currentEpoch || (ss.currentEpoch === ls.currentEpoch && ss.lastZxid > ls.lastZxid);
    if (ahead) {
      io.mark('zab.follower.ahead', { from: sid, theirEpoch: ss.currentEpoch, theirZxid: ss.lastZxid, ourEpoch: ls.currentEpoch, ourZxid: ls.lastZxid });
      return false;
    }
    if (ss.lastZxid !== -1n && io.qv.isVoter(sid) && !l.electingFollowers.includes(sid)) l.electingFollowers.push(sid);
  }
  if (l.electingFollowers.includes(peer.sid) && io.qv.containsQuorum(l.electingFollowers)) {
    l.electionFinished = true;
    io.mark('zab.epochAck.quorum', { epoch: l.epoch, acks: l.electingFollowers.join(',') });
  }
  return true;
}

/** waitForNewLeaderAck (§3.3): only an ACK of the NEWLEADER zxid from a voter counts. */
export function waitForNewLeaderAck(peer: Peer, sid: number, zxid: bigint, io: PeerIO): void {
  const l = peer.mem!.leader!;
  if (l.quorumFormed) return;
  if (zxid !== makeZxid(l.epoch, 0)) {
    io.mark('zab.newleader.ack', { from: sid, zxid, counted: false });
    return;
  }
  if (io.qv.isVoter(sid) && !l.newLeaderAcks.includes(sid)) l.newLeaderAcks.push(sid);
  io.mark('zab.newleader.ack', { from: sid, zxid, counted: io.qv.isVoter(sid) });
  if (io.qv.containsQuorum(l.newLeaderAcks)) {
    l.quorumFormed = true;
    io.mark('zab.newleader.quorum', { epoch: l.epoch, acks: l.newLeaderAcks.join(',') });
  }
}

/**
 * Moves lead() and every blocked handler on as far as the barriers allow. Called after anything that
 * may have completed a barrier.
 */
export function advance(peer: Peer, io: PeerIO): LeaderExit | null {
  const mem = peer.mem!;
  const l = mem.leader!;
  if (l.phase === 'epoch' && !l.waitingForNewEpoch) {
    l.phase = 'epochAck';
    l.lastProposed = makeZxid(l.epoch, 0);
    io.setTimer('leader.barrier', io.config.initLimit * io.config.tickTime);
    waitForEpochAck(peer, peer.sid, l.leaderSummary, io);
  }
  if (l.phase === 'epochAck' && l.electionFinished) {
    peer.disk.currentEpoch = l.epoch;
    mem.zabState = 'SYNCHRONIZATION';
    l.phase = 'newLeaderAck';
    io.setTimer('leader.barrier', io.config.initLimit * io.config.tickTime);
    waitForNewLeaderAck(peer, peer.sid, makeZxid(l.epoch, 0), io);
  }
  if (l.phase === 'newLeaderAck' && l.quorumFormed) startZkServer(peer, io);
  for (const h of [...l.handlers.values()]) handlerContinue(peer, h, io);
  return null;
}

/** startZkServer (§3.3 step 9): the leader's last zxid jumps to epoch<<32 and it starts serving. */
function startZkServer(peer: Peer, io: PeerIO): void {
  const mem = peer.mem!;
  const l = mem.leader!;
  const start = makeZxid(l.epoch, 0);
  l.phase = 'broadcast';
  l.lastCommitted = start;
  setLastProcessedZxid(mem.db, start);
  mem.currentVote = { ...mem.currentVote, peerEpoch: l.epoch };
  mem.serving = true;
  mem.zabState = 'BROADCAST';
  io.cancelTimer('leader.barrier');
  io.setTimer('leader.tick', io.config.tickTime / 2);
  startLeaderPipeline(peer, io);
  io.mark('zab.serving', { epoch: l.epoch, zxid: start, role: 'leader' });
}

/** A barrier's deadline passed (initLimit ticks): the leader gives up (§2 table). */
export function leaderBarrierTimeout(peer: Peer, io: PeerIO): LeaderExit {
  const l = peer.mem!.leader!;
  const code = l.phase === 'epoch' ? 'zab.timeout.epoch' : l.phase === 'epochAck' ? 'zab.timeout.epochAck' : 'zab.timeout.newLeaderAck';
  const reason = l.phase === 'epoch' ? 'Timeout while waiting for epoch from quorum'
    : l.phase === 'epochAck' ? 'Timeout while waiting for epoch to be acked by quorum'
      : `Waiting for a quorum of followers, only synced with sids: [ ${l.newLeaderAcks.join(',')} ]`;
  io.mark(code, { epoch: l.epoch });
  return { reason };
}

/** One half-tick wake-up of the liveness loop: count ticks, check the quorum, ping everyone (§3.3 step 11). */
export function leaderTick(peer: Peer, io: PeerIO): LeaderExit | null {
  const l = peer.mem!.leader!;
  if (!l.tickSkip) {
    l.tick += 1;
    const synced = [peer.sid];
    for (const h of l.handlers.values()) if (l.tick <= h.tickOfNextAckDeadline) synced.push(h.sid);
    if (!io.qv.containsQuorum(synced)) {
      io.mark('zab.quorum.lost', { tick: l.tick, synced: synced.join(',') });
      return { reason: `Not sufficient followers synced, only synced with sids: [ ${synced.join(',')} ]` };
    }
  }
  l.tickSkip = !l.tickSkip;
  for (const h of [...l.handlers.values()]) {
    if (!h.senderStarted) continue;
    const oldest = h.unacked[0];
    if (oldest && io.now - oldest.sentAt >= io.config.syncLimit * io.config.tickTime) {
      closeHandler(peer, h, io, 'Closing connection to peer due to transaction timeout.');
      continue;
    }
    handlerQueue(peer, h, { type: 'zab', packet: 'PING', zxid: l.lastProposed, touches: [] }, io);
  }
  io.setTimer('leader.tick', io.config.tickTime / 2);
  return null;
}

/** Leader.shutdown: every learner connection closes. */
export function leaderShutdown(peer: Peer, io: PeerIO): void {
  const l = peer.mem!.leader;
  if (!l) return;
  for (const h of [...l.handlers.values()]) closeHandler(peer, h, io, 'leader shutdown');
  io.cancelTimer('leader.barrier');
  io.cancelTimer('leader.tick');
  io.cancelTimer('leader.sessionExpiry');
  peer.mem!.leader = null;
}

