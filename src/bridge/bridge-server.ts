/**
 * The live bridge: a WebSocket server on 127.0.0.1 that watches a real ensemble and tells every connected
 * app what it sees (BridgeEvent), polling `srvr`/`cons`/`wchc` on each server and reading the tree through
 * one client connection. With `commandsEnabled` it also runs zkCli lines (the engine's own zkCli, per
 * session name) and the lock recipe. Lost servers and a lost client connection are reported; the client
 * reconnects by itself and the polls keep trying.
 */
import zookeeper from 'node-zookeeper-client';
import type { Client } from 'node-zookeeper-client';
import { WebSocketServer, type WebSocket } from 'ws';
import { fourLetterWord } from './real-server.ts';
import { parseCons, parseSrvr, parseWchc } from './four-letter.ts';
import { acquireLock, releaseLock } from './lock-recipe.ts';
import { BRIDGE_PROTOCOL_VERSION, type BridgeEvent, type BridgeRequest } from './protocol.ts';
import { isBusy, startRealZkCli, takeRealOutput, typeRealLine, closeRealZkCli, type RealZkCli } from './real-zkcli.ts';
import { walkTree } from './tree-walk.ts';

/** Options of `npm run bridge`. */
export interface BridgeOptions {
  /** `host:port` client addresses of the ensemble's servers. */
  ensemble: string[];
  port: number;
  commandsEnabled: boolean;
  pollMs: number;
}

/** A running bridge. */
export interface Bridge {
  port: number;
  close: () => Promise<void>;
}

/** The client State's name (`SYNC_CONNECTED`, `DISCONNECTED`, `EXPIRED`, …); its typings omit the field. */
const stateName = (s: unknown): string => (s as { name?: string }).name ?? String(s);

const split = (address: string): [string, number] => {
  const i = address.lastIndexOf(':');
  return [address.slice(0, i), Number(address.slice(i + 1))];
};

/** Starts the bridge; resolves once it listens. */
export function startBridge(options: BridgeOptions): Promise<Bridge> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: options.port });
  const broadcast = (e: BridgeEvent): void => {
    const text = JSON.stringify(e);
    for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.send(text);
  };
  const client: Client = zookeeper.createClient(options.ensemble.join(','), { sessionTimeout: 30000, spinDelay: 1000, retries: 1_000_000 });
  client.on('state', (s) => {
    const name = stateName(s);
    const state = name === 'SYNC_CONNECTED' ? 'connected' : name === 'EXPIRED' ? 'expired' : 'disconnected';
    broadcast({ type: 'connection', state, atMs: Date.now() });
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

  const sessions = new Map<string, RealZkCli>();
  const lockClients = new Map<string, { client: Client; node: string | null }>();
  const handle = (ws: WebSocket, req: BridgeRequest): void => {
    if (req.type === 'refresh') return tick();
    if (!options.commandsEnabled) {
      ws.send(JSON.stringify({ type: 'error', requestId: req.requestId, message: 'the bridge is read-only: start it with --allow-commands to run commands' } satisfies BridgeEvent));
      return;
    }
    if (req.type === 'zkcli') return runZkCli(sessions, options.ensemble.join(','), req, broadcast);
    runLock(lockClients, options.ensemble.join(','), req, broadcast);
  };
  wss.on('connection', (ws) => {
    ws.send(JSON.stringify({ type: 'hello', version: BRIDGE_PROTOCOL_VERSION, ensemble: options.ensemble, commandsEnabled: options.commandsEnabled } satisfies BridgeEvent));
    ws.on('message', (data) => {
      let req: BridgeRequest;
      try {
        req = JSON.parse(String(data)) as BridgeRequest;
      } catch {
        ws.send(JSON.stringify({ type: 'error', requestId: null, message: 'a request must be one JSON object (see src/bridge/protocol.ts)' } satisfies BridgeEvent));
        return;
      }
      handle(ws, req);
    });
  });
  return new Promise((resolve, reject) => {
    wss.once('error', reject);
    wss.once('listening', () => {
      const port = (wss.address() as { port: number }).port;
      resolve({
        port,
        close: async () => {
          clearInterval(timer);
          for (const s of sessions.values()) closeRealZkCli(s);
          for (const l of lockClients.values()) l.client.close();
          client.close();
          for (const ws of wss.clients) ws.terminate();
          await new Promise<void>((r) => wss.close(() => r()));
        },
      });
    });
  });
}

/** Types a line into the named zkCli session and sends what it prints once it has settled. */
function runZkCli(sessions: Map<string, RealZkCli>, connectString: string, req: Extract<BridgeRequest, { type: 'zkcli' }>, broadcast: (e: BridgeEvent) => void): void {
  let s = sessions.get(req.session);
  if (s === undefined || !s.cli.processAlive) {
    s = startRealZkCli(connectString, 30000);
    sessions.set(req.session, s);
  }
  const session = s;
  typeRealLine(session, req.line);
  const started = Date.now();
  const wait = setInterval(() => {
    if (isBusy(session) && Date.now() - started < 10000) return;
    clearInterval(wait);
    broadcast({ type: 'output', requestId: req.requestId, session: req.session, lines: takeRealOutput(session) });
  }, 50);
}

function runLock(locks: Map<string, { client: Client; node: string | null }>, connectString: string, req: Extract<BridgeRequest, { type: 'lock' }>, broadcast: (e: BridgeEvent) => void): void {
  let entry = locks.get(req.session);
  if (entry === undefined) {
    const c = zookeeper.createClient(connectString, { sessionTimeout: 30000 });
    c.connect();
    entry = { client: c, node: null };
    locks.set(req.session, entry);
  }
  const e = entry;
  const report = (state: 'waiting' | 'acquired' | 'released', node: string, waitingFor: string | null): void => broadcast({ type: 'lock', requestId: req.requestId, session: req.session, state, node, waitingFor });
  const fail = (err: Error): void => broadcast({ type: 'error', requestId: req.requestId, message: `lock ${req.action} failed: ${err.message}` });
  if (req.action === 'acquire') acquireLock(e.client, req.lockPath, report).then((node) => (e.node = node), fail);
  else if (e.node !== null) releaseLock(e.client, e.node, report).then(() => (e.node = null), fail);
  else fail(new Error(`session ${req.session} holds no lock`));
}
