/**
 * FastLeaderElection.lookForLeader as an event-driven state machine (reference §1.8–1.9). Java's loop
 * blocks in `recvqueue.poll(timeout)`; here every delivered notification and every poll timeout is
 * one step, and the `fle.poll` timer stands for the poll that is currently waiting.
 */
import type { PeerIO } from '../peer/io';
import { FINALIZE_WAIT_MS } from '../peer/io';
import type { Peer, PeerMemory } from '../peer/state';
import { initialVote } from './initial-vote';
import { checkLeader, hasQuorumFor, supporters, totalOrderPredicate } from './predicates';
import type { Notification, ServerState, Vote } from './types';
import { makeVote, voteOf } from './types';

/** Starts one lookForLeader call: a new round, our own vote, notifications to every voter. */
export function lookForLeader(peer: Peer, io: PeerIO): Vote | null {
  const mem = peer.mem!;
  const e = mem.election;
  e.recvset = new Map();
  e.outofelection = new Map();
  e.notTimeout = io.config.minNotificationInterval;
  e.logicalclock += 1;
  const init = initialVote(peer);
  e.proposedLeader = init.id;
  e.proposedZxid = init.zxid;
  e.proposedEpoch = init.epoch;
  io.mark('fle.lookForLeader', { logicalclock: e.logicalclock, leader: init.id, zxid: init.zxid, peerEpoch: init.epoch });
  sendNotifications(peer, io);
  e.phase = 'polling';
  return runLoop(peer, io);
}

/** sendNotifications: our proposal and round, LOOKING, to every voter including ourselves (loopback). */
export function sendNotifications(peer: Peer, io: PeerIO): void {
  const e = peer.mem!.election;
  // One immutable message for every voter: ToSend differs only in the recipient, which the transport knows.
  const message: Notification = {
    type: 'notification', state: 'LOOKING', leader: e.proposedLeader, zxid: e.proposedZxid,
    electionEpoch: e.logicalclock, peerEpoch: e.proposedEpoch, version: 2, sid: peer.sid,
  };
  for (const sid of io.qv.voters) io.sendNotification(sid, message);
  io.mark('fle.sendNotifications', { leader: e.proposedLeader, zxid: e.proposedZxid, logicalclock: e.logicalclock, peerEpoch: e.proposedEpoch });
}

/** A notification has been queued by the WorkerReceiver: let the loop take it if it is polling. */
export function electionReceive(peer: Peer, n: Notification, io: PeerIO): Vote | null {
  peer.mem!.election.recvqueue.push(n);
  return runLoop(peer, io);
}

/** The current poll (receive-poll or finalizeWait) timed out with nothing received. */
export function electionPollTimeout(peer: Peer, io: PeerIO): Vote | null {
  const mem = peer.mem!;
  const e = mem.election;
  if (e.phase === 'finalizing') return decide(peer, io, e.proposedLeader, 'fle.decided');
  if (e.phase !== 'polling') return null;
  if (io.haveDelivered()) {
    sendNotifications(peer, io);
    io.mark('fle.poll.resend', { timeoutMs: e.notTimeout, nextTimeoutMs: nextTimeout(e.notTimeout, io) });
  } else {
    io.connectAll();
    io.mark('fle.poll.connectAll', { timeoutMs: e.notTimeout, nextTimeoutMs: nextTimeout(e.notTimeout, io) });
  }
  e.notTimeout = nextTimeout(e.notTimeout, io);
  armPoll(mem, io, e.notTimeout);
  return null;
}

function nextTimeout(current: number, io: PeerIO): number {
  return Math.min(current * 2, io.config.maxNotificationInterval);
}

function armPoll(mem: PeerMemory, io: PeerIO, ms: number): void {
  mem.election.waitUntil = io.now + ms;
  io.setTimer('fle.poll', ms);
}

