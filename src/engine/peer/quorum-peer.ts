/**
 * QuorumPeer: boots from disk, runs lookForLeader, then leads, follows or observes until that ends,
 * and looks again (reference §2). `stepPeer` is the single entry point for every input.
 */
import { lookForLeader, electionPollTimeout } from '../election/fast-leader-election';
import { workerReceive } from '../election/worker-receiver';
import type { Vote } from '../election/types';
import { makeVote } from '../election/types';
import type { ServerState } from '../election/types';
import { fastForwardDatabase, initEpochFiles, loadDatabase, setLastProcessedZxid } from './database';
import { closeAllClients, onClientClosed, onClientPacket } from '../server/client-requests';
import { leaderSessionExpiry } from '../server/leader-pipeline';
import { createZkServerState } from '../server/zk-server-state';
import type { PeerInput, PeerIO } from './io';
import type { LeaderExit } from './leader';
import { lead, leaderBarrierTimeout, leaderShutdown, leaderTick } from './leader';
import { closeHandler } from './learner-handler';
import { leaderOnPacket } from './learner-handler-read';
import type { LearnerExit } from './learner';
import { followLeader, learnerConnected, learnerConnectFailed, learnerConnectRetry, learnerOnPacket } from './learner';
import type { Peer, PeerMemory } from './state';

/** What the world must do after a step besides the IO calls: only a fatal exit stops the process. */
export interface StepOutcome {
  readonly exited: string | null;
}

const CONTINUE: StepOutcome = { exited: null };

/** Options for booting a peer. */
export interface StartOptions {
  /** zookeeper.db.autocreate=false with an empty data dir and no `initialize` file: the zxid is -1. */
  readonly untrustedEmptyDatabase?: boolean;
}

/** start: load the database and epoch files from disk, then look for a leader. */
export function startPeer(peer: Peer, io: PeerIO, options: StartOptions = {}): StepOutcome {
  const db = loadDatabase(peer.disk);
  initEpochFiles(peer.disk, db.lastProcessedZxid);
  // FileTxnSnapLog.restore: "Unexpected empty data tree, setting zxid to -1".
  if (options.untrustedEmptyDatabase) setLastProcessedZxid(db, -1n);
  const mem: PeerMemory = {
    state: 'LOOKING', zabState: 'ELECTION', db, serving: false, leader: null, learner: null,
    zk: createZkServerState(peer.sid, io.now, io.config.tickTime),
    currentVote: makeVote(peer.sid, db.lastProcessedZxid, -1, peer.disk.currentEpoch ?? 0),
    election: {
      logicalclock: 0, proposedLeader: -1, proposedZxid: -1n, proposedEpoch: -1, recvset: new Map(),
      outofelection: new Map(), notTimeout: io.config.minNotificationInterval, phase: 'idle', recvqueue: [], waitUntil: 0,
    },
  };
  peer.mem = mem;
  io.mark('peer.start', { zxid: db.lastProcessedZxid, currentEpoch: peer.disk.currentEpoch, acceptedEpoch: peer.disk.acceptedEpoch });
  return elected(peer, lookForLeader(peer, io), io);
}

/** stop: the process ends; memory is gone, the disk stays. */
export function stopPeer(peer: Peer): void {
  peer.mem = null;
}

/** Hands one input to a running peer. */
export function stepPeer(peer: Peer, input: PeerInput, io: PeerIO): StepOutcome {
  const mem = peer.mem;
  if (!mem) return CONTINUE;
  switch (input.kind) {
    case 'notification':
      return elected(peer, workerReceive(peer, input.n, io), io);
    case 'timer':
      return onTimer(peer, input.key, io);
    case 'zabConnected':
      if (mem.learner?.phase === 'connecting' && mem.learner.leader === input.peer) learnerConnected(peer, io);
      return CONTINUE;
    case 'zabConnectFailed':
      if (mem.learner?.phase === 'connecting' && mem.learner.leader === input.peer) return ended(peer, learnerConnectFailed(peer, io), io);
      return CONTINUE;
    case 'zabPacket':
      if (mem.leader) leaderOnPacket(peer, input.from, input.packet, io);
      else if (mem.learner && mem.learner.leader === input.from) return ended(peer, learnerOnPacket(peer, input.packet, io), io);
      return abdicateIfAsked(peer, io);
    case 'zabClosed':
      return onClosed(peer, input.peer, io);
    case 'clientPacket':
      if (onClientPacket(peer, input.cnxnId, input.packet, io) === 'rollover' && mem.leader) mem.leader.abdicate = ROLLOVER;
      return abdicateIfAsked(peer, io);
    case 'clientClosed':
      onClientClosed(peer, input.cnxnId);
      return CONTINUE;
  }
}

