/**
 * The leader's request pipeline (PrepRequestProcessor → ProposalRequestProcessor) and its global
 * session tracker: every write and session change of the ensemble gets its zxid here (reference §3.7,
 * §4.3, §6.2).
 */
import { createPrepState } from '../datatree/change-record';
import { prepRequest } from '../datatree/prep-request-processor';
import type { Request } from '../datatree/request';
import { createSessionTracker, expireSessions, nextExpirationTime, touchSession, trackSession } from '../session/session-tracker';
import { counterOf, MAX_COUNTER } from '../zxid';
import { propose } from '../peer/broadcast';
import type { PeerIO } from '../peer/io';
import { packet } from '../peer/packets';
import type { Peer } from '../peer/state';
import { handlerQueue } from '../peer/learner-handler';
import { WALL_EPOCH_MS } from './zk-server-state';

/** startZkServer: the pipeline and a tracker that knows every session in the database, touched now. */
export function startLeaderPipeline(peer: Peer, io: PeerIO): void {
  const mem = peer.mem!;
  const tracker = createSessionTracker(peer.sid, io.now, { tickTime: io.config.tickTime });
  for (const [id, timeout] of mem.db.tree.sessionsWithTimeouts) trackSession(tracker, id, timeout, io.now);
  mem.zk.pipeline = { prep: { ...createPrepState(mem.db.tree, tracker), enforceQuota: io.config.enforceQuota === true }, tracker, pendingSyncs: [] };
  armSessionExpiry(peer, io);
}

function armSessionExpiry(peer: Peer, io: PeerIO): void {
  const t = nextExpirationTime(peer.mem!.zk.pipeline!.tracker);
  io.setTimer('leader.sessionExpiry', Math.max(1, t - io.now));
}

/**
 * Preps a request into a txn with the next zxid and proposes it. At counter 0xffffffff the leader must
 * abdicate instead (ZOOKEEPER-1277); the caller learns that from the return value.
 */
export function leaderSubmit(peer: Peer, request: Request, io: PeerIO): 'ok' | 'rollover' {
  const mem = peer.mem!;
  const l = mem.leader!;
  const zxid = l.lastProposed + 1n;
  if (counterOf(zxid) === MAX_COUNTER) {
    io.mark('zab.counter.exhausted', { zxid });
    return 'rollover';
  }
  const txn = prepRequest(mem.zk.pipeline!.prep, request, zxid, WALL_EPOCH_MS + io.now);
  propose(peer, txn, io);
  return 'ok';
}

/** The session tracker's bucket is due: every expired session gets a closeSession txn (§6.2, §6.3). */
export function leaderSessionExpiry(peer: Peer, io: PeerIO): 'ok' | 'rollover' {
  const tracker = peer.mem!.zk.pipeline!.tracker;
  for (const sessionId of expireSessions(tracker, io.now)) {
    if (leaderSubmit(peer, { sessionId, cxid: 0, op: { type: 'closeSession' } }, io) === 'rollover') return 'rollover';
  }
  armSessionExpiry(peer, io);
  return 'ok';
}

/** A learner's PING reply: its clients' sessions stay alive. */
export function touchSessions(peer: Peer, touches: readonly (readonly [bigint, number])[], io: PeerIO): void {
  const tracker = peer.mem!.zk.pipeline?.tracker;
  if (!tracker) return;
  for (const [id] of touches) touchSession(tracker, id, io.now);
}

/** REVALIDATE from a learner whose client reconnected: valid while the leader still tracks the session. */
export function revalidate(peer: Peer, from: number, sessionId: bigint, timeout: number, io: PeerIO): void {
  const tracker = peer.mem!.zk.pipeline?.tracker;
  const valid = tracker ? touchSession(tracker, sessionId, io.now) : false;
  const h = peer.mem!.leader!.handlers.get(from);
  if (h) handlerQueue(peer, h, { type: 'zab', packet: 'REVALIDATE', zxid: -1n, sessionId, timeout, valid }, io);
}

/** A learner's sync: answered once everything proposed so far has committed (§3.8). */
export function learnerSync(peer: Peer, from: number, io: PeerIO): void {
  const l = peer.mem!.leader!;
  const h = l.handlers.get(from);
  if (!h) return;
  if (l.outstanding.size === 0) {
    handlerQueue(peer, h, packet('SYNC', 0n), io);
    return;
  }
  peer.mem!.zk.pipeline!.pendingSyncs.push({ zxid: l.lastProposed, sid: from });
}

/** After a commit: release the learners whose sync waited for this zxid. */
export function releaseSyncs(peer: Peer, zxid: bigint, io: PeerIO): void {
  const pipeline = peer.mem!.zk.pipeline;
  if (!pipeline) return;
  const ready = pipeline.pendingSyncs.filter((s) => s.zxid <= zxid);
  pipeline.pendingSyncs = pipeline.pendingSyncs.filter((s) => s.zxid > zxid);
  for (const s of ready) {
    const h = peer.mem!.leader!.handlers.get(s.sid);
    if (h) handlerQueue(peer, h, packet('SYNC', 0n), io);
    io.mark('zab.sync.released', { to: s.sid, zxid });
  }
}
