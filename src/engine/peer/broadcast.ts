/**
 * Zab broadcast on the leader: propose, processAck, tryToCommit (reference §3.7).
 */
import type { Zxid } from '../zxid';
import { counterOf } from '../zxid';
import type { Txn } from '../datatree/txn';
import type { Proposal } from './database';
import { commitProposal } from '../server/commit';
import { releaseSyncs } from '../server/leader-pipeline';
import type { PeerIO } from './io';
import type { LearnerHandler } from './leader-state';
import { handlerQueue, isForwarding } from './learner-handler';
import { packet } from './packets';
import type { Peer } from './state';

/**
 * Leader.propose: a PROPOSAL of the txn (whose zxid PrepRequestProcessor assigned) to every forwarding
 * follower, logged locally and self-acked.
 */
export function propose(peer: Peer, txn: Txn, io: PeerIO): Proposal {
  const l = peer.mem!.leader!;
  const zxid = txn.hdr.zxid;
  const p: Proposal = { zxid, txn };
  l.lastProposed = zxid;
  l.outstanding.set(zxid, { proposal: p, acks: [] });
  for (const h of l.handlers.values()) {
    if (!h.observer && isForwarding(h)) handlerQueue(peer, h, { type: 'zab', packet: 'PROPOSAL', zxid, proposal: p }, io);
  }
  io.mark('zab.propose', { zxid });
  peer.disk.txnLog.push(p);
  processAck(peer, null, zxid, io);
  return p;
}

/** Leader.processAck from a learner's handler, or from the leader itself (`h` null). */
export function processAck(peer: Peer, h: LearnerHandler | null, zxid: Zxid, io: PeerIO): void {
  const l = peer.mem!.leader!;
  const sid = h ? h.sid : peer.sid;
  if (h) h.unacked = h.unacked.filter((u) => u.zxid > zxid);
  if (counterOf(zxid) === 0n || l.outstanding.size === 0 || zxid <= l.lastCommitted) return;
  const o = l.outstanding.get(zxid);
  if (!o) return;
  if (io.qv.isVoter(sid) && !o.acks.includes(sid)) o.acks.push(sid);
  io.mark('zab.ack', { from: sid, zxid, acks: o.acks.length });
  let next: Zxid | null = zxid;
  while (next !== null && tryToCommit(peer, next, io)) next = l.outstanding.has(next + 1n) ? next + 1n : null;
}

/** tryToCommit: in zxid order only, once a quorum acked; the leader's own ACK is not required. */
function tryToCommit(peer: Peer, zxid: Zxid, io: PeerIO): boolean {
  const mem = peer.mem!;
  const l = mem.leader!;
  const o = l.outstanding.get(zxid);
  if (!o) return false;
  if (l.outstanding.has(zxid - 1n)) return false;
  if (!io.qv.containsQuorum(o.acks)) return false;
  l.outstanding.delete(zxid);
  l.toBeApplied.push(o.proposal);
  l.lastCommitted = zxid;
  for (const h of l.handlers.values()) {
    if (!isForwarding(h)) continue;
    if (h.observer) handlerQueue(peer, h, { type: 'zab', packet: 'INFORM', zxid, proposal: o.proposal }, io);
    else handlerQueue(peer, h, packet('COMMIT', zxid), io);
  }
  io.mark('zab.commit', { zxid, acks: o.acks.join(',') });
  commitProposal(peer, o.proposal, io);
  l.toBeApplied = l.toBeApplied.filter((p) => p.zxid !== zxid);
  releaseSyncs(peer, zxid, io);
  return true;
}
