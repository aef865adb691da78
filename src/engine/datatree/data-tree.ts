/**
 * DataTree and DataNode as plain data (structuredClone-able: Maps, Sets, bigint), plus the node-level
 * mutations the txn applier uses. Reference §4.2, §4.3.
 */
import type { Zxid } from '../zxid.ts';
import type { WatchTrigger } from '../watch/watched-event.ts';
import { ephemeralKind } from './ephemeral-type.ts';
import { openAclUnsafe, readAclUnsafe, type ACL } from '../acl/acl.ts';
import { childName, joinPath, parentPath, utf8Length } from './path-utils.ts';
import { onQuotaNodeCreated, onQuotaNodeDeleted, updateQuotaStat } from './quota-stats.ts';
import { createStat, toStat, zeroStat, type Stat, type StatPersisted } from './stat.ts';

export { Perms } from '../acl/acl.ts';

/** One znode with its ACL list (ZooKeeper keeps it in a reference-counted cache; the list is the same). */
export interface DataNode {
  data: string | null;
  acl: ACL[];
  stat: StatPersisted;
  children: Set<string>;
}

/** The whole tree plus the ZKDatabase fields that travel with it. */
export interface DataTree {
  nodes: Map<string, DataNode>;
  /** Session id → paths of its NORMAL ephemerals. */
  ephemerals: Map<bigint, Set<string>>;
  containers: Set<string>;
  ttls: Set<string>;
  /** ZKDatabase.sessionsWithTimeouts: filled by createSession txns, emptied by closeSession txns. */
  sessionsWithTimeouts: Map<bigint, number>;
  lastProcessedZxid: Zxid;
  /** `zookeeper.extendedTypesEnabled`: needed to read TTL owners. */
  extendedTypesEnabled: boolean;
  /** DataTree.pTrie: the paths that have a quota (a `zookeeper_limits` node under /zookeeper/quota). */
  quotaPaths: Set<string>;
}

// The system nodes hold an empty byte array, not null: `get /zookeeper/config` prints an empty line.
function systemNode(acl: ACL[], children: string[]): DataNode {
  return { data: '', acl, stat: zeroStat(), children: new Set(children) };
}

/** A fresh tree: `/`, `/zookeeper`, `/zookeeper/quota`, `/zookeeper/config` with all-zero stats (§4.2). */
export function createDataTree(extendedTypesEnabled = false): DataTree {
  const nodes = new Map<string, DataNode>([
    ['/', systemNode(openAclUnsafe(), ['zookeeper'])],
    ['/zookeeper', systemNode(openAclUnsafe(), ['quota', 'config'])],
    ['/zookeeper/quota', systemNode(openAclUnsafe(), [])],
    // addConfigNode: read-only for the world (`set /zookeeper/config` fails with NoAuth), and its setACL
    // with version -1 leaves aclVersion at -1.
    ['/zookeeper/config', systemNode(readAclUnsafe(), [])],
  ]);
  (nodes.get('/zookeeper/config') as DataNode).stat.aversion = -1;
  return {
    nodes,
    ephemerals: new Map(),
    containers: new Set(),
    ttls: new Set(),
    sessionsWithTimeouts: new Map(),
    lastProcessedZxid: 0n,
    extendedTypesEnabled,
    quotaPaths: new Set(),
  };
}

/** The node at `path`, or undefined. */
export function getNode(tree: DataTree, path: string): DataNode | undefined {
  return tree.nodes.get(path === '' ? '/' : path);
}

/** The client's Stat of a node (§4.1). */
export function statOf(tree: DataTree, node: DataNode): Stat {
  const len = node.data === null ? 0 : utf8Length(node.data);
  return toStat(node.stat, len, node.children.size, tree.extendedTypesEnabled);
}

/** Children names in zkCli's order (zkCli sorts; the server's order is a hash set's). */
export function sortedChildren(node: DataNode): string[] {
  return [...node.children].sort();
}

/** A session's NORMAL ephemerals, sorted (the server's order is unspecified). */
export function ephemeralsOf(tree: DataTree, sessionId: bigint): string[] {
  return [...(tree.ephemerals.get(sessionId) ?? [])].sort();
}

