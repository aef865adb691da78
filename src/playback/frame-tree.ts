/**
 * The znode tree of one server as the app draws it (issue 5): every node with its kind, a data
 * preview, the lines zkCli's `stat` prints, and the watches registered on it, as plain data.
 */
import { statOf, type DataTree } from '../engine/datatree/data-tree';
import { ephemeralKind, ttlOf } from '../engine/datatree/ephemeral-type';
import type { Peer } from '../engine/peer/state';
import type { ServerWatches } from '../engine/watch/server-watches';
import { watcherMode, type WatchManager } from '../engine/watch/watch-manager';
import { zxidHex } from '../engine/zxid';
import { longHex, printStat } from '../engine/zkcli/stat-printer';
import type { World } from '../sim/world';
import { aclText, isOpenAcl } from '../engine/acl/acl';

/** How a znode lives: CreateMode without the sequential flag (that is `sequential`). */
export type ZnodeKind = 'persistent' | 'ephemeral' | 'container' | 'ttl';

/** The client table a watch stands for: exists on a missing node is an exist watch (§5.3). */
export type WatchKind = 'data' | 'exist' | 'child' | 'persistent' | 'persistentRecursive';

/** One registered watch: its kind, the client session (by name) whose connection holds it, and the server it is registered on. */
export interface WatchBadge {
  readonly kind: WatchKind;
  readonly session: string;
  readonly server: number;
}

/** One znode, or (missing: true) a watched path that does not exist. */
export interface ZnodeView {
  readonly path: string;
  readonly name: string;
  readonly parent: string | null;
  readonly missing: boolean;
  readonly kind: ZnodeKind;
  readonly sequential: boolean;
  /** ephemeralOwner in hex and the client session it belongs to, for ephemerals. */
  readonly owner: string | null;
  readonly ownerSession: string | null;
  readonly ttlMs: number | null;
  /** The data, cut to PREVIEW_CHARS; `dataLength` is the full length in bytes. */
  readonly data: string | null;
  readonly dataLength: number;
  readonly version: number;
  readonly mzxid: string;
  /** What `stat path` prints, line by line. */
  readonly stat: readonly string[];
  /** The ACL, one `scheme:id:perms` entry each (as setAcl takes them). */
  readonly acl: readonly string[];
  /** Someone may not do something here: the ACL is not world:anyone:cdrwa. */
  readonly protected: boolean;
  readonly watches: readonly WatchBadge[];
}

/** The tree of one server. */
export interface TreeView {
  readonly sid: number;
  readonly lastZxid: string;
  readonly nodes: readonly ZnodeView[];
  /** true when the tree had more than MAX_NODES nodes and only the first were sent. */
  readonly truncated: boolean;
}

const PREVIEW_CHARS = 200;
/** A teaching tree is small; this bound keeps a runaway script from flooding every frame. */
const MAX_NODES = 400;
const SEQUENTIAL = /\d{10}$/;

/** The session name behind a connection id (`name#n`), even after the connection closed. */
function sessionOfCnxn(w: World, cnxnId: string): string {
  return w.state.cnxns.get(cnxnId)?.client ?? cnxnId.slice(0, cnxnId.lastIndexOf('#'));
}

function badgesOf(w: World, out: Map<string, WatchBadge[]>, server: number, watches: ServerWatches, tree: DataTree): void {
  const add = (path: string, b: WatchBadge) => {
    const list = out.get(path) ?? [];
    if (!list.some((x) => x.kind === b.kind && x.session === b.session && x.server === b.server)) list.push(b);
    out.set(path, list);
  };
  const scan = (m: WatchManager, table: 'data' | 'child') => {
    for (const [path, watchers] of m.watchTable) {
      for (const cnxn of watchers) {
        const mode = watcherMode(m, cnxn, path);
        // A persistent watch sits in both tables: one badge.
        const kind: WatchKind = mode === 'PERSISTENT' ? 'persistent' : mode === 'PERSISTENT_RECURSIVE' ? 'persistentRecursive'
          : table === 'child' ? 'child' : tree.nodes.has(path) ? 'data' : 'exist';
        add(path, { kind, session: sessionOfCnxn(w, cnxn), server });
      }
    }
  };
  scan(watches.dataWatches, 'data');
  scan(watches.childWatches, 'child');
}

/** Client session names by session id, to name the owner of an ephemeral. */
function sessionNames(w: World): Map<bigint, string> {
  const m = new Map<bigint, string>();
  for (const c of w.state.clients.values()) if (c.cli.client.sessionId !== 0n) m.set(c.cli.client.sessionId, c.name);
  return m;
}

function parentOf(path: string): string | null {
  if (path === '/') return null;
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

/** The tree of `peer` (null when it is stopped), with the watches of every running server. Nodes come sorted by path. */
export function viewTree(w: World, peer: Peer): TreeView | null {
  const mem = peer.mem;
  if (!mem) return null;
  const tree = mem.db.tree;
  // A watch lives on the server its client is connected to; every server's watches are drawn on this
  // tree (each badge says which server), so one tree shows who is waiting for what.
  const badges = new Map<string, WatchBadge[]>();
  for (const p of [...w.state.peers.values()].sort((a, b) => a.sid - b.sid)) {
    if (p.mem) badgesOf(w, badges, p.sid, p.mem.zk.watches, p.mem.db.tree);
  }
  const names = sessionNames(w);
  const paths = [...tree.nodes.keys()].sort();
  const truncated = paths.length > MAX_NODES;
  const nodes: ZnodeView[] = [];
  for (const path of truncated ? paths.slice(0, MAX_NODES) : paths) {
    const node = tree.nodes.get(path)!;
    const stat = statOf(tree, node);
    const ek = ephemeralKind(node.stat.ephemeralOwner, tree.extendedTypesEnabled);
    const kind: ZnodeKind = ek === 'NORMAL' ? 'ephemeral' : ek === 'CONTAINER' ? 'container' : ek === 'TTL' ? 'ttl' : 'persistent';
    const name = path === '/' ? '/' : path.slice(path.lastIndexOf('/') + 1);
    nodes.push({
      path, name, parent: parentOf(path), missing: false, kind, sequential: SEQUENTIAL.test(name),
      owner: kind === 'ephemeral' ? longHex(node.stat.ephemeralOwner) : null,
      ownerSession: kind === 'ephemeral' ? (names.get(node.stat.ephemeralOwner) ?? null) : null,
      ttlMs: kind === 'ttl' ? ttlOf(node.stat.ephemeralOwner) : null,
      data: node.data === null ? null : node.data.slice(0, PREVIEW_CHARS), dataLength: stat.dataLength,
      version: stat.version, mzxid: zxidHex(stat.mzxid), stat: printStat(stat), watches: badges.get(path) ?? [],
      acl: node.acl.map(aclText), protected: !isOpenAcl(node.acl),
    });
  }
  // Watches on paths that do not exist (exists -w, addWatch before create): drawn as ghosts under their parent.
  for (const [path, list] of badges) {
    if (tree.nodes.has(path)) continue;
    const name = path.slice(path.lastIndexOf('/') + 1);
    nodes.push({
      path, name, parent: parentOf(path), missing: true, kind: 'persistent', sequential: false, owner: null, ownerSession: null,
      ttlMs: null, data: null, dataLength: 0, version: 0, mzxid: '0x0', stat: [], watches: list, acl: [], protected: false,
    });
  }
  return { sid: peer.sid, lastZxid: zxidHex(mem.db.lastProcessedZxid), nodes, truncated };
}
