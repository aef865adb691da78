/**
 * The wire between a client and the server it is connected to: packets up, messages down. A client talks
 * to any server (standalone now, an ensemble member later) only through these (reference §3.8, §5.4).
 */
import type { Zxid } from '../zxid.ts';
import type { ReadOp, WriteOp } from '../datatree/request.ts';
import type { Stat } from '../datatree/stat.ts';
import type { ACL } from '../acl/acl.ts';
import type { WatchedEvent } from '../watch/watched-event.ts';
import type { SetWatchesRequest } from '../watch/set-watches.ts';

/** Client → server. */
export type ClientPacket =
  | { kind: 'connect'; timeout: number; lastZxidSeen: Zxid; sessionId: bigint }
  | { kind: 'request'; xid: number; op: ReadOp | WriteOp }
  | { kind: 'ping' }
  /** addauth (xid -4): answered only when it fails, with AuthFailed and a closed connection. */
  | { kind: 'auth'; scheme: string; auth: string | null }
  /** After a reconnect: the client's watch tables and the last zxid it saw (SetWatches2, §5.5). */
  | ({ kind: 'setWatches' } & SetWatchesRequest);

/** The reply body of one op (only the fields that op returns are set). */
export interface ResponseBody {
  path?: string;
  stat?: Stat | null;
  data?: string | null;
  children?: string[];
  acl?: ACL[];
  /** getAllChildrenNumber. */
  number?: number;
  ephemerals?: string[];
  /** Per-op codes of a multi (0 OK, the failure's code, -2 after it). */
  multi?: { err: number; path?: string; stat?: Stat | null }[];
}

/** Server → client, FIFO on the connection: watch events of a txn come before the response (§5.4). */
export type ServerMessage =
  | { kind: 'connected'; sessionId: bigint; timeout: number }
  | { kind: 'response'; xid: number; zxid: Zxid; err: number; body: ResponseBody }
  | { kind: 'watch'; event: WatchedEvent }
  /** The server ended the session (closeSession applied, or expiry seen at reconnect). */
  | { kind: 'sessionClosed'; expired: boolean }
  /** An addauth the server could not authenticate: the connection is closed (the session lives on). */
  | { kind: 'authFailed' }
  /** The connection dropped without the session ending (e.g. a packet over jute.maxbuffer, §4.8). */
  | { kind: 'connectionLost' };