/** Drains the receive queue the way the blocking loop would, then re-arms the poll that is waiting. */
function runLoop(peer: Peer, io: PeerIO): Vote | null {
  const mem = peer.mem!;
  const e = mem.election;
  let pollEnded = false;
  while (e.recvqueue.length > 0 && mem.state === 'LOOKING') {
    if (e.phase === 'polling') {
      const n = e.recvqueue.shift()!;
      pollEnded = true;
      const end = handleNotification(peer, n, io);
      if (end) return end;
    } else if (e.phase === 'finalizing') {
      const n = e.recvqueue.shift()!;
      pollEnded = true;
      if (totalOrderPredicate(n.leader, n.zxid, n.peerEpoch, e.proposedLeader, e.proposedZxid, e.proposedEpoch)) {
        // 3.8 puts the better vote back at the tail and returns to the main loop.
        e.recvqueue.push(n);
        e.phase = 'polling';
        io.mark('fle.finalize.putBack', { from: n.sid, leader: n.leader, zxid: n.zxid, peerEpoch: n.peerEpoch });
      } else {
        io.mark('fle.finalize.discard', { from: n.sid, leader: n.leader, zxid: n.zxid, peerEpoch: n.peerEpoch });
      }
    } else {
      return null; // idle: queued until lookForLeader starts (e.g. an observer's delay)
    }
  }
  if (pollEnded || e.phase !== 'idle') {
    armPoll(mem, io, e.phase === 'finalizing' ? FINALIZE_WAIT_MS : e.notTimeout);
  }
  return null;
}

/** One pass of the main loop's body for a received notification (§1.8 steps 7–8). */
function handleNotification(peer: Peer, n: Notification, io: PeerIO): Vote | null {
  if (!io.qv.isVoter(n.sid) || !io.qv.isVoter(n.leader)) {
    io.mark('fle.ignore.nonVoter', { from: n.sid, leader: n.leader });
    return null;
  }
  switch (n.state) {
    case 'LOOKING':
      return handleLooking(peer, n, io);
    case 'OBSERVING':
      io.mark('fle.ignore.observing', { from: n.sid });
      return null;
    case 'FOLLOWING':
    case 'LEADING':
      return receivedFollowing(peer, n, io);
  }
}

/** A LOOKING notification (§1.8 handleLooking, §1.9). */
function handleLooking(peer: Peer, n: Notification, io: PeerIO): Vote | null {
  const mem = peer.mem!;
  const e = mem.election;
  if (initialVote(peer).zxid === -1n) {
    io.mark('fle.ignore.selfMinusOne', { from: n.sid });
    return null;
  }
  if (n.zxid === -1n) {
    io.mark('fle.ignore.zxidMinusOne', { from: n.sid });
    return null;
  }
  if (n.electionEpoch > e.logicalclock) {
    const from = e.logicalclock;
    e.logicalclock = n.electionEpoch;
    e.recvset.clear();
    const init = initialVote(peer);
    // Compared with our *initial* vote, not the proposal we held in the old round.
    const theirs = totalOrderPredicate(n.leader, n.zxid, n.peerEpoch, init.id, init.zxid, init.epoch);
    if (theirs) setProposal(mem, n.leader, n.zxid, n.peerEpoch);
    else setProposal(mem, init.id, init.zxid, init.epoch);
    io.mark('fle.round.jump', { from: n.sid, fromRound: from, toRound: n.electionEpoch, adopted: theirs, leader: e.proposedLeader });
    sendNotifications(peer, io);
  } else if (n.electionEpoch < e.logicalclock) {
    io.mark('fle.round.lower', { from: n.sid, round: n.electionEpoch, logicalclock: e.logicalclock });
    return null;
  } else if (totalOrderPredicate(n.leader, n.zxid, n.peerEpoch, e.proposedLeader, e.proposedZxid, e.proposedEpoch)) {
    io.mark('fle.vote.adopt', {
      from: n.sid, leader: n.leader, zxid: n.zxid, peerEpoch: n.peerEpoch,
      oldLeader: e.proposedLeader, oldZxid: e.proposedZxid, oldPeerEpoch: e.proposedEpoch,
    });
    setProposal(mem, n.leader, n.zxid, n.peerEpoch);
    sendNotifications(peer, io);
  } else {
    io.mark('fle.vote.keep', { from: n.sid, leader: n.leader, zxid: n.zxid, peerEpoch: n.peerEpoch });
  }
  e.recvset.set(n.sid, makeVote(n.leader, n.zxid, n.electionEpoch, n.peerEpoch));
  const target = makeVote(e.proposedLeader, e.proposedZxid, e.logicalclock, e.proposedEpoch);
  const acks = supporters(e.recvset, target);
  const support = acks.length;
  io.mark('fle.recvset.put', { from: n.sid, leader: n.leader, support, needed: Math.floor(io.qv.voters.length / 2) + 1 });
  if (io.qv.containsQuorum(acks)) {
    e.phase = 'finalizing';
    io.mark('fle.quorum.reached', { leader: e.proposedLeader, support, waitMs: FINALIZE_WAIT_MS });
  }
  return null;
}

