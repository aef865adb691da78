/**
 * Live mode (issue 7): what the bridge reports about a real ensemble — servers, tree, sessions and
 * watches — plus the zkCli consoles and lock demo the user drives through it. Commands go out only when
 * the user types or clicks; the bridge itself refuses them unless started with --allow-commands.
 */
import { create } from 'zustand';
import type { BridgeEvent, ServerStatus, SessionInfo, WatchInfo, ZnodeInfo } from '../../worker/protocol.ts';
import { connectBridge, type BridgeClient, type LinkStatus } from './bridgeClient.ts';

/** Where the bridge listens by default (`npm run bridge` without --port). */
export const DEFAULT_BRIDGE_URL = 'ws://127.0.0.1:8787';
/** Console lines kept per session. */
const CONSOLE_CAP = 500;

/** One lock contender as the bridge last reported it. */
export interface LockView {
  readonly session: string;
  readonly state: 'waiting' | 'acquired' | 'released';
  readonly node: string;
  readonly waitingFor: string | null;
}

/** Live view state. */
export interface LiveState {
  readonly open: boolean;
  readonly url: string;
  /** The bridge's launch token (from the link it printed); kept in memory only. */
  readonly token: string;
  readonly link: LinkStatus;
  readonly hello: Extract<BridgeEvent, { type: 'hello' }> | null;
  readonly connection: Extract<BridgeEvent, { type: 'connection' }>['state'] | null;
  readonly servers: readonly ServerStatus[];
  readonly serversAt: number | null;
  readonly tree: readonly ZnodeInfo[];
  readonly treeTruncated: boolean;
  readonly sessions: readonly SessionInfo[];
  readonly watches: readonly WatchInfo[];
  /** Console lines per zkCli session name. */
  readonly consoles: Readonly<Record<string, readonly string[]>>;
  readonly locks: Readonly<Record<string, LockView>>;
  /** The last error the bridge reported, or a message it sent that we could not read. */
  readonly lastError: string | null;
}

const empty = { hello: null, connection: null, servers: [], serversAt: null, tree: [], treeTruncated: false, sessions: [], watches: [], lastError: null } as const;

/** The live store. */
export const useLiveStore = create<LiveState>()(() => ({ open: false, url: DEFAULT_BRIDGE_URL, token: '', link: { kind: 'closed' }, consoles: {}, locks: {}, ...empty }));

let client: BridgeClient | null = null;
let nextId = 1;
/** The console session of each zkCli request, so an error answer lands in the console that asked. */
const consoleOf = new Map<string, string>();

function appendConsole(session: string, lines: readonly string[]): void {
  useLiveStore.setState((s) => ({ consoles: { ...s.consoles, [session]: [...(s.consoles[session] ?? []), ...lines].slice(-CONSOLE_CAP) } }));
}

function receive(e: BridgeEvent): void {
  switch (e.type) {
    case 'hello': return useLiveStore.setState({ hello: e });
    case 'connection': return useLiveStore.setState({ connection: e.state });
    case 'servers': return useLiveStore.setState({ servers: e.servers, serversAt: e.atMs });
    case 'tree': return useLiveStore.setState({ tree: e.nodes, treeTruncated: e.truncated });
    case 'sessions': return useLiveStore.setState({ sessions: e.sessions, watches: e.watches });
    case 'output': return appendConsole(e.session, e.lines);
    case 'lock': return useLiveStore.setState((s) => ({ locks: { ...s.locks, [e.session]: { session: e.session, state: e.state, node: e.node, waitingFor: e.waitingFor } } }));
    case 'error': {
      const session = e.requestId === null ? undefined : consoleOf.get(e.requestId);
      return session === undefined ? useLiveStore.setState({ lastError: e.message }) : appendConsole(session, [`error: ${e.message}`]);
    }
  }
}

/** Whether `url` is a WebSocket address the app may use. */
export function validBridgeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'ws:' || u.protocol === 'wss:';
  } catch {
    return false;
  }
}

/** A bridge address and token read from what the bridge printed. */
export interface BridgeLink {
  readonly url: string;
  readonly token: string;
}

/**
 * Reads the link the bridge prints (`http://…/#bridge=ws%3A…&token=…`), its fragment alone, or a socket
 * address with `?token=`; null when the text is none of these.
 */
export function readBridgeLink(text: string): BridgeLink | null {
  const hash = text.indexOf('#bridge=');
  try {
    if (hash >= 0) {
      const p = new URLSearchParams(text.slice(hash + 1));
      const url = p.get('bridge') ?? '';
      const token = p.get('token') ?? '';
      return validBridgeUrl(url) && token !== '' ? { url, token } : null;
    }
    const u = new URL(text);
    const token = u.searchParams.get('token');
    if (!validBridgeUrl(text) || token === null || token === '') return null;
    u.searchParams.delete('token');
    return { url: u.toString().replace(/\/$/, ''), token };
  } catch {
    return null;
  }
}

/**
 * Opens the live panel connected to the bridge when the page was opened with the bridge's link, and takes
 * the token out of the address bar (so a later Share or bookmark cannot carry it). True when it did.
 */
export function openBridgeLinkOf(loc: Location): boolean {
  const link = loc.hash.startsWith('#bridge=') ? readBridgeLink(loc.hash) : null;
  if (link === null) return false;
  history.replaceState(null, '', `${loc.pathname}${loc.search}`);
  useLiveStore.setState({ open: true });
  connectLive(link.url, link.token);
  return true;
}

/** Connects (or reconnects) to the bridge at `url` with its access token. */
export function connectLive(url: string, token: string): void {
  client?.close();
  useLiveStore.setState({ url, token, ...empty });
  client = connectBridge(url, token, {
    status: (link) => useLiveStore.setState(link.kind === 'open' ? { link, lastError: null } : { link }),
    event: receive,
    garbage: (text) => useLiveStore.setState({ lastError: `unreadable message from the bridge: ${text}` }),
  });
}

/** Disconnects and stops retrying. */
export function disconnectLive(): void {
  client?.close();
  client = null;
}

/** Shows or hides the live panel (hiding also disconnects). */
export function setLiveOpen(open: boolean): void {
  if (!open) disconnectLive();
  useLiveStore.setState({ open });
}

/** Runs one zkCli line in the named session on the real ensemble; false when the bridge is not connected. */
export function runLive(session: string, line: string): boolean {
  const requestId = `c${nextId++}`;
  consoleOf.set(requestId, session);
  appendConsole(session, [`[${session}]> ${line}`]);
  return client?.send({ type: 'zkcli', requestId, session, line }) ?? false;
}

/** Asks for or releases the demo lock for a session. */
export function lockLive(session: string, action: 'acquire' | 'release', lockPath: string): boolean {
  return client?.send({ type: 'lock', requestId: `l${nextId++}`, session, action, lockPath }) ?? false;
}

/** Asks the bridge to poll again now. */
export function refreshLive(): void {
  client?.send({ type: 'refresh' });
}