/** DataTree.createNode: adds the node, bumps the parent's stored cversion and pzxid, books the owner. */
export function createNode(
  tree: DataTree,
  path: string,
  data: string | null,
  acl: ACL[],
  ephemeralOwner: bigint,
  parentCVersion: number,
  zxid: Zxid,
  time: number,
): WatchTrigger[] {
  const parentName = parentPath(path);
  const parent = getNode(tree, parentName);
  if (parent === undefined) throw new Error(`createNode: no parent for ${path}`);
  const name = childName(path);
  if (parent.children.has(name)) throw new Error(`createNode: ${path} exists`);
  // parentCVersion -1 means "the next value", as old logs carry it.
  const cv = parentCVersion === -1 ? parent.stat.cversion + 1 : parentCVersion;
  if (cv > parent.stat.cversion) {
    parent.stat.cversion = cv;
    parent.stat.pzxid = zxid;
  }
  parent.children.add(name);
  tree.nodes.set(path, { data, acl, stat: createStat(zxid, time, ephemeralOwner), children: new Set() });
  const kind = ephemeralKind(ephemeralOwner, tree.extendedTypesEnabled);
  if (kind === 'CONTAINER') tree.containers.add(path);
  else if (kind === 'TTL') tree.ttls.add(path);
  else if (kind === 'NORMAL') {
    const set = tree.ephemerals.get(ephemeralOwner) ?? new Set<string>();
    set.add(path);
    tree.ephemerals.set(ephemeralOwner, set);
  }
  onQuotaNodeCreated(tree, parentName, name);
  updateQuotaStat(tree, path, data === null ? 0 : utf8Length(data), 1);
  return [
    { table: 'data', type: 'NodeCreated', path },
    { table: 'child', type: 'NodeChildrenChanged', path: parentName },
  ];
}

/** DataTree.deleteNode: removes the node; the parent's pzxid moves forward, its stored cversion stays. */
export function deleteNode(tree: DataTree, path: string, zxid: Zxid): WatchTrigger[] {
  const node = getNode(tree, path);
  if (node === undefined) throw new Error(`deleteNode: no node ${path}`);
  const parentName = parentPath(path);
  const parent = getNode(tree, parentName);
  if (parent === undefined) throw new Error(`deleteNode: no parent for ${path}`);
  tree.nodes.delete(path);
  parent.children.delete(childName(path));
  if (zxid > parent.stat.pzxid) parent.stat.pzxid = zxid;
  const owner = node.stat.ephemeralOwner;
  const kind = ephemeralKind(owner, tree.extendedTypesEnabled);
  if (kind === 'CONTAINER') tree.containers.delete(path);
  else if (kind === 'TTL') tree.ttls.delete(path);
  else if (kind === 'NORMAL') {
    const set = tree.ephemerals.get(owner);
    set?.delete(path);
    if (set !== undefined && set.size === 0) tree.ephemerals.delete(owner);
  }
  onQuotaNodeDeleted(tree, parentName, childName(path));
  updateQuotaStat(tree, path, node.data === null ? 0 : -utf8Length(node.data), -1);
  return [
    { table: 'data', type: 'NodeDeleted', path },
    { table: 'child', type: 'NodeDeleted', path, suppressNotified: true },
    { table: 'child', type: 'NodeChildrenChanged', path: parentName },
  ];
}

/** DataTree.setData: new data, mzxid, mtime and the version the txn carries. */
export function setNodeData(tree: DataTree, path: string, data: string | null, version: number, zxid: Zxid, time: number): WatchTrigger[] {
  const node = getNode(tree, path);
  if (node === undefined) throw new Error(`setData: no node ${path}`);
  const bytesDiff = (data === null ? 0 : utf8Length(data)) - (node.data === null ? 0 : utf8Length(node.data));
  node.data = data;
  updateQuotaStat(tree, path, bytesDiff, 0);
  node.stat.version = version;
  node.stat.mzxid = zxid;
  node.stat.mtime = time;
  return [{ table: 'data', type: 'NodeDataChanged', path }];
}

/** DataTree.setACL: the new list, and the aclVersion the txn carries. No watch fires (§4.3). */
export function setNodeACL(tree: DataTree, path: string, acl: ACL[], version: number): void {
  const node = getNode(tree, path);
  if (node === undefined) throw new Error(`setACL: no node ${path}`);
  node.acl = acl;
  node.stat.aversion = version;
}

/** Every path of the subtree under `path` in breadth-first order (ZKUtil.listSubTreeBFS), children sorted. */
export function listSubTreeBFS(tree: DataTree, path: string): string[] {
  const out: string[] = [];
  const queue = [path];
  while (queue.length > 0) {
    const p = queue.shift() as string;
    const node = getNode(tree, p);
    if (node === undefined) continue;
    out.push(p);
    for (const c of sortedChildren(node)) queue.push(joinPath(p, c));
  }
  return out;
}