/** A FOLLOWING or LEADING notification: a settled server tells us who leads (§1.8 receivedFollowing). */
function receivedFollowing(peer: Peer, n: Notification, io: PeerIO): Vote | null {
  const mem = peer.mem!;
  const e = mem.election;
  const nVote = voteOf(n);
  if (n.electionEpoch === e.logicalclock) {
    e.recvset.set(n.sid, makeVote(n.leader, n.zxid, n.electionEpoch, n.peerEpoch, n.state, 0));
    const quorum = hasQuorumFor(io.qv, e.recvset, nVote);
    const leaderSaid = checkLeader(e.recvset, n.leader, n.electionEpoch, peer.sid, e.logicalclock);
    io.mark('fle.following.recvset', { from: n.sid, leader: n.leader, state: n.state, quorum, checkLeader: leaderSaid });
    if (quorum && leaderSaid) return decide(peer, io, n.leader, 'fle.decided', n);
  }
  e.outofelection.set(n.sid, nVote);
  const quorum = hasQuorumFor(io.qv, e.outofelection, nVote);
  const leaderSaid = checkLeader(e.outofelection, n.leader, n.electionEpoch, peer.sid, e.logicalclock);
  io.mark('fle.following.outofelection', { from: n.sid, leader: n.leader, state: n.state, round: n.electionEpoch, quorum, checkLeader: leaderSaid });
  if (quorum && leaderSaid) {
    e.logicalclock = n.electionEpoch;
    return decide(peer, io, n.leader, 'fle.decided.outofelection', n);
  }
  return null;
}

/** setPeerState + leaveInstance: the election is over; returns the end vote. */
function decide(peer: Peer, io: PeerIO, leader: number, code: 'fle.decided' | 'fle.decided.outofelection', n?: Notification): Vote {
  const mem = peer.mem!;
  const e = mem.election;
  const state: ServerState = leader === peer.sid ? 'LEADING' : peer.observer ? 'OBSERVING' : 'FOLLOWING';
  const end = n
    ? makeVote(n.leader, n.zxid, n.electionEpoch, n.peerEpoch, 'LOOKING', 0)
    : makeVote(e.proposedLeader, e.proposedZxid, e.logicalclock, e.proposedEpoch, 'LOOKING', 0);
  mem.state = state;
  e.phase = 'idle';
  e.recvqueue = [];
  io.cancelTimer('fle.poll');
  io.mark(code, { leader: end.id, zxid: end.zxid, round: end.electionEpoch, peerEpoch: end.peerEpoch, state });
  return end;
}

function setProposal(mem: PeerMemory, leader: number, zxid: bigint, epoch: number): void {
  mem.election.proposedLeader = leader;
  mem.election.proposedZxid = zxid;
  mem.election.proposedEpoch = epoch;
}
