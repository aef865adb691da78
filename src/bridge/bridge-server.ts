/**
 * The live bridge: a WebSocket server on 127.0.0.1 that watches a real ensemble and tells every admitted
 * app what it sees (BridgeEvent), polling `srvr`/`cons`/`wchc` on each server and reading the tree through
 * one client connection. With `commandsEnabled` it also runs zkCli lines (the engine's own zkCli, per
 * session name) and the lock recipe. Only a handshake with the launch token from an allowed Origin is
 * admitted (access.ts); every message is shape-checked (protocol-check.ts) and a bad one gets an error
 * reply, never a crash. Lost servers and a lost client connection are reported; requests made while
 * ZooKeeper is unreachable fail at once.
 */
import zookeeper from 'node-zookeeper-client';
import type { Client } from 'node-zookeeper-client';
import { WebSocketServer, type WebSocket } from 'ws';
import { checkHandshake } from './access.ts';
import { answerLine, BridgeSessions, type OpenSession } from './bridge-sessions.ts';
import { parseCons, parseSrvr, parseWchc } from './four-letter.ts';
import { acquireLock, releaseLock } from './lock-recipe.ts';
import { readBridgeRequest } from './protocol-check.ts';
import { BRIDGE_LIMITS, BRIDGE_PROTOCOL_VERSION, type BridgeEvent, type BridgeRequest } from './protocol.ts';
import { takeRealOutput } from './real-zkcli.ts';
import { fourLetterWord } from './real-server.ts';
import { walkTree } from './tree-walk.ts';

/** Options of `npm run bridge`. */
export interface BridgeOptions {
  /** `host:port` client addresses of the ensemble's servers. */
  ensemble: string[];
  port: number;
  commandsEnabled: boolean;
  pollMs: number;
  /** The launch token every handshake must carry (`?token=`). */
  token: string;
  /** Page origins allowed to connect (a handshake without Origin is a non-browser client). */
  allowedOrigins: string[];
  /** A zkCli or lock session unused this long is closed. */
  sessionIdleMs: number;
  /** Where refusals and other notable events are logged (one line each). */
  log: (line: string) => void;
}

/** A running bridge. */
export interface Bridge {
  port: number;
  /** zkCli and lock sessions open now (each a ZooKeeper connection). */
  openSessions: () => number;
  close: () => Promise<void>;
}

/** The client State's name (`SYNC_CONNECTED`, `DISCONNECTED`, `EXPIRED`, …); its typings omit the field. */
const stateName = (s: unknown): string => (s as { name?: string }).name ?? String(s);

const split = (address: string): [string, number] => {
  const i = address.lastIndexOf(':');
  return [address.slice(0, i), Number(address.slice(i + 1))];
};

const sendTo = (ws: WebSocket, e: BridgeEvent): void => {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(e));
};

