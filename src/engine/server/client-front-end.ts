/**
 * The front end every ZooKeeperServer shares, standalone or a peer of an ensemble (ZooKeeperServer's
 * processConnectRequest and processPacket): a connect opens or resumes a session; any other packet needs
 * an open session, which it touches; a ping stops there; setWatches re-registers the client's watches;
 * an auth packet adds ids to the connection, or fails and closes it (AuthFailed; the session lives on);
 * a packet over jute.maxbuffer drops the connection (the session lives on, §4.8); the rest is a write,
 * which enters the server's request pipeline, or a read, answered from the local tree.
 */
import type { DataTree } from '../datatree/data-tree';
import { isWriteOp, type ReadOp, type WriteOp } from '../datatree/request';
import { requestPacketLength } from '../datatree/request-size';
import type { ServerWatches } from '../watch/server-watches';
import { setWatches } from '../watch/set-watches';
import type { ClientPacket, ServerMessage } from '../zkcli/protocol';
import type { Id } from '../acl/acl';
import { addAuthInfo } from '../acl/connection-auth';

/** A ConnectRequest. */
export type ConnectPacket = Extract<ClientPacket, { kind: 'connect' }>;

/**
 * What one kind of server does at each point of the front end: `C` is its connection with an open
 * session, `R` what handling a packet returns.
 */
export interface ServerFrontEnd<C extends { authInfo: Id[] }, R> {
  /** What a packet that needs nothing more returns. */
  readonly done: R;
  readonly juteMaxBuffer: number;
  /** `zookeeper.DigestAuthenticationProvider.superDigest`, or null. */
  readonly superDigest: string | null;
  /** The tree and watch tables setWatches re-registers into. */
  readonly tree: DataTree;
  readonly watches: ServerWatches;
  connect(p: ConnectPacket): R;
  /** The connection if its session is open, touched now; null otherwise (the packet is ignored). */
  touchOpenSession(): C | null;
  /** Sends a message to this connection's client. */
  send(c: C, msg: ServerMessage): void;
  /** The packet's length prefix is over jute.maxbuffer: the connection is dropped. */
  lengthError(c: C): R;
  /** An addauth failed: the AuthFailed reply is sent; the connection must close. */
  authFailed(c: C): R;
  write(c: C, xid: number, op: WriteOp): R;
  read(c: C, xid: number, op: ReadOp): R;
}

/** Handles one packet that arrived on connection `cnxnId`. */
export function receiveClientPacket<C extends { authInfo: Id[] }, R>(cnxnId: string, packet: ClientPacket, fe: ServerFrontEnd<C, R>): R {
  if (packet.kind === 'connect') return fe.connect(packet);
  const c = fe.touchOpenSession();
  if (c === null || packet.kind === 'ping') return fe.done;
  if (packet.kind === 'auth') {
    if (addAuthInfo(c.authInfo, packet.scheme, packet.auth, fe.superDigest)) return fe.done;
    fe.send(c, { kind: 'authFailed' });
    return fe.authFailed(c);
  }
  if (packet.kind === 'setWatches') {
    for (const event of setWatches(fe.tree, fe.watches, cnxnId, packet)) fe.send(c, { kind: 'watch', event });
    return fe.done;
  }
  if (requestPacketLength(packet.op) > fe.juteMaxBuffer) return fe.lengthError(c);
  return isWriteOp(packet.op) ? fe.write(c, packet.xid, packet.op) : fe.read(c, packet.xid, packet.op);
}
