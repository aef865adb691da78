/**
 * FinalRequestProcessor's two jobs on the server a client is connected to: answering reads from the local
 * tree (registering watches as §5.1 says) and turning an applied txn's result into the client's reply.
 */
import type { ReadOp } from './request.ts';
import { Code } from './keeper-exception.ts';
import { getNode, Perms, sortedChildren, statOf, type DataTree } from './data-tree.ts';
import type { ProcessTxnResult } from './apply-txn.ts';
import { addWatch } from '../watch/watch-manager.ts';
import { addPersistentWatch, removeWatchOfType, type ServerWatches } from '../watch/server-watches.ts';
import type { ResponseBody } from '../zkcli/protocol.ts';

/** A reply: the code and the body. */
export interface Reply {
  err: number;
  body: ResponseBody;
}

/**
 * Answers a read for connection `watcher`. exists registers its watch even on a missing node; getData and
 * getChildren only when the node exists and READ is allowed; addWatch always (§4.4, §5.1).
 */
export function processRead(tree: DataTree, watches: ServerWatches, watcher: string, op: ReadOp): Reply {
  const node = getNode(tree, op.path);
  switch (op.type) {
    case 'exists':
      if (op.path.includes('\0')) return { err: Code.BADARGUMENTS, body: {} };
      if (op.watch) addWatch(watches.dataWatches, op.path, watcher);
      return node === undefined ? { err: Code.NONODE, body: {} } : { err: Code.OK, body: { stat: statOf(tree, node) } };
    case 'getData':
      if (node === undefined) return { err: Code.NONODE, body: {} };
      if ((node.acl & Perms.READ) === 0) return { err: Code.NOAUTH, body: {} };
      if (op.watch) addWatch(watches.dataWatches, op.path, watcher);
      return { err: Code.OK, body: { data: node.data, stat: statOf(tree, node) } };
    case 'getChildren':
      if (node === undefined) return { err: Code.NONODE, body: {} };
      if ((node.acl & Perms.READ) === 0) return { err: Code.NOAUTH, body: {} };
      if (op.watch) addWatch(watches.childWatches, op.path, watcher);
      return { err: Code.OK, body: { children: sortedChildren(node), stat: statOf(tree, node) } };
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
  if (result.type === 'setData') return { err: Code.OK, body: { stat: result.stat } };
  return { err: Code.OK, body: {} };
}