const ROLLOVER = 'zxid lower 32 bits have rolled over, forcing re-election, and therefore new epoch start';

/** Leader.propose refused a zxid whose counter reached 0xffffffff: shut down to start a new epoch (§3.7). */
function abdicateIfAsked(peer: Peer, io: PeerIO): StepOutcome {
  const reason = peer.mem?.leader?.abdicate;
  return reason ? ended(peer, { reason }, io) : CONTINUE;
}

function onTimer(peer: Peer, key: string, io: PeerIO): StepOutcome {
  const mem = peer.mem!;
  if (key === 'fle.poll') return elected(peer, electionPollTimeout(peer, io), io);
  if (key === 'observer.delay') return elected(peer, lookForLeader(peer, io), io);
  if (key === 'learner.connectRetry' && mem.learner) {
    learnerConnectRetry(peer, io);
    return CONTINUE;
  }
  if (key === 'learner.read' && mem.learner) {
    io.mark('zab.timeout.read', { leader: mem.learner.leader });
    return ended(peer, { reason: 'Read timed out' }, io);
  }
  if (key === 'leader.barrier' && mem.leader) return ended(peer, leaderBarrierTimeout(peer, io), io);
  if (key === 'leader.tick' && mem.leader) return ended(peer, leaderTick(peer, io), io);
  if (key === 'leader.sessionExpiry' && mem.zk.pipeline) {
    if (leaderSessionExpiry(peer, io) === 'rollover') return ended(peer, { reason: ROLLOVER }, io);
    return CONTINUE;
  }
  if (key.startsWith('handler.read.') && mem.leader) {
    const h = mem.leader.handlers.get(Number(key.slice('handler.read.'.length)));
    if (h) closeHandler(peer, h, io, 'Read timed out');
  }
  return CONTINUE;
}

function onClosed(peer: Peer, other: number, io: PeerIO): StepOutcome {
  const mem = peer.mem!;
  if (mem.learner && mem.learner.leader === other && mem.learner.phase !== 'connecting') {
    io.mark('zab.leader.lost', { leader: other });
    return ended(peer, { reason: 'Connection to the leader closed' }, io);
  }
  const h = mem.leader?.handlers.get(other);
  if (h) closeHandler(peer, h, io, 'Connection closed by the learner');
  return CONTINUE;
}

/** The election returned: become LEADING, FOLLOWING or OBSERVING (setPeerState was done by FLE). */
function elected(peer: Peer, vote: Vote | null, io: PeerIO): StepOutcome {
  if (!vote) return CONTINUE;
  const mem = peer.mem!;
  mem.currentVote = vote;
  io.mark('peer.state', { state: mem.state, leader: vote.id, round: vote.electionEpoch });
  if (mem.state === 'LEADING') return ended(peer, lead(peer, io), io);
  followLeader(peer, io);
  return CONTINUE;
}

/** lead()/followLeader() returned: shut the role down and look again (updateServerState). */
function ended(peer: Peer, exit: LeaderExit | LearnerExit | null, io: PeerIO): StepOutcome {
  if (!exit) return CONTINUE;
  const mem = peer.mem!;
  if ('fatal' in exit && exit.fatal) return { exited: exit.reason };
  const was: ServerState = mem.state;
  closeAllClients(peer, io);
  if (mem.leader) leaderShutdown(peer, io);
  if (mem.learner) {
    // Learner.shutdown: a SNAP not yet sealed by NEWLEADER clears the database (zkDb.clear), and the next
    // getLastLoggedZxid reloads the old state from disk.
    if (mem.learner.syncMode === 'SNAP' && !mem.learner.newLeaderSeen) {
      mem.db = loadDatabase(peer.disk);
      io.mark('zab.snap.discarded', { zxid: mem.db.lastProcessedZxid });
    }
    io.zabClose(mem.learner.leader);
    io.cancelTimer('learner.read');
    io.cancelTimer('learner.connectRetry');
    mem.learner = null;
  }
  // ZooKeeperServer.shutdown fast-forwards the database: logged proposals enter the tree.
  fastForwardDatabase(mem.db, peer.disk);
  mem.serving = false;
  mem.state = 'LOOKING';
  mem.zabState = 'ELECTION';
  io.mark('peer.state', { state: 'LOOKING', was, reason: exit.reason });
  if (was === 'OBSERVING' && io.config.observerElectionDelayMs > 0) {
    // Observer.waitForObserverElectionDelay: a random delay in [0, DelayMs) spreads the observers out.
    const delayMs = io.random(io.config.observerElectionDelayMs);
    io.mark('peer.observerDelay', { delayMs });
    io.setTimer('observer.delay', delayMs);
    return CONTINUE;
  }
  return elected(peer, lookForLeader(peer, io), io);
}