/** Starts the bridge; resolves once it listens. */
export function startBridge(options: BridgeOptions): Promise<Bridge> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: options.port, maxPayload: BRIDGE_LIMITS.messageBytes });
  const admitted = new Set<WebSocket>();
  const broadcast = (e: BridgeEvent): void => {
    for (const ws of admitted) sendTo(ws, e);
  };
  const connectString = options.ensemble.join(',');
  const unreachable = `ZooKeeper is unreachable (no server of ${connectString} answers); try again when it is back`;
  const client: Client = zookeeper.createClient(connectString, { sessionTimeout: 30000, spinDelay: 1000, retries: 1_000_000 });
  let connection: Extract<BridgeEvent, { type: 'connection' }> = { type: 'connection', state: 'connecting', atMs: Date.now() };
  const sessions = new BridgeSessions(connectString, options.sessionIdleMs);
  client.on('state', (s) => {
    const name = stateName(s);
    const state = name === 'SYNC_CONNECTED' ? 'connected' : name === 'EXPIRED' ? 'expired' : 'disconnected';
    connection = { type: 'connection', state, atMs: Date.now() };
    broadcast(connection);
    if (state !== 'connected') sessions.failAll(unreachable);
    // An expired session never comes back: open a new one, as a ZooKeeper application must.
    if (state === 'expired') client.connect();
  });
  client.connect();

  const poll = async (): Promise<void> => {
    const atMs = Date.now();
    const servers = await Promise.all(options.ensemble.map(async (a) => parseSrvr(a, await fourLetterWord(...split(a), 'srvr'))));
    broadcast({ type: 'servers', atMs, servers });
    const cons = await Promise.all(options.ensemble.map(async (a) => parseCons(a, await fourLetterWord(...split(a), 'cons'))));
    const wchc = await Promise.all(options.ensemble.map(async (a) => parseWchc(a, await fourLetterWord(...split(a), 'wchc'))));
    broadcast({ type: 'sessions', atMs, sessions: cons.flat(), watches: wchc.flat() });
    if (stateName(client.getState()) === 'SYNC_CONNECTED') {
      const tree = await walkTree(client);
      broadcast({ type: 'tree', atMs, ...tree });
    }
  };
  let polling = false;
  const tick = (): void => {
    if (polling) return;
    polling = true;
    poll().catch((e: Error) => broadcast({ type: 'error', requestId: null, message: `poll failed: ${e.message}` })).finally(() => (polling = false));
  };
  const timer = setInterval(tick, options.pollMs);
  tick();

  const handle = (ws: WebSocket, req: BridgeRequest): void => {
    if (req.type === 'refresh') return tick();
    const fail = (message: string): void => sendTo(ws, { type: 'error', requestId: req.requestId, message });
    if (!options.commandsEnabled) return fail('the bridge is read-only: start it with --allow-commands to run commands');
    if (connection.state !== 'connected') return fail(unreachable);
    const s = sessions.open(ws, req.type, req.session);
    if (typeof s === 'string') return fail(s);
    sessions.run(s, () => (req.type === 'zkcli' && s.kind === 'zkcli' ? runZkCli(ws, s, req) : req.type === 'lock' && s.kind === 'lock' ? runLock(ws, s, req) : Promise.resolve()));
  };

  /** Runs one request of a session; a failure (or ZooKeeper going away) answers with an error and abandons the session. */
  const settle = <T>(ws: WebSocket, s: OpenSession, requestId: string, work: Promise<T>, done: (v: T) => void): Promise<void> =>
    new Promise<void>((resolve) => {
      let over = false;
      const finish = (message: string | null, v?: T): void => {
        if (over) return;
        over = true;
        untrack();
        if (message === null) done(v as T);
        else {
          sessions.discard(ws, s);
          sendTo(ws, { type: 'error', requestId, message });
        }
        resolve();
      };
      const untrack = sessions.track((m) => finish(m));
      work.then((v) => finish(null, v), (e: Error) => finish(connection.state === 'connected' ? e.message : unreachable));
    });

  const runZkCli = (ws: WebSocket, s: Extract<OpenSession, { kind: 'zkcli' }>, req: Extract<BridgeRequest, { type: 'zkcli' }>): Promise<void> => {
    // Lines printed between requests (a watch firing) are the session's own, not this request's answer.
    const between = takeRealOutput(s.cli);
    if (between.length > 0) sendTo(ws, { type: 'output', requestId: null, session: req.session, lines: between });
    return settle(ws, s, req.requestId, answerLine(s.cli, req.line), (lines) => sendTo(ws, { type: 'output', requestId: req.requestId, session: req.session, lines }));
  };

  const runLock = (ws: WebSocket, s: Extract<OpenSession, { kind: 'lock' }>, req: Extract<BridgeRequest, { type: 'lock' }>): Promise<void> => {
    const report = (state: 'waiting' | 'acquired' | 'released', node: string, waitingFor: string | null): void => sendTo(ws, { type: 'lock', requestId: req.requestId, session: req.session, state, node, waitingFor });
    if (req.action === 'acquire') {
      if (s.node !== null) return settle(ws, s, req.requestId, Promise.reject(new Error(`session ${req.session} already holds ${s.node}`)), () => undefined);
      return settle(ws, s, req.requestId, acquireLock(s.client, req.lockPath, report), (node) => (s.node = node));
    }
    if (s.node === null) {
      sendTo(ws, { type: 'error', requestId: req.requestId, message: `session ${req.session} holds no lock` });
      return Promise.resolve();
    }
    return settle(ws, s, req.requestId, releaseLock(s.client, s.node, report), () => (s.node = null));
  };

  wss.on('connection', (ws, httpReq) => {
    const refusal = checkHandshake(httpReq, options.token, options.allowedOrigins);
    if (refusal !== null) {
      options.log(refusal.log);
      ws.close(refusal.code, refusal.reason);
      return;
    }
    admitted.add(ws);
    sendTo(ws, { type: 'hello', version: BRIDGE_PROTOCOL_VERSION, ensemble: options.ensemble, commandsEnabled: options.commandsEnabled });
    sendTo(ws, connection);
    ws.on('message', (data) => {
      const read = readBridgeRequest(String(data));
      if (read.ok) handle(ws, read.value);
      else sendTo(ws, { type: 'error', requestId: read.requestId, message: read.problem });
    });
    // A message over maxPayload (or any socket fault) ends this socket only; the bridge goes on.
    ws.on('error', (e) => options.log(`closed a socket: ${e.message}`));
    ws.on('close', () => {
      admitted.delete(ws);
      sessions.closeSocket(ws);
    });
  });
  return new Promise((resolve, reject) => {
    wss.once('error', reject);
    wss.once('listening', () => {
      const port = (wss.address() as { port: number }).port;
      resolve({
        port,
        openSessions: () => sessions.count,
        close: async () => {
          clearInterval(timer);
          sessions.closeAll();
          client.close();
          for (const ws of wss.clients) ws.terminate();
          await new Promise<void>((r) => wss.close(() => r()));
        },
      });
    });
  });
}
