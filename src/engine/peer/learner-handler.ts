/**
 * LearnerHandler.run() on the leader, one per learner (reference §3.4): how a blocked handler moves
 * on when a barrier completes, and its send queue.
 */
import { makeZxid } from '../zxid';
import type { PeerIO } from './io';
import type { LearnerHandler } from './leader-state';
import { handlerRead } from './learner-handler-read';
import type { QuorumPacket } from './packets';
import { packet } from './packets';
import type { Peer } from './state';
import { longHex, syncFollower } from './sync-follower';

/** A new connection's first packet was FOLLOWERINFO or OBSERVERINFO: a handler is born (step 1). */
export function newHandler(peer: Peer, sid: number, observer: boolean, learnerEpoch: number, io: PeerIO): LearnerHandler {
  const l = peer.mem!.leader!;
  const h: LearnerHandler = {
    sid, observer, phase: 'epoch', learnerEpoch, summary: null, sync: null,
    tickOfNextAckDeadline: l.tick + io.config.initLimit + io.config.syncLimit,
    senderStarted: false, queued: [], inbox: [], unacked: [],
  };
  l.handlers.set(sid, h);
  return h;
}

/** queuePacket: FIFO behind everything queued before; held until the sender thread starts. */
export function handlerQueue(peer: Peer, h: LearnerHandler, p: QuorumPacket, io: PeerIO): void {
  if (!h.senderStarted) {
    h.queued.push(p);
    return;
  }
  if (p.packet === 'PROPOSAL') h.unacked.push({ zxid: p.zxid, sentAt: io.now });
  io.zabSend(h.sid, p);
}

/** Starts the sender: everything queued goes out in order. */
function startSender(peer: Peer, h: LearnerHandler, io: PeerIO): void {
  h.senderStarted = true;
  const queued = h.queued;
  h.queued = [];
  for (const p of queued) handlerQueue(peer, h, p, io);
}

/** LearnerHandler.shutdown: close the socket and leave every set. */
export function closeHandler(peer: Peer, h: LearnerHandler, io: PeerIO, reason: string): void {
  const l = peer.mem!.leader;
  if (l?.handlers.get(h.sid) === h) l.handlers.delete(h.sid);
  io.zabClose(h.sid);
  io.cancelTimer(`handler.read.${h.sid}`);
  io.mark('zab.handler.closed', { learner: h.sid, reason });
}

/** true once the handler is in forwardingFollowers (or the observer set): it gets live traffic. */
export function isForwarding(h: LearnerHandler): boolean {
  return h.phase === 'newLeaderAck' || h.phase === 'newLeaderWait' || h.phase === 'startupWait' || h.phase === 'broadcast';
}

/** Moves a blocked handler on as far as the leader's barriers allow (steps 2–9). */
export function handlerContinue(peer: Peer, h: LearnerHandler, io: PeerIO): void {
  const mem = peer.mem!;
  const l = mem.leader!;
  if (l.handlers.get(h.sid) !== h) return;
  if (h.phase === 'epoch' && !l.waitingForNewEpoch) {
    io.zabSend(h.sid, packet('LEADERINFO', makeZxid(l.epoch, 0)));
    io.mark('zab.leaderinfo', { to: h.sid, epoch: l.epoch });
    h.phase = 'ackEpoch';
  }
  if (h.phase === 'epochAckWait' && l.electionFinished) syncLearner(peer, h, io);
  if (h.phase === 'newLeaderWait' && l.quorumFormed) h.phase = 'startupWait';
  if (h.phase === 'startupWait' && l.phase === 'broadcast') {
    handlerQueue(peer, h, packet('UPTODATE', -1n), io);
    io.mark('zab.uptodate', { to: h.sid });
    h.phase = 'broadcast';
    const inbox = h.inbox;
    h.inbox = [];
    for (const p of inbox) handlerRead(peer, h, p, io);
  }
}

