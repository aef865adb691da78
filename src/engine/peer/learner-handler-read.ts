/**
 * What a LearnerHandler does with each packet it reads from its learner (reference §3.4 steps 3, 7, 10).
 */
import { epochOf } from '../zxid';
import type { PeerIO } from './io';
import { advance, getEpochToPropose, waitForEpochAck, waitForNewLeaderAck } from './leader';
import type { LearnerHandler } from './leader-state';
import { closeHandler, handlerContinue, newHandler } from './learner-handler';
import { processAck } from './broadcast';
import { leaderSubmit, learnerSync, revalidate, touchSessions } from '../server/leader-pipeline';
import type { QuorumPacket } from './packets';
import type { Peer } from './state';

/** A packet arrived on a learner connection of this leader. */
export function leaderOnPacket(peer: Peer, from: number, p: QuorumPacket, io: PeerIO): void {
  const l = peer.mem!.leader!;
  const h = l.handlers.get(from);
  if (!h) {
    if (p.packet !== 'FOLLOWERINFO' && p.packet !== 'OBSERVERINFO') {
      io.zabClose(from); // "First packet … is not FOLLOWERINFO or OBSERVERINFO!"
      return;
    }
    const handler = newHandler(peer, from, p.packet === 'OBSERVERINFO', epochOf(p.zxid), io);
    io.setTimer(`handler.read.${from}`, io.config.initLimit * io.config.tickTime);
    io.mark('zab.followerinfo', { from, packet: p.packet, acceptedEpoch: epochOf(p.zxid) });
    getEpochToPropose(peer, from, epochOf(p.zxid), io);
    advance(peer, io);
    handlerContinue(peer, handler, io);
    return;
  }
  handlerRead(peer, h, p, io);
}

/** One read of the handler's loop; packets read while blocked wait in its inbox. */
export function handlerRead(peer: Peer, h: LearnerHandler, p: QuorumPacket, io: PeerIO): void {
  const l = peer.mem!.leader!;
  const pastNewLeader = h.phase === 'newLeaderWait' || h.phase === 'startupWait' || h.phase === 'broadcast';
  io.setTimer(`handler.read.${h.sid}`, (pastNewLeader ? io.config.syncLimit : io.config.initLimit) * io.config.tickTime);
  switch (h.phase) {
    case 'ackEpoch': {
      if (p.packet !== 'ACKEPOCH') return closeHandler(peer, h, io, `${p.packet} is not ACKEPOCH`);
      h.summary = { currentEpoch: p.currentEpoch, lastZxid: p.zxid };
      io.mark(p.currentEpoch === -1 ? 'zab.ackepoch.alreadyAccepted' : 'zab.ackepoch', {
        from: h.sid, currentEpoch: p.currentEpoch, lastZxid: p.zxid,
      });
      if (!waitForEpochAck(peer, h.sid, h.summary, io)) {
        return closeHandler(peer, h, io, 'Follower is ahead of the leader');
      }
      h.phase = 'epochAckWait';
      advance(peer, io);
      return;
    }
    case 'newLeaderAck': {
      if (p.packet !== 'ACK') return closeHandler(peer, h, io, `Next packet was supposed to be an ACK, but received packet: ${p.packet}`);
      h.phase = 'newLeaderWait';
      io.setTimer(`handler.read.${h.sid}`, io.config.syncLimit * io.config.tickTime);
      waitForNewLeaderAck(peer, h.sid, p.zxid, io);
      advance(peer, io);
      return;
    }
    case 'broadcast':
      h.tickOfNextAckDeadline = l.tick + io.config.syncLimit;
      return broadcastRead(peer, h, p, io);
    default:
      h.inbox.push(p);
  }
}

/** Step 10: the packets a synced learner sends. */
function broadcastRead(peer: Peer, h: LearnerHandler, p: QuorumPacket, io: PeerIO): void {
  const l = peer.mem!.leader!;
  switch (p.packet) {
    case 'ACK':
      return processAck(peer, h, p.zxid, io);
    case 'PING':
      return touchSessions(peer, p.touches, io);
    case 'REVALIDATE':
      return revalidate(peer, h.sid, p.sessionId, p.timeout, io);
    case 'REQUEST': {
      const r = p.request;
      if (r.op.type === 'sync') return learnerSync(peer, h.sid, io);
      if (leaderSubmit(peer, { sessionId: r.sessionId, cxid: r.cxid, op: r.op, authInfo: 'authInfo' in r ? (r.authInfo ?? []) : [] }, io) === 'rollover') {
        l.abdicate = 'zxid lower 32 bits have rolled over, forcing re-election, and therefore new epoch start';
      }
      return;
    }
    default:
      return;
  }
}
