/**
 * FinalRequestProcessor's two jobs on the server a client is connected to: answering reads from the local
 * tree (registering watches as §5.1 says) and turning an applied txn's result into the client's reply.
 */
import type { ReadOp } from './request.ts';
import { Code } from './keeper-exception.ts';
import { getNode, sortedChildren, statOf, type DataTree } from './data-tree.ts';
import { Perms, type Id } from '../acl/acl.ts';
import { allowed, maskDigests } from '../acl/auth-providers.ts';
import { clonedHashSetOrder } from './java-hash-order.ts';
import type { ProcessTxnResult } from './apply-txn.ts';
import { addWatch } from '../watch/watch-manager.ts';
import { addPersistentWatch, removeWatchOfType, type ServerWatches } from '../watch/server-watches.ts';
import type { ResponseBody } from '../zkcli/protocol.ts';

/** A reply: the code and the body. */
export interface Reply {
  err: number;
  body: ResponseBody;
}

/** Who is asking: the session and the connection's authenticated ids. */
export interface Caller {
  sessionId: bigint;
  authInfo: readonly Id[];
}

/** DataTree.getAllChildrenNumber: every node below `path` (ZooKeeper counts `/` as all nodes but the root and its alias). */
function allChildrenNumber(tree: DataTree, path: string): number {
  if (path === '/') return tree.nodes.size - 1;
  let n = 0;
  for (const p of tree.nodes.keys()) if (p.startsWith(`${path}/`)) n++;
  return n;
}

/**
 * Answers a read for connection `watcher`. exists registers its watch even on a missing node; getData and
 * getChildren only when the node exists and READ is allowed; addWatch always (§4.4, §5.1).
 */
export function processRead(tree: DataTree, watches: ServerWatches, watcher: string, op: ReadOp, caller: Caller): Reply {
  if (op.type === 'getEphemerals') {
    // Prefix match on the string, so `/a` also lists `/ab`; the order is the HashSet's.
    const all = clonedHashSetOrder([...(tree.ephemerals.get(caller.sessionId) ?? [])]);
    const prefix = op.prefixPath.trim();
    const ephemerals = prefix === '' || prefix === '/' ? all : all.filter((p) => p.startsWith(op.prefixPath));
    return { err: Code.OK, body: { ephemerals } };
  }
  const node = getNode(tree, op.path);
  const denied = (perm: number): boolean => node !== undefined && !allowed(node.acl, perm, caller.authInfo);
  switch (op.type) {
    case 'exists':
      if (op.path.includes('\0')) return { err: Code.BADARGUMENTS, body: {} };
      if (op.watch) addWatch(watches.dataWatches, op.path, watcher);
      return node === undefined ? { err: Code.NONODE, body: {} } : { err: Code.OK, body: { stat: statOf(tree, node) } };
    case 'getData':
      if (node === undefined) return { err: Code.NONODE, body: {} };
      if (denied(Perms.READ)) return { err: Code.NOAUTH, body: {} };
      if (op.watch) addWatch(watches.dataWatches, op.path, watcher);
      return { err: Code.OK, body: { data: node.data, stat: statOf(tree, node) } };
    case 'getChildren':
      if (node === undefined) return { err: Code.NONODE, body: {} };
      if (denied(Perms.READ)) return { err: Code.NOAUTH, body: {} };
      if (op.watch) addWatch(watches.childWatches, op.path, watcher);
      return { err: Code.OK, body: { children: sortedChildren(node), stat: statOf(tree, node) } };
    case 'getACL':
      // READ or ADMIN may look; without ADMIN the digest hashes are hidden (FinalRequestProcessor).
      if (node === undefined) return { err: Code.NONODE, body: {} };
      if (denied(Perms.READ | Perms.ADMIN)) return { err: Code.NOAUTH, body: {} };
      return { err: Code.OK, body: { acl: denied(Perms.ADMIN) ? maskDigests(node.acl) : node.acl.map((a) => ({ perms: a.perms, id: { ...a.id } })), stat: statOf(tree, node) } };
    case 'getAllChildrenNumber':
      if (node === undefined) return { err: Code.NONODE, body: {} };
      if (denied(Perms.READ)) return { err: Code.NOAUTH, body: {} };
      return { err: Code.OK, body: { number: allChildrenNumber(tree, op.path) } };
    case 'addWatch':
      addPersistentWatch(watches, op.path, watcher, op.mode);
      return { err: Code.OK, body: {} };
    case 'removeWatches':
      return removeWatchOfType(watches, op.path, op.watcherType, watcher) ? { err: Code.OK, body: {} } : { err: Code.NOWATCHER, body: {} };
    case 'sync':
      // On a standalone server or the leader, sync is answered like a read (§3.8).
      return { err: Code.OK, body: {} };
  }
}

/** The reply FinalRequestProcessor sends for an applied write. */
export function writeReply(result: ProcessTxnResult): Reply {
  if (result.type === 'multi' && result.multiResult !== null) {
    const multi = result.multiResult.map((r) => ({ err: r.err, ...(r.path !== null ? { path: r.path } : {}), stat: r.stat }));
    return { err: result.err, body: { multi } };
  }
  if (result.err !== Code.OK) return { err: result.err, body: {} };
  if (result.type === 'create') return { err: Code.OK, body: { path: result.path as string, stat: result.stat } };
  if (result.type === 'setData' || result.type === 'setACL') return { err: Code.OK, body: { stat: result.stat } };
  return { err: Code.OK, body: {} };
}
