/**
 * The ZooKeeper lock recipe (reference §6.5; seed note 004): create an EPHEMERAL_SEQUENTIAL child of the
 * lock node, list the children, hold the lock if ours is the lowest, otherwise watch only the node just
 * before ours and look again when it goes. Herd mode watches the lock node's children instead, so every
 * waiter wakes at every hand-off. Plain data, driven by the client's deliveries.
 */
import { openAclUnsafe } from '../acl/acl';
import { Code } from '../datatree/keeper-exception';
import type { ReadOp, WriteOp } from '../datatree/request';
import type { Delivery, ZooKeeperClient } from '../zkcli/zookeeper-client';
import { submitRequest } from '../zkcli/zookeeper-client';

/** Where the lock client is in the recipe. */
export type LockPhase = 'connecting' | 'creating' | 'listing' | 'waiting' | 'holding' | 'released' | 'closed' | 'expired';

/** One contender's recipe state. */
export interface LockRecipe {
  readonly lockPath: string;
  readonly herd: boolean;
  phase: LockPhase;
  /** Our sequential node, once created. */
  node: string | null;
  /** The node (or, in herd mode, the lock node's children) we wait on. */
  watching: string | null;
  /** Watch notifications this client received while waiting (the herd effect is this number). */
  notifications: number;
  /** What the recipe did, one line per step, for the console and narration. */
  log: string[];
}

const WATCHER = 'lock';

/** A recipe for `lockPath` (e.g. /locks), herd mode or not. */
export function createLockRecipe(lockPath: string, herd: boolean): LockRecipe {
  return { lockPath, herd, phase: 'connecting', node: null, watching: null, notifications: 0, log: [] };
}

function send(c: ZooKeeperClient, op: ReadOp | WriteOp, watch: boolean, now: number): void {
  submitRequest(c, op, watch ? WATCHER : null, now);
}

function seq(name: string): number {
  return Number(name.slice(name.lastIndexOf('-') + 1));
}

/** Lists the lock node's children (watching them in herd mode). */
function list(r: LockRecipe, c: ZooKeeperClient, now: number): void {
  r.phase = 'listing';
  send(c, { type: 'getChildren', path: r.lockPath, watch: r.herd }, r.herd, now);
  r.log.push(`getChildren ${r.lockPath}${r.herd ? ' (watch)' : ''}`);
}

/** The holder lets go: deletes its node (the session stays). */
export function releaseLock(r: LockRecipe, c: ZooKeeperClient, now: number): void {
  if (r.phase !== 'holding' || r.node === null) return;
  send(c, { type: 'delete', path: r.node, version: -1 }, false, now);
  r.phase = 'released';
  r.log.push(`delete ${r.node} (release)`);
}

/** Feeds one delivery of the client to the recipe. */
export function lockOnDelivery(r: LockRecipe, c: ZooKeeperClient, d: Delivery, now: number): void {
  if (d.kind === 'event') return onEvent(r, c, d, now);
  const op = d.request.op;
  if (op.type === 'create' && op.path === r.lockPath) {
    // The lock node exists now (or already did): create our contender.
    send(c, { type: 'create', path: `${r.lockPath}/lock-`, data: null, mode: 'EPHEMERAL_SEQUENTIAL', ttl: -1, acl: openAclUnsafe() }, false, now);
    r.log.push(`create -e -s ${r.lockPath}/lock-`);
    return;
  }
  if (op.type === 'create' && d.err === Code.OK) {
    r.node = d.body.path ?? null;
    r.log.push(`created ${r.node}`);
    return list(r, c, now);
  }
  if (op.type === 'getChildren' && d.err === Code.OK && r.phase === 'listing') return onChildren(r, c, d.body.children ?? [], now);
  if (op.type === 'exists' && r.phase === 'waiting' && d.err === Code.NONODE) {
    // The predecessor left between our list and our watch: look again.
    r.log.push(`${r.watching} is already gone`);
    return list(r, c, now);
  }
}

function onChildren(r: LockRecipe, c: ZooKeeperClient, children: string[], now: number): void {
  const mine = r.node!.slice(r.lockPath.length + 1);
  const sorted = children.filter((n) => n.startsWith('lock-')).sort((a, b) => seq(a) - seq(b));
  r.log.push(`children: [${sorted.join(', ')}]`);
  const i = sorted.indexOf(mine);
  if (i === 0) {
    r.phase = 'holding';
    r.watching = null;
    r.log.push(`${mine} is the lowest: holding the lock`);
    return;
  }
  r.phase = 'waiting';
  if (r.herd) {
    r.watching = r.lockPath;
    r.log.push(`not the lowest: waiting for any change of ${r.lockPath}`);
    return;
  }
  r.watching = `${r.lockPath}/${sorted[i - 1]}`;
  send(c, { type: 'exists', path: r.watching, watch: true }, true, now);
  r.log.push(`not the lowest: exists -w ${r.watching}`);
}

function onEvent(r: LockRecipe, c: ZooKeeperClient, d: Extract<Delivery, { kind: 'event' }>, now: number): void {
  const e = d.event;
  if (e.type === 'None') {
    if (e.state === 'SyncConnected' && r.phase === 'connecting') {
      r.phase = 'creating';
      send(c, { type: 'create', path: r.lockPath, data: null, mode: 'PERSISTENT', ttl: -1, acl: openAclUnsafe() }, false, now);
      r.log.push(`create ${r.lockPath}`);
    }
    if (e.state === 'Expired') r.phase = 'expired';
    if (e.state === 'Closed') r.phase = 'closed';
    return;
  }
  if (!d.watchers.includes(WATCHER) || r.phase !== 'waiting') return;
  r.notifications++;
  r.log.push(`notified: ${e.type} ${e.path}`);
  list(r, c, now);
}
