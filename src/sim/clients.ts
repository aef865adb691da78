/**
 * Hosting zkCli sessions against the ensemble: a client connects to one of its servers, talks to it
 * over a FIFO connection with the scenario's latency, and tries the next server when a connection is
 * refused or lost (ClientCnxn and StaticHostProvider, reference §3.8, §6.4).
 */
import { pingIdleMs } from '../engine/zkcli/client-timers';
import type { ClientPacket, ServerMessage } from '../engine/zkcli/protocol';
import { receive, sendPing } from '../engine/zkcli/zookeeper-client';
import type { LockRecipe } from '../engine/recipes/lock-recipe';
import { createLockRecipe, lockOnDelivery, releaseLock } from '../engine/recipes/lock-recipe';
import { deliverMessage, startZkCli, submitLine, takeOutput, takeStarts } from '../engine/zkcli/zkcli';
import { schedule } from './agenda';
import type { SimClient } from './client-state';
import { drawLatency } from './network';
import { nextInt } from './prng';
import type { World } from './world';

/** zkCli's default session timeout. */
export const ZKCLI_TIMEOUT_MS = 30_000;
const SYNC_CONNECTED = ['', 'WATCHER::', '', 'WatchedEvent state:SyncConnected type:None path:null'];

/** The client process `name`, started (connecting to one of `servers`) at its first use. */
function clientProcess(w: World, name: string, servers: readonly number[], recipe: LockRecipe | null): SimClient {
  const existing = w.state.clients.get(name);
  if (existing) return existing;
  const order = [...servers];
  for (let i = order.length - 1; i > 0; i--) {
    const j = nextInt(w.state.clientRng, 0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const cli = startZkCli(`server${order[0]}:2181`, ZKCLI_TIMEOUT_MS, w.state.now);
  takeOutput(cli); // the banner is the process's, not the command's
  const c: SimClient = {
    name, cli, servers: order, next: 0, cnxnId: null, server: null, generation: cli.generation,
    connectedOnce: false, output: [], typed: 0, begunAt: [], waiting: [], tickGen: 0, recipe,
  };
  w.state.clients.set(name, c);
  return c;
}

/** Runs one zkCli command line in session `name`, starting the process at its first use. */
export function clientCommand(w: World, name: string, servers: readonly number[], line: string): void {
  const c = clientProcess(w, name, servers, null);
  // A blank line only starts the process (the app's "Open client"): zkCli ignores it and does not number it.
  if (line.trim() === '') {
    if (!c.recipe) pump(w, c);
    return;
  }
  const n = c.typed++;
  // A lock contender takes no commands, except `close`: closing its session is how it leaves the queue cleanly.
  if ((c.recipe && line.trim() !== 'close') || !c.cli.processAlive) {
    // A line that never runs prints nothing: it stays where it was typed.
    collect(c);
    c.begunAt[n] = c.output.length;
    return;
  }
  c.begunAt[n] = null;
  c.waiting.push(n);
  submitLine(c.cli, line, w.state.now);
  pump(w, c);
}

/** Starts a lock-recipe client `name` contending for `lockPath` (§6.5). */
export function lockCommand(w: World, name: string, servers: readonly number[], lockPath: string, herd: boolean): void {
  const c = clientProcess(w, name, servers, createLockRecipe(lockPath, herd));
  pump(w, c);
}

/** The lock holder `name` releases the lock (deletes its node). */
export function unlockCommand(w: World, name: string): void {
  const c = w.state.clients.get(name);
  if (!c?.recipe || !c.cli.processAlive) return;
  releaseLock(c.recipe, c.cli.client, w.state.now);
  pump(w, c);
}

/** The client process dies without closing: the server sees the connection drop, the session lives until it expires. */
export function killClient(w: World, name: string): void {
  const c = w.state.clients.get(name);
  if (!c || !c.cli.processAlive) return;
  c.cli.processAlive = false;
  c.cli.client.outbox = [];
  if (c.cnxnId !== null && c.server !== null) {
    schedule(w, fifo(w, `c:${c.cnxnId}>`), { kind: 'clientGone', cnxnId: c.cnxnId, server: c.server });
  }
  c.output.push('(process killed)');
  dropConnection(w, c);
}

/** Sends what the client has to send: a connect opens a connection; requests wait for the session. */
export function pump(w: World, c: SimClient): void {
  collect(c);
  if (!c.cli.processAlive) return;
  if (c.generation !== c.cli.generation) {
    c.generation = c.cli.generation;
    dropConnection(w, c);
  }
  const client = c.cli.client;
  while (client.outbox.length > 0) {
    const p = client.outbox[0];
    if (p.kind === 'connect') {
      if (c.cnxnId !== null) return;
      client.outbox.shift();
      openConnection(w, c, p);
      continue;
    }
    if (client.state !== 'CONNECTED' || c.cnxnId === null) return;
    client.outbox.shift();
    toServer(w, c.cnxnId, p);
  }
}

function openConnection(w: World, c: SimClient, connect: ClientPacket): void {
  const server = c.servers[c.next % c.servers.length];
  c.next++;
  const cnxnId = `${c.name}#${w.state.nextId++}`;
  c.cnxnId = cnxnId;
  c.server = server;
  w.state.cnxns.set(cnxnId, { client: c.name, server });
  toServer(w, cnxnId, connect);
}

/**
 * A connection is gone for good: nothing is sent on it again (its id is never reused), so its FIFO
 * clocks go too; otherwise a long run with many reconnects keeps one entry per connection forever.
 */
function forgetConnection(w: World, cnxnId: string): void {
  w.state.cnxns.delete(cnxnId);
  w.state.clientLastDeliveryAt.delete(`c:${cnxnId}>`);
  w.state.clientLastDeliveryAt.delete(`c:${cnxnId}<`);
}

function fifo(w: World, key: string): number {
  const at = Math.max(w.state.now + drawLatency(w), w.state.clientLastDeliveryAt.get(key) ?? 0);
  w.state.clientLastDeliveryAt.set(key, at);
  return at;
}

function toServer(w: World, cnxnId: string, packet: ClientPacket): void {
  schedule(w, fifo(w, `c:${cnxnId}>`), { kind: 'clientToServer', cnxnId, packet, sentAt: w.state.now });
}

/** A server sends down a client connection. */
export function toClient(w: World, cnxnId: string, message: ServerMessage): void {
  if (!w.state.cnxns.has(cnxnId)) return;
  schedule(w, fifo(w, `c:${cnxnId}<`), { kind: 'serverToClient', cnxnId, message, sentAt: w.state.now });
}

/** A server closes a client connection; the client learns it behind the messages already sent. */
export function closeFromServer(w: World, cnxnId: string, reason: string, now = false): void {
  if (!w.state.cnxns.has(cnxnId)) return;
  const at = now ? w.state.now : fifo(w, `c:${cnxnId}<`);
  schedule(w, at, { kind: 'clientConnectionClosed', cnxnId, reason });
}

/** A stopped server's client connections are reset at once. */
export function dropServerConnections(w: World, sid: number): void {
  for (const [id, cn] of w.state.cnxns) if (cn.server === sid) closeFromServer(w, id, 'connection reset', true);
}

/** A message reached the client: zkCli prints, and may send more. */
export function clientReceives(w: World, cnxnId: string, message: ServerMessage): void {
  const c = clientOf(w, cnxnId);
  if (!c) return;
  if (c.recipe) {
    for (const d of receive(c.cli.client, message)) lockOnDelivery(c.recipe, c.cli.client, d, w.state.now);
  } else {
    deliverMessage(c.cli, message, w.state.now);
  }
  if (message.kind === 'connected') {
    if (!c.connectedOnce) dropFirstSyncConnected(c);
    c.connectedOnce = true;
    armTick(w, c);
  }
  if (message.kind === 'sessionClosed') dropConnection(w, c);
  pump(w, c);
}

/** The connection closed under the client: a session in use is Disconnected and reconnects elsewhere. */
export function clientConnectionClosed(w: World, cnxnId: string): void {
  const c = clientOf(w, cnxnId);
  forgetConnection(w, cnxnId);
  if (!c) return;
  c.cnxnId = null;
  c.server = null;
  const client = c.cli.client;
  if (client.state === 'CONNECTED') deliverMessage(c.cli, { kind: 'connectionLost' }, w.state.now);
  else if (client.state === 'CONNECTING' && !client.outbox.some((p) => p.kind === 'connect')) {
    client.outbox.unshift({ kind: 'connect', timeout: client.requestedTimeout, lastZxidSeen: client.lastZxidSeen, sessionId: client.sessionId });
  }
  collect(c);
  // ClientCnxn waits up to a second before the next host.
  schedule(w, w.state.now + nextInt(w.state.clientRng, 0, 999), { kind: 'clientRetry', client: c.name });
}

/** The retry delay is over. */
export function clientRetry(w: World, name: string): void {
  const c = w.state.clients.get(name);
  if (c) pump(w, c);
}

/** The idle-ping timer: a connected client pings after readTimeout/2 of silence (§6.4). */
export function clientTick(w: World, name: string, gen: number): void {
  const c = w.state.clients.get(name);
  if (!c || c.tickGen !== gen || !c.cli.processAlive) return;
  const client = c.cli.client;
  if (client.state !== 'CONNECTED' || c.cnxnId === null) return;
  if (w.state.now - client.lastSendMs >= pingIdleMs(client.negotiatedTimeout)) {
    sendPing(client, w.state.now);
    pump(w, c);
  }
  armTick(w, c);
}

function armTick(w: World, c: SimClient): void {
  c.tickGen++;
  const client = c.cli.client;
  const at = Math.ceil(Math.max(w.state.now + 1, client.lastSendMs + Math.max(1, pingIdleMs(client.negotiatedTimeout))));
  schedule(w, at, { kind: 'clientTick', client: c.name, gen: c.tickGen });
}

function clientOf(w: World, cnxnId: string): SimClient | null {
  const cn = w.state.cnxns.get(cnxnId);
  const c = cn ? w.state.clients.get(cn.client) : undefined;
  return c && c.cnxnId === cnxnId ? c : null;
}

function dropConnection(w: World, c: SimClient): void {
  if (c.cnxnId !== null) forgetConnection(w, c.cnxnId);
  c.cnxnId = null;
  c.server = null;
}

function collect(c: SimClient): void {
  // zkCli runs one line at a time, in the order typed: the k-th start taken is the oldest waiting line's.
  for (const at of takeStarts(c.cli)) {
    const n = c.waiting.shift();
    if (n !== undefined) c.begunAt[n] = c.output.length + at;
  }
  c.output.push(...takeOutput(c.cli));
  if (c.recipe && c.recipe.log.length > 0) {
    c.output.push(...c.recipe.log);
    c.recipe.log = [];
  }
}

function dropFirstSyncConnected(c: SimClient): void {
  collect(c);
  const out = c.output;
  for (let i = 0; i + SYNC_CONNECTED.length <= out.length; i++) {
    if (SYNC_CONNECTED.every((l, k) => out[i + k] === l)) {
      out.splice(i, SYNC_CONNECTED.length);
      c.begunAt = c.begunAt.map((at) => (at !== null && at > i ? at - SYNC_CONNECTED.length : at));
      return;
    }
  }
}
