/**
 * One zkCli process talking to a real ZooKeeper: the engine's zkCli state machine (the same parser, checks
 * and output text as the simulator's), whose packets go to a real server through node-zookeeper-client.
 * Lines printed collect in the engine's `out`; `takeOutput` reads them.
 */
import zookeeper from 'node-zookeeper-client';
import type { Client, Event as ClientEvent } from 'node-zookeeper-client';
import { deliverMessage, startZkCli, submitLine, takeOutput, type ZkCli } from '../engine/zkcli/zkcli.ts';
import type { ServerMessage } from '../engine/zkcli/protocol.ts';
import { runOp, toWatchedEvent, UnsupportedOp } from './zk-ops.ts';

/** A live zkCli session on a real ensemble. */
export interface RealZkCli {
  cli: ZkCli;
  connectString: string;
  client: Client | null;
  /** Problems that are ours, not ZooKeeper's (an op the npm client cannot send). */
  problems: string[];
  /** Wall-clock ms of the last message delivered, to tell when output has settled. */
  lastActivityMs: number;
  /** The real client lost its server (a request in flight will not be answered by it). */
  lost: boolean;
}

const now = (): number => Date.now();

function deliver(s: RealZkCli, msg: ServerMessage): void {
  s.lastActivityMs = now();
  deliverMessage(s.cli, msg, now());
  pump(s);
}

function openClient(s: RealZkCli, connectString: string, timeout: number): void {
  const client = zookeeper.createClient(connectString, { sessionTimeout: timeout, retries: 0 });
  s.client = client;
  client.on('disconnected', () => (s.lost = true));
  client.on('connected', () => (s.lost = false));
  client.once('connected', () => {
    const id = client.getSessionId();
    deliver(s, { kind: 'connected', sessionId: id.length >= 8 ? id.readBigInt64BE(0) : 0n, timeout: client.getSessionTimeout() });
  });
  client.connect();
}

/** One server notification can fire several client-side registrations: deliver it once per tick. */
function watcherFor(s: RealZkCli): (e: ClientEvent) => void {
  const seen = new Set<string>();
  return (e) => {
    const key = `${e.getType()} ${e.getPath()}`;
    if (seen.has(key)) return;
    seen.add(key);
    queueMicrotask(() => seen.delete(key));
    deliver(s, { kind: 'watch', event: toWatchedEvent(e) });
  };
}

/** Sends what the engine's client queued: connect opens the real client, requests run on it. */
function pump(s: RealZkCli): void {
  const out = s.cli.client.outbox.splice(0);
  for (const packet of out) {
    if (packet.kind === 'ping') continue; // node-zookeeper-client keeps the session alive itself
    if (packet.kind === 'connect') {
      if (s.client === null) openClient(s, s.connectString, packet.timeout);
      continue;
    }
    // setWatches after a reconnect: node-zookeeper-client re-registers its watches by itself.
    if (packet.kind !== 'request') continue;
    const { xid, op } = packet;
    if (s.client === null) continue;
    if (op.type === 'closeSession') {
      s.client.close();
      queueMicrotask(() => deliver(s, { kind: 'response', xid, zxid: 0n, err: 0, body: {} }));
      continue;
    }
    const client = s.client;
    let answer;
    try {
      answer = runOp(client, op as Parameters<typeof runOp>[1], watcherFor(s));
    } catch (e) {
      s.problems.push(e instanceof UnsupportedOp ? e.message : `${op.type} failed on the client: ${(e as Error).message}`);
      continue;
    }
    answer.then(
      (a) => deliver(s, { kind: 'response', xid, zxid: 0n, err: a.err, body: a.body }),
      (e: Error) => s.problems.push(`${op.type} failed: ${e.message}`),
    );
  }
}

/** Starts `zkCli.sh -server connectString -timeout timeout` against the real ensemble. */
export function startRealZkCli(connectString: string, timeout: number): RealZkCli {
  const s: RealZkCli = { cli: startZkCli(connectString, timeout, now()), connectString, client: null, problems: [], lastActivityMs: now(), lost: false };
  pump(s);
  return s;
}

/** Types one line into the session. */
export function typeRealLine(s: RealZkCli, line: string): void {
  s.lastActivityMs = now();
  submitLine(s.cli, line, now());
  pump(s);
}

/** True while a command waits for its reply. */
export function isBusy(s: RealZkCli): boolean {
  return s.cli.running !== null || s.cli.queue.length > 0 || s.cli.client.state === 'CONNECTING';
}

/** Takes the lines printed since the last call. */
export function takeRealOutput(s: RealZkCli): string[] {
  return takeOutput(s.cli);
}

/** Closes the real client without a zkCli command (for shutdown). */
export function closeRealZkCli(s: RealZkCli): void {
  s.client?.close();
}
