/**
 * What each kind of agenda event does to the world.
 */
import type { PeerInput } from '../engine/peer/io';
import { startPeer, stepPeer } from '../engine/peer/quorum-peer';
import { takeTimer } from './agenda';
import { runAction } from './actions';
import { connectionUp, electionConnectionAlive, electionDelivered, retransmitLater } from './election-transport';
import { reachable } from './network';
import { stopServer } from './server-lifecycle';
import type { SimEvent } from './world-state';
import type { World } from './world';
import { closeLink, linkDelivers, zabSynArrived } from './zab-links';
import { clientConnectionClosed, clientReceives, clientRetry, clientTick, closeFromServer } from './clients';

/** Which server handled an event and which message it delivered, for the step record. */
export interface Handled {
  readonly sid: number | null;
  readonly messageId: number | null;
  /** The index in World.actions of the action carried out, if any. */
  readonly actionIndex?: number;
}

const NOBODY: Handled = { sid: null, messageId: null };

/** Applies one agenda event. */
export function handleEvent(w: World, ev: SimEvent): Handled {
  switch (ev.kind) {
    case 'action':
      return { ...runAction(w, w.actions[ev.index]), actionIndex: ev.index };
    case 'timer':
      if (!takeTimer(w, ev.sid, ev.key, ev.gen)) return NOBODY;
      input(w, ev.sid, { kind: 'timer', key: ev.key });
      return { sid: ev.sid, messageId: null };
    case 'deliver':
      return deliver(w, ev.messageId);
    case 'connUp':
      connectionUp(w, ev.a, ev.b, ev.gen);
      return NOBODY;
    case 'zabSyn':
      zabSynArrived(w, ev.linkId);
      return NOBODY;
    case 'zabConnectResult': {
      const link = w.state.links.get(ev.linkId);
      // A link the learner closed itself is stale; one reset by the leader's death still fails the dial.
      if (!link || (link.closed && !(link.reset && !ev.ok))) return NOBODY;
      if (!ev.ok) w.state.links.delete(link.id);
      input(w, link.learner, ev.ok ? { kind: 'zabConnected', peer: link.leader } : { kind: 'zabConnectFailed', peer: link.leader });
      return { sid: link.learner, messageId: null };
    }
    case 'clientToServer': {
      const cn = w.state.cnxns.get(ev.cnxnId);
      if (!cn) return NOBODY;
      if (!w.state.peers.get(cn.server)?.mem) {
        closeFromServer(w, ev.cnxnId, 'connection refused');
        return NOBODY;
      }
      input(w, cn.server, { kind: 'clientPacket', cnxnId: ev.cnxnId, packet: ev.packet });
      return { sid: cn.server, messageId: null };
    }
    case 'clientGone':
      input(w, ev.server, { kind: 'clientClosed', cnxnId: ev.cnxnId });
      return { sid: ev.server, messageId: null };
    case 'serverToClient':
      clientReceives(w, ev.cnxnId, ev.message);
      return NOBODY;
    case 'clientConnectionClosed':
      clientConnectionClosed(w, ev.cnxnId);
      return NOBODY;
    case 'clientTick':
      clientTick(w, ev.client, ev.gen);
      return NOBODY;
    case 'clientRetry':
      clientRetry(w, ev.client);
      return NOBODY;
    case 'zabClosed': {
      const link = w.state.links.get(ev.linkId);
      if (!link) return NOBODY;
      const other = link.learner === ev.to ? link.leader : link.learner;
      input(w, ev.to, { kind: 'zabClosed', peer: other });
      return { sid: ev.to, messageId: null };
    }
  }
}

/** Hands an input to a running peer and carries out a fatal exit. */
export function input(w: World, sid: number, inp: PeerInput): void {
  const peer = w.state.peers.get(sid);
  if (!peer?.mem) return;
  w.io.sid = sid;
  const out = stepPeer(peer, inp, w.io);
  if (out.exited) {
    w.state.exited.set(sid, out.exited);
    stopServer(w, sid);
  }
}

/** Boots a stopped server from its disk. */
export function boot(w: World, sid: number): void {
  const peer = w.state.peers.get(sid);
  if (!peer || peer.mem) return;
  w.io.sid = sid;
  startPeer(peer, w.io);
}

function deliver(w: World, id: number): Handled {
  const m = w.state.inFlight.get(id);
  if (!m) return NOBODY;
  w.state.inFlight.delete(id);
  if (m.lostAt !== null) return { sid: null, messageId: id };
  if (m.channel === 'election' && electionConnectionAlive(w, m.from, m.to, m.connection) && !reachable(w, m.from, m.to)) {
    if (retransmitLater(w, m)) return NOBODY;
    m.lostAt = w.state.now;
    m.lostWhy = 'partition';
    return { sid: null, messageId: id };
  }
  if (!reachable(w, m.from, m.to) || !w.state.peers.get(m.to)?.mem) return { sid: null, messageId: id };
  if (m.channel === 'election') {
    if (!electionConnectionAlive(w, m.from, m.to, m.connection)) {
      // Its connection was replaced or errored while it waited: the data died with the socket.
      m.lostAt = w.state.now;
      m.lostWhy = 'closed';
      return { sid: null, messageId: id };
    }
    electionDelivered(w, m.from, m.to);
    input(w, m.to, { kind: 'notification', n: m.payload });
    return { sid: m.to, messageId: id };
  }
  if (!linkDelivers(w, m.connection, m.from, m.sentAt)) return { sid: null, messageId: id };
  const mem = w.state.peers.get(m.to)!.mem!;
  const expected = mem.leader !== null || mem.learner?.leader === m.from;
  if (!expected) {
    // Nobody on this end wants the connection any more: it is reset.
    const link = w.state.links.get(m.connection);
    if (link) closeLink(w, link, m.to);
    return { sid: m.to, messageId: id };
  }
  input(w, m.to, { kind: 'zabPacket', from: m.from, packet: m.payload });
  return { sid: m.to, messageId: id };
}