/** Steps 4–6: choose DIFF/TRUNC/SNAP, start forwarding, queue NEWLEADER and start the sender. */
function syncLearner(peer: Peer, h: LearnerHandler, io: PeerIO): void {
  const mem = peer.mem!;
  const l = mem.leader!;
  const peerLastZxid = h.summary!.lastZxid;
  const plan = syncFollower(mem.db, peer.disk.txnLog, peerLastZxid, h.sid);
  const { mode, path, reason, minCommittedLog, maxCommittedLog } = plan;
  h.sync = { mode, path, reason, peerLastZxid, minCommittedLog, maxCommittedLog, lastProcessedZxid: mem.db.lastProcessedZxid };
  for (const p of plan.packets) h.queued.push(p);
  const leaderLastZxid = startForwarding(peer, h, plan.lastQueued);
  const logLines = [...plan.logLines];
  if (plan.mode === 'SNAP') logLines.push(snapshotLine(peer, h, peerLastZxid, leaderLastZxid));
  io.mark(plan.mode === 'DIFF' ? 'zab.sync.diff' : plan.mode === 'TRUNC' ? 'zab.sync.trunc' : 'zab.sync.snap', {
    to: h.sid, peerLastZxid, leaderLastZxid: mem.db.lastProcessedZxid, minCommittedLog: plan.minCommittedLog,
    maxCommittedLog: plan.maxCommittedLog, path: plan.path, pathLog: logLines.join('\n'), reason: plan.reason,
  });
  if (plan.mode === 'SNAP') {
    // The SNAP packet and the snapshot are written straight to the socket, ahead of the queue.
    io.zabSend(h.sid, {
      type: 'zab', packet: 'SNAP', zxid: mem.db.lastProcessedZxid,
      snapshot: { lastProcessedZxid: mem.db.lastProcessedZxid, tree: structuredClone(mem.db.tree) },
    });
  }
  h.queued.push(packet('NEWLEADER', makeZxid(l.epoch, 0)));
  io.mark('zab.newleader', { to: h.sid, epoch: l.epoch });
  h.phase = 'newLeaderAck';
  startSender(peer, h, io);
}

/** LearnerHandler.run's SNAP line: "zxid of leader" is what startForwarding returned (lastProposed). */
function snapshotLine(peer: Peer, h: LearnerHandler, peerLastZxid: bigint, leaderLastZxid: bigint): string {
  const l = peer.mem!.leader!;
  // The snap throttler counts the SNAP syncs whose NEWLEADER ACK has not come yet, this one included.
  let inProgress = 1;
  for (const o of l.handlers.values()) if (o !== h && o.sync?.mode === 'SNAP' && (o.phase === 'newLeaderAck' || o.phase === 'newLeaderWait')) inProgress++;
  return `Sending snapshot last zxid of peer is ${longHex(peerLastZxid)}, zxid of leader is ${longHex(leaderLastZxid)}, ` +
    `send zxid of db as ${longHex(peer.mem!.db.lastProcessedZxid)}, ${inProgress} concurrent snapshot sync, ` +
    `snapshot sync was ${h.observer ? 'not exempt' : 'exempt'} from throttle`;
}

/** startForwarding (§3.6): toBeApplied and outstanding proposals after lastQueued join the learner's queue; returns lastProposed. */
function startForwarding(peer: Peer, h: LearnerHandler, lastQueued: bigint): bigint {
  const l = peer.mem!.leader!;
  let queued = lastQueued;
  for (const p of l.toBeApplied) {
    if (p.zxid <= queued) continue;
    h.queued.push({ type: 'zab', packet: 'PROPOSAL', zxid: p.zxid, proposal: p });
    h.queued.push(packet('COMMIT', p.zxid));
    queued = p.zxid;
  }
  if (h.observer) return l.lastProposed;
  const outstanding = [...l.outstanding.values()].map((o) => o.proposal).sort((a, b) => (a.zxid < b.zxid ? -1 : 1));
  for (const p of outstanding) {
    if (p.zxid <= queued) continue;
    h.queued.push({ type: 'zab', packet: 'PROPOSAL', zxid: p.zxid, proposal: p });
  }
  return l.lastProposed;
}
