/**
 * SetWatches: a reconnecting client hands its watch tables to its new server with the last zxid it saw
 * (reference §5.5). What changed meanwhile fires at once; the rest is registered again.
 */
import type { DataTree } from '../datatree/data-tree';
import { getNode } from '../datatree/data-tree';
import type { Zxid } from '../zxid';
import type { ServerWatches } from './server-watches';
import { addPersistentWatch } from './server-watches';
import { addWatch } from './watch-manager';
import type { WatchedEvent } from './watched-event';

/** The client's tables, by path, as SetWatches2 carries them. */
export interface SetWatchesRequest {
  readonly relativeZxid: Zxid;
  readonly dataWatches: readonly string[];
  readonly existWatches: readonly string[];
  readonly childWatches: readonly string[];
  readonly persistentWatches: readonly string[];
  readonly persistentRecursiveWatches: readonly string[];
}

/** DataTree.setWatches: registers `watcher`'s watches again and returns the events that fire now. */
export function setWatches(tree: DataTree, watches: ServerWatches, watcher: string, r: SetWatchesRequest): WatchedEvent[] {
  const fired: WatchedEvent[] = [];
  const fire = (type: WatchedEvent['type'], path: string): void => void fired.push({ type, state: 'SyncConnected', path });
  for (const path of r.dataWatches) {
    const node = getNode(tree, path);
    if (!node) fire('NodeDeleted', path);
    else if (node.stat.mzxid > r.relativeZxid) fire('NodeDataChanged', path);
    else addWatch(watches.dataWatches, path, watcher);
  }
  for (const path of r.existWatches) {
    if (getNode(tree, path)) fire('NodeCreated', path);
    else addWatch(watches.dataWatches, path, watcher);
  }
  for (const path of r.childWatches) {
    const node = getNode(tree, path);
    if (!node) fire('NodeDeleted', path);
    else if (node.stat.pzxid > r.relativeZxid) fire('NodeChildrenChanged', path);
    else addWatch(watches.childWatches, path, watcher);
  }
  for (const path of r.persistentWatches) addPersistentWatch(watches, path, watcher, 'PERSISTENT');
  for (const path of r.persistentRecursiveWatches) addPersistentWatch(watches, path, watcher, 'PERSISTENT_RECURSIVE');
  return fired;
}
