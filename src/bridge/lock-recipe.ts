/**
 * ZooKeeper's lock recipe on a real ensemble: create an EPHEMERAL_SEQUENTIAL child of the lock node; the
 * lowest sequence number holds the lock; the others each watch (exists) the node just below theirs, so a
 * release wakes exactly one waiter (no herd effect). One lock holder per session name.
 */
import zookeeper from 'node-zookeeper-client';
import type { ACL, Client } from 'node-zookeeper-client';

/** What the recipe reports as it goes. */
export type LockReport = (state: 'waiting' | 'acquired' | 'released', node: string, waitingFor: string | null) => void;

const OPEN_ACL_UNSAFE = (zookeeper.ACL as unknown as { OPEN_ACL_UNSAFE: ACL[] }).OPEN_ACL_UNSAFE;
const call = <T>(f: (cb: (e: unknown, v: T) => void) => void): Promise<T> =>
  new Promise((resolve, reject) => f((e, v) => (e ? reject(e instanceof Error ? e : new Error(String(e))) : resolve(v))));

/** Creates the lock node if needed (persistent parents). */
function ensureParent(client: Client, lockPath: string): Promise<string> {
  return call((cb) => client.mkdirp(lockPath, cb));
}

/** Runs the recipe until the lock is held; resolves with the holder's node path. */
export async function acquireLock(client: Client, lockPath: string, report: LockReport): Promise<string> {
  await ensureParent(client, lockPath);
  const node = await call<string>((cb) => client.create(`${lockPath}/lock-`, Buffer.alloc(0), OPEN_ACL_UNSAFE, zookeeper.CreateMode.EPHEMERAL_SEQUENTIAL, cb));
  const mine = node.slice(lockPath.length + 1);
  for (;;) {
    const children = (await call<string[]>((cb) => client.getChildren(lockPath, cb))).filter((c) => c.startsWith('lock-')).sort();
    const i = children.indexOf(mine);
    if (i <= 0) {
      report('acquired', node, null);
      return node;
    }
    const below = `${lockPath}/${children[i - 1]}`;
    const gone = new Promise<void>((resolve) => {
      client.exists(below, () => resolve(), (e, stat) => { if (e || !stat) resolve(); });
    });
    report('waiting', node, below);
    await gone;
  }
}

/** Releases a held lock by deleting its node. */
export async function releaseLock(client: Client, node: string, report: LockReport): Promise<void> {
  await call((cb) => client.remove(node, -1, (e) => cb(e, undefined)));
  report('released', node, null);
}
