/**
 * Learner.syncWithLeader (reference §3.5 steps 3–7) and FollowerZooKeeperServer.commit: what a learner
 * does with DIFF/TRUNC/SNAP, the replayed proposals, NEWLEADER and UPTODATE.
 */
import { makeZxid } from '../zxid';
import type { Zxid } from '../zxid';
import type { Proposal } from './database';
import { loadDatabase, setLastProcessedZxid } from './database';
import { commitProposal } from '../server/commit';
import type { PeerIO } from './io';
import type { LearnerExit, LearnerState } from './learner-state';
import type { QuorumPacket } from './packets';
import { packet } from './packets';
import type { Peer } from './state';
import { longHex } from './sync-follower';

/** Java's answer to `pif.hdr` on an empty deque: the exception ends followLeader, the process lives on. */
const NULL_POINTER: LearnerExit = { reason: 'Unexpected exception: java.lang.NullPointerException' };

/** One packet while syncing (from the first DIFF/TRUNC/SNAP to UPTODATE). */
export function onSyncPacket(peer: Peer, learner: LearnerState, p: QuorumPacket, io: PeerIO): LearnerExit | null {
  if (learner.syncMode === null) return onFirstSyncPacket(peer, learner, p, io);
  switch (p.packet) {
    case 'PROPOSAL':
      learner.packetsNotCommitted.push(p.proposal);
      return null;
    case 'INFORM':
      // Before NEWLEADER in SNAP/TRUNC mode an observer applies it at once (zk.processTxn).
      if (!learner.writeToTxnLog) commitProposal(peer, p.proposal, io);
      else {
        learner.packetsNotCommitted.push(p.proposal);
        learner.packetsCommitted.push(p.zxid);
      }
      return null;
    case 'COMMIT':
      return onSyncCommit(peer, learner, p.zxid, io);
    case 'NEWLEADER':
      return onNewLeader(peer, learner, p, io);
    case 'UPTODATE':
      return onUpToDate(peer, learner, io);
    default:
      return null;
  }
}

/** §3.5 step 3: only the in-memory database changes here; the disk waits for NEWLEADER. */
function onFirstSyncPacket(peer: Peer, learner: LearnerState, p: QuorumPacket, io: PeerIO): LearnerExit | null {
  const mem = peer.mem!;
  switch (p.packet) {
    case 'DIFF':
      learner.syncMode = 'DIFF';
      learner.writeToTxnLog = true;
      return null;
    case 'SNAP':
      // deserializeSnapshot clears the database (committedLog included) and loads the leader's tree.
      learner.syncMode = 'SNAP';
      mem.db = { lastProcessedZxid: p.snapshot.lastProcessedZxid, committedLog: [], tree: structuredClone(p.snapshot.tree) };
      setLastProcessedZxid(mem.db, p.zxid);
      return null;
    case 'TRUNC':
      learner.syncMode = 'TRUNC';
      peer.disk.txnLog = peer.disk.txnLog.filter((t) => t.zxid <= p.zxid);
      mem.db = loadDatabase(peer.disk);
      // Whatever the reload gave, the tree now claims the TRUNC zxid (setlastProcessedZxid).
      setLastProcessedZxid(mem.db, p.zxid);
      io.mark('zab.trunc.applied', { zxid: p.zxid, reloaded: mem.db.tree.lastProcessedZxid });
      return null;
    default:
      // requestSystemExit(QUORUM_PACKET_ERROR): the process ends, it does not look again.
      return { reason: `Got unexpected packet from leader: ${p.packet}, exiting ... `, fatal: true };
  }
}

/** A COMMIT before UPTODATE: applied at once before NEWLEADER in SNAP/TRUNC mode, else remembered. */
function onSyncCommit(peer: Peer, learner: LearnerState, zxid: Zxid, io: PeerIO): LearnerExit | null {
  if (learner.writeToTxnLog) {
    learner.packetsCommitted.push(zxid);
    return null;
  }
  const head = learner.packetsNotCommitted[0];
  if (!head) return NULL_POINTER;
  if (head.zxid !== zxid) {
    io.mark('zab.commit.skipped', { zxid, next: head.zxid, observer: peer.observer });
    return null;
  }
  commitProposal(peer, head, io);
  learner.packetsNotCommitted.shift();
  return null;
}

