/**
 * Runs one request of the engine's client protocol (src/engine/zkcli/protocol.ts) on a real ZooKeeper
 * through node-zookeeper-client, and turns the answer back into the engine's ResponseBody. The engine's
 * zkCli then prints it exactly as it prints the simulator's answers, so both sides share one formatter.
 */
import zookeeper from 'node-zookeeper-client';
import type { ACL, Stat as ClientStat, Client, Event as ClientEvent } from 'node-zookeeper-client';
import type { ReadOp, WriteOp } from '../engine/datatree/request.ts';
import type { Stat } from '../engine/datatree/stat.ts';
import type { ResponseBody } from '../engine/zkcli/protocol.ts';
import type { EventType, WatchedEvent } from '../engine/watch/watched-event.ts';

/** The answer to one request: a ZooKeeper error code (0 = OK) and the body. */
export interface OpAnswer {
  err: number;
  body: ResponseBody;
}

/** Raised for operations the npm client cannot send (the message says which). */
export class UnsupportedOp extends Error {}

const bigOf = (b: Buffer | undefined): bigint => (b === undefined || b.length < 8 ? 0n : b.readBigInt64BE(0));

/** node-zookeeper-client's Stat (8-byte buffers for longs) as the engine's Stat. */
export function toStat(s: ClientStat): Stat {
  const raw = s as unknown as Record<string, Buffer | number>;
  return {
    czxid: bigOf(raw.czxid as Buffer), mzxid: bigOf(raw.mzxid as Buffer), pzxid: bigOf(raw.pzxid as Buffer),
    ctime: Number(bigOf(raw.ctime as Buffer)), mtime: Number(bigOf(raw.mtime as Buffer)),
    version: raw.version as number, cversion: raw.cversion as number, aversion: raw.aversion as number,
    ephemeralOwner: bigOf(raw.ephemeralOwner as Buffer), dataLength: raw.dataLength as number, numChildren: raw.numChildren as number,
  } as Stat;
}

const EVENT_NAMES: Record<number, EventType> = { 1: 'NodeCreated', 2: 'NodeDeleted', 3: 'NodeDataChanged', 4: 'NodeChildrenChanged' };

/** A client watch event as the engine's WatchedEvent. */
export function toWatchedEvent(e: ClientEvent): WatchedEvent {
  return { type: EVENT_NAMES[e.getType()] ?? 'None', state: 'SyncConnected', path: e.getPath() };
}

const codeOf = (error: unknown): number => {
  const code = (error as { getCode?: () => number }).getCode?.();
  if (typeof code === 'number') return code;
  throw error;
};

const CREATE_MODES: Record<string, number> = {
  PERSISTENT: zookeeper.CreateMode.PERSISTENT, EPHEMERAL: zookeeper.CreateMode.EPHEMERAL,
  PERSISTENT_SEQUENTIAL: zookeeper.CreateMode.PERSISTENT_SEQUENTIAL, EPHEMERAL_SEQUENTIAL: zookeeper.CreateMode.EPHEMERAL_SEQUENTIAL,
};

// The open ACL zkCli's create uses; the package exports it but its types do not declare it.
const OPEN_ACL_UNSAFE = (zookeeper.ACL as unknown as { OPEN_ACL_UNSAFE: ACL[] }).OPEN_ACL_UNSAFE;

const NONODE = -101;

/** A multi through node-zookeeper-client's transaction: per-op results, the first failure's code on top. */
function runMulti(client: Client, ops: WriteOp[], resolve: (a: OpAnswer) => void, reject: (e: Error) => void): void {
  const t = client.transaction();
  for (const op of ops) {
    if (op.type === 'delete') t.remove(op.path, op.version);
    else if (op.type === 'check') t.check(op.path, op.version);
    else if (op.type === 'setData') t.setData(op.path, bufferOf(op.data), op.version);
    else if (op.type === 'create' && CREATE_MODES[op.mode] !== undefined) t.create(op.path, bufferOf(op.data) as Buffer, OPEN_ACL_UNSAFE, CREATE_MODES[op.mode] as number);
    else throw new UnsupportedOp(`${op.type} inside a multi is not supported by node-zookeeper-client`);
  }
  t.commit((error, results: { err?: number; path?: string; stat?: ClientStat }[] | undefined) => {
    if (error !== null && results === undefined) {
      const code = (error as { getCode?: () => number }).getCode?.();
      if (typeof code === 'number') resolve({ err: code, body: {} });
      else reject(error as Error);
      return;
    }
    const multi = (results ?? []).map((r) => ({ err: r.err ?? 0, path: r.path, stat: r.stat ? toStat(r.stat) : null }));
    resolve({ err: multi.find((r) => r.err !== 0)?.err ?? 0, body: { multi } });
  });
}

const bufferOf = (data: string | null): Buffer | null => (data === null ? null : Buffer.from(data, 'utf8'));

/** Runs one read or write; `watcher` is given to reads that ask for a watch. */
export function runOp(client: Client, op: ReadOp | WriteOp, watcher: (e: ClientEvent) => void): Promise<OpAnswer> {
  return new Promise((resolve, reject) => {
    const done = (error: unknown, body: ResponseBody): void => {
      if (error === null || error === undefined) resolve({ err: 0, body });
      else {
        try {
          resolve({ err: codeOf(error), body: {} });
        } catch (e) {
          reject(e);
        }
      }
    };
    const w = 'watch' in op && op.watch ? watcher : undefined;
    switch (op.type) {
      case 'exists': {
        // On the wire a missing node is a NONODE reply; node-zookeeper-client turns it into a null stat.
        const cb = (e: unknown, s: ClientStat | null): void => (e === null && !s ? resolve({ err: NONODE, body: { stat: null } }) : done(e, { stat: s ? toStat(s) : null }));
        return w ? client.exists(op.path, w, cb) : client.exists(op.path, cb);
      }
      case 'getData':
      {
        const cb = (e: unknown, d: Buffer | null, s: ClientStat): void => done(e, { data: d === null || d === undefined ? null : d.toString('utf8'), stat: s ? toStat(s) : null });
        return w ? client.getData(op.path, w, cb) : client.getData(op.path, cb);
      }
      case 'getChildren':
      {
        const cb = (e: unknown, c: string[], s: ClientStat): void => done(e, { children: c, stat: s ? toStat(s) : null });
        return w ? client.getChildren(op.path, w, cb) : client.getChildren(op.path, cb);
      }
      case 'create': {
        const mode = CREATE_MODES[op.mode];
        if (mode === undefined) throw new UnsupportedOp(`create mode ${op.mode} is not supported by node-zookeeper-client`);
        return client.create(op.path, bufferOf(op.data) as Buffer, OPEN_ACL_UNSAFE, mode, (e, p) => done(e, { path: p }));
      }
      case 'delete':
        return client.remove(op.path, op.version, (e) => done(e, {}));
      case 'setData':
        return client.setData(op.path, bufferOf(op.data), op.version, (e, s) => done(e, { stat: s ? toStat(s) : null }));
      case 'multi':
        return runMulti(client, op.ops, resolve, reject);
      default:
        throw new UnsupportedOp(`${op.type} is not supported against a real server yet`);
    }
  });
}
