/**
 * A Java-API-style harness over the standalone server: named ZooKeeper handles with labelled watcher
 * objects, used to replay the raw client recordings (client-*.json) step by step.
 */
import type { ReadOp, WriteOp } from '../../engine/datatree/request.ts';
import { createClient, receive, submitRequest, type Delivery, type ZooKeeperClient } from '../../engine/zkcli/zookeeper-client.ts';
import type { ResponseBody } from '../../engine/zkcli/protocol.ts';
import { defaultServerConfig, type ServerConfig } from './server-config.ts';
import { createStandaloneServer, handlePacket, type StandaloneServer } from './standalone-server.ts';

/** A watcher invocation seen by the harness. */
export interface SeenEvent {
  client: string;
  watcher: string;
  type: string;
  state: string;
  path: string | null;
}

/** A reply seen by the harness. */
export interface SeenReply {
  err: number;
  body: ResponseBody;
}

/** The harness state. */
export interface ApiHarness {
  now: number;
  server: StandaloneServer;
  clients: Map<string, ZooKeeperClient>;
  events: SeenEvent[];
  replies: Map<string, SeenReply[]>;
}

/** A server at virtual time 0 and no clients. */
export function createHarness(config: ServerConfig = defaultServerConfig()): ApiHarness {
  return { now: 0, server: createStandaloneServer(config, 0), clients: new Map(), events: [], replies: new Map() };
}

function handle(h: ApiHarness, name: string, d: Delivery): void {
  if (d.kind === 'event') {
    for (const watcher of d.watchers) h.events.push({ client: name, watcher, type: d.event.type, state: d.event.state, path: d.event.path });
  } else {
    const list = h.replies.get(name) ?? [];
    list.push({ err: d.err, body: d.body });
    h.replies.set(name, list);
  }
}

/** Moves every packet and message until all is quiet. */
export function settle(h: ApiHarness): void {
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const [name, c] of h.clients) {
      const p = c.outbox.shift();
      if (p !== undefined) {
        handlePacket(h.server, name, p, h.now);
        progressed = true;
      }
      const cnxn = h.server.connections.get(name);
      while (cnxn !== undefined && cnxn.outbox.length > 0) {
        for (const d of receive(c, cnxn.outbox.shift()!)) handle(h, name, d);
        progressed = true;
      }
    }
  }
}

/** `new ZooKeeper(...)` for client `name`, settled until connected. */
export function connect(h: ApiHarness, name: string, timeoutMs = 4000): void {
  h.clients.set(name, createClient(timeoutMs, h.now));
  settle(h);
}

/** Issues one call and returns its reply (the last one the client received). */
export function call(h: ApiHarness, name: string, op: ReadOp | WriteOp, watcher: string | null = null): SeenReply {
  const c = h.clients.get(name);
  if (c === undefined) throw new Error(`no client ${name}`);
  submitRequest(c, op, watcher, h.now);
  settle(h);
  const list = h.replies.get(name) ?? [];
  return list[list.length - 1] as SeenReply;
}