/** NEWLEADER: snapshot after SNAP/TRUNC, persist currentEpoch, log what is pending (ZOOKEEPER-3911), ACK-LD. */
function onNewLeader(peer: Peer, learner: LearnerState, p: QuorumPacket, io: PeerIO): LearnerExit | null {
  const mem = peer.mem!;
  if (learner.syncMode === 'SNAP' || learner.syncMode === 'TRUNC') {
    peer.disk.snapshot = { lastProcessedZxid: mem.db.lastProcessedZxid, tree: structuredClone(mem.db.tree) };
    // The old log is superseded by the leader's snapshot (every txn in it is at or below the snapshot's zxid).
    if (learner.syncMode === 'SNAP') peer.disk.txnLog = [];
  }
  peer.disk.currentEpoch = learner.newEpoch;
  learner.writeToTxnLog = true;
  learner.newLeaderSeen = true;
  io.setTimer('learner.read', io.config.syncLimit * io.config.tickTime);
  // Only a FollowerZooKeeperServer logs its pending proposals here; an observer keeps them for UPTODATE.
  const logged = peer.observer ? [] : logPending(peer, learner);
  io.zabSend(learner.leader, packet('ACK', p.zxid));
  io.mark('zab.newleader.ack', { to: learner.leader, epoch: learner.newEpoch, logged: logged.length });
  for (const t of logged) io.zabSend(learner.leader, packet('ACK', t.zxid));
  return null;
}

/** Logs every proposal received but not committed yet; they now wait in pendingTxns for their COMMIT. */
function logPending(peer: Peer, learner: LearnerState): Proposal[] {
  const logged = learner.packetsNotCommitted;
  learner.packetsNotCommitted = [];
  for (const t of logged) {
    peer.disk.txnLog.push(t);
    learner.pendingTxns.push(t);
  }
  return logged;
}

/** UPTODATE: serve clients, then log and commit what came between the snapshot and UPTODATE. */
function onUpToDate(peer: Peer, learner: LearnerState, io: PeerIO): LearnerExit | null {
  const mem = peer.mem!;
  const exit = peer.observer ? observerCatchUp(peer, learner, io) : followerCatchUp(peer, learner, io);
  if (exit) return exit;
  mem.serving = true;
  mem.zabState = 'BROADCAST';
  learner.phase = 'broadcast';
  io.zabSend(learner.leader, packet('ACK', makeZxid(learner.newEpoch, 0)));
  mem.currentVote = { ...mem.currentVote, peerEpoch: learner.newEpoch };
  io.mark('zab.serving', { epoch: learner.newEpoch, zxid: mem.db.lastProcessedZxid, role: peer.observer ? 'observer' : 'follower', syncMode: learner.syncMode });
  return null;
}

function followerCatchUp(peer: Peer, learner: LearnerState, io: PeerIO): LearnerExit | null {
  for (const t of logPending(peer, learner)) io.zabSend(learner.leader, packet('ACK', t.zxid));
  const committed = learner.packetsCommitted;
  learner.packetsCommitted = [];
  for (const zxid of committed) {
    const exit = commitHead(peer, learner, zxid, io);
    if (exit) return exit;
  }
  return null;
}

/** Observer: each proposal needs the next remembered commit; one without a match is skipped with a warning. */
function observerCatchUp(peer: Peer, learner: LearnerState, io: PeerIO): LearnerExit | null {
  const pending = learner.packetsNotCommitted;
  learner.packetsNotCommitted = [];
  for (const p of pending) {
    const zxid = learner.packetsCommitted[0];
    if (zxid === undefined) return NULL_POINTER;
    if (p.zxid !== zxid) {
      io.mark('zab.commit.skipped', { zxid, next: p.zxid, observer: true });
      continue;
    }
    learner.packetsCommitted.shift();
    peer.disk.txnLog.push(p);
    commitProposal(peer, p, io);
  }
  return null;
}

/** FollowerZooKeeperServer.commit: nothing pending is a warning; a COMMIT that is not the head ends the process. */
export function commitHead(peer: Peer, learner: LearnerState, zxid: Zxid, io: PeerIO): LearnerExit | null {
  const head = learner.pendingTxns[0];
  if (!head) {
    io.mark('zab.commit.withoutTxn', { zxid });
    return null;
  }
  if (head.zxid !== zxid) {
    return { reason: `Committing zxid ${longHex(zxid)} but next pending txn ${longHex(head.zxid)}`, fatal: true };
  }
  learner.pendingTxns.shift();
  commitProposal(peer, head, io);
  return null;
}
