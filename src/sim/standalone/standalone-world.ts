/**
 * The standalone world: one server, zkCli processes, virtual time. Messages move with no delay; time only
 * matters for client pings, session expiry and the ContainerManager, which run at their exact virtual times.
 */
import { pingIdleMs } from '../../engine/zkcli/client-timers.ts';
import { sendPing } from '../../engine/zkcli/zookeeper-client.ts';
import { deliverMessage, startZkCli, submitLine, takeOutput, type ZkCli } from '../../engine/zkcli/zkcli.ts';
import type { ServerConfig } from './server-config.ts';
import { closeConnection, createStandaloneServer, handlePacket, nextServerEventMs, runServerTimers, type StandaloneServer } from './standalone-server.ts';

/** The address zkCli prints; never compared (contract §4). */
export const SERVER_ADDRESS = '127.0.0.1:2181';

/** One named zkCli process and the connection its current handle uses. */
export interface ClientSlot {
  cli: ZkCli;
  cnxnId: string;
  generation: number;
}

/** The world. */
export interface StandaloneWorld {
  now: number;
  server: StandaloneServer;
  clients: Map<string, ClientSlot>;
  cnxnCount: number;
}

/** A world whose server starts at virtual time 0. */
export function createWorld(config: ServerConfig): StandaloneWorld {
  return { now: 0, server: createStandaloneServer(config, 0), clients: new Map(), cnxnCount: 0 };
}

/** Starts (or restarts) the zkCli process `name`; it connects at once. */
export function startClient(w: StandaloneWorld, name: string, timeoutMs: number): void {
  w.clients.set(name, { cli: startZkCli(SERVER_ADDRESS, timeoutMs, w.now), cnxnId: `cnxn${++w.cnxnCount}`, generation: 1 });
  pump(w);
}

/** True if `name` has a live zkCli process. */
export function isRunning(w: StandaloneWorld, name: string): boolean {
  return w.clients.get(name)?.cli.processAlive ?? false;
}

/** Types a command into `name`'s zkCli. */
export function typeLine(w: StandaloneWorld, name: string, line: string): void {
  const slot = w.clients.get(name);
  if (slot === undefined) return;
  submitLine(slot.cli, line, w.now);
  pump(w);
}

/** `#kill`: the process dies; the server sees the connection drop, the session lives until it expires. */
export function killClient(w: StandaloneWorld, name: string): void {
  const slot = w.clients.get(name);
  if (slot === undefined) return;
  slot.cli.processAlive = false;
  slot.cli.client.outbox = [];
  closeConnection(w.server, slot.cnxnId);
}

function deliverAll(w: StandaloneWorld): void {
  for (const slot of w.clients.values()) {
    const cnxn = w.server.connections.get(slot.cnxnId);
    while (cnxn !== undefined && cnxn.outbox.length > 0) {
      const msg = cnxn.outbox.shift()!;
      if (slot.cli.processAlive) deliverMessage(slot.cli, msg, w.now);
    }
  }
}

/** Moves packets and messages until nobody has anything to send. */
export function pump(w: StandaloneWorld): void {
  deliverAll(w);
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const slot of w.clients.values()) {
      if (!slot.cli.processAlive) continue;
      if (slot.generation !== slot.cli.generation) {
        // A `connect` opened a new handle: it gets a new connection.
        slot.generation = slot.cli.generation;
        slot.cnxnId = `cnxn${++w.cnxnCount}`;
      }
      const packet = slot.cli.client.outbox.shift();
      if (packet === undefined) continue;
      handlePacket(w.server, slot.cnxnId, packet, w.now);
      deliverAll(w);
      progressed = true;
    }
  }
}

function nextPingMs(slot: ClientSlot): number {
  const c = slot.cli.client;
  if (!slot.cli.processAlive || c.state !== 'CONNECTED') return Infinity;
  return c.lastSendMs + Math.max(1, pingIdleMs(c.negotiatedTimeout));
}

/** Lets virtual time run to `untilMs`, doing every ping, expiry and container check on the way; `count` is told of each step (a RunBound). */
export function advanceTo(w: StandaloneWorld, untilMs: number, count: (atMs: number) => void = () => undefined): void {
  for (;;) {
    const slots = [...w.clients.values()];
    const t = Math.min(nextServerEventMs(w.server), ...slots.map(nextPingMs));
    if (t > untilMs) break;
    count(t);
    w.now = Math.max(w.now, t);
    for (const slot of slots) if (nextPingMs(slot) <= w.now) sendPing(slot.cli.client, w.now);
    pump(w);
    runServerTimers(w.server, w.now);
    pump(w);
  }
  w.now = Math.max(w.now, untilMs);
}

/** The lines each process printed since the last call, for sessions that printed something. */
export function collectOutput(w: StandaloneWorld): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, slot] of w.clients) {
    const lines = takeOutput(slot.cli);
    if (lines.length > 0) out[name] = lines;
  }
  return out;
}
