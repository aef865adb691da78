/**
 * The bridge's WebSocket protocol: JSON messages between the local bridge (node, `npm run bridge`) and the
 * app. Types only, so the UI can import them. The bridge is read-only unless started with
 * `--allow-commands`; then the app may run zkCli lines and the lock recipe on the real ensemble.
 */

/** Bumped on any incompatible change. */
export const BRIDGE_PROTOCOL_VERSION = 1;

/** What `srvr` says about one server of the ensemble. */
export interface ServerStatus {
  /** `host:port` of its client port, as given to `--zk`. */
  address: string;
  mode: 'leader' | 'follower' | 'observer' | 'standalone' | 'not-serving' | 'unreachable';
  /** `Zxid:` of srvr, lower-case hex; null when not serving or unreachable. */
  zxid: string | null;
  /** The epoch part of the zxid (its high 32 bits). */
  epoch: number | null;
  nodeCount: number | null;
  connections: number | null;
  /** Why the server could not be asked (e.g. `ECONNREFUSED`, or 4lw not whitelisted). */
  error: string | null;
}

/** One znode with the Stat fields zkCli prints (zxids and owner as hex, times in ms). */
export interface ZnodeInfo {
  path: string;
  czxid: string;
  mzxid: string;
  pzxid: string;
  ctime: number;
  mtime: number;
  version: number;
  cversion: number;
  aversion: number;
  ephemeralOwner: string;
  dataLength: number;
  numChildren: number;
  /** The first bytes of the data as UTF-8 text (null for no data). */
  dataPreview: string | null;
}

/** One client connection as `cons` lists it. */
export interface SessionInfo {
  server: string;
  client: string;
  sessionId: string | null;
  timeoutMs: number | null;
  lastOperation: string | null;
}

/** Watches per session as `wchc` lists them. */
export interface WatchInfo {
  server: string;
  sessionId: string;
  paths: string[];
}

/** Bridge → app. */
export type BridgeEvent =
  | { type: 'hello'; version: number; ensemble: string[]; commandsEnabled: boolean }
  /** The bridge's own client connection to the ensemble. */
  | { type: 'connection'; state: 'connecting' | 'connected' | 'disconnected' | 'expired'; atMs: number }
  | { type: 'servers'; atMs: number; servers: ServerStatus[] }
  | { type: 'tree'; atMs: number; nodes: ZnodeInfo[]; truncated: boolean }
  | { type: 'sessions'; atMs: number; sessions: SessionInfo[]; watches: WatchInfo[] }
  /** What a zkCli session printed in answer to a `zkcli` request (and later, e.g. watch events). */
  | { type: 'output'; requestId: string | null; session: string; lines: string[] }
  | { type: 'lock'; requestId: string; session: string; state: 'waiting' | 'acquired' | 'released'; node: string; waitingFor: string | null }
  | { type: 'error'; requestId: string | null; message: string };

/** App → bridge. */
export type BridgeRequest =
  | { type: 'refresh' }
  | { type: 'zkcli'; requestId: string; session: string; line: string }
  | { type: 'lock'; requestId: string; session: string; action: 'acquire' | 'release'; lockPath: string };

/** Limits on what the app may send, so one message cannot exhaust the bridge. */
export const BRIDGE_LIMITS = {
  /** Bytes of one WebSocket message; bigger ones close the socket (1009). */
  messageBytes: 64 * 1024,
  idChars: 64,
  sessionChars: 64,
  lineChars: 4096,
  pathChars: 1024,
  /** zkCli and lock sessions open at once, over all sockets of one bridge. */
  sessions: 16,
} as const;

/** Close codes of a refused handshake (the 4000–4999 range is the application's). */
export const CLOSE_BAD_TOKEN = 4401;
export const CLOSE_BAD_ORIGIN = 4403;
