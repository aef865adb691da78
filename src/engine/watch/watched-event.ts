/**
 * Watcher.Event: event types, keeper states and the WatchedEvent a client's watcher receives (reference §5).
 */

/** Watcher.Event.EventType names, as WatchedEvent.toString prints them. */
export type EventType =
  | 'None'
  | 'NodeCreated'
  | 'NodeDeleted'
  | 'NodeDataChanged'
  | 'NodeChildrenChanged'
  | 'DataWatchRemoved'
  | 'ChildWatchRemoved'
  | 'PersistentWatchRemoved';

/** Watcher.Event.KeeperState names. */
export type KeeperState = 'SyncConnected' | 'Disconnected' | 'Expired' | 'Closed' | 'AuthFailed' | 'ConnectedReadOnly';

/** Which server-side table a trigger goes to (DataTree's dataWatches or childWatches). */
export type WatchTable = 'data' | 'child';

/**
 * One `triggerWatch` call the DataTree makes while applying a txn. `suppressNotified` marks the child-table
 * NodeDeleted that skips connections the data-table trigger just notified (reference §5.2).
 */
export interface WatchTrigger {
  table: WatchTable;
  type: EventType;
  path: string;
  suppressNotified?: boolean;
}

/** What a watcher receives. `path` is null for state changes. */
export interface WatchedEvent {
  type: EventType;
  state: KeeperState;
  path: string | null;
}

/** WatchedEvent.toString, the line zkCli prints under `WATCHER::`. */
export function formatWatchedEvent(e: WatchedEvent): string {
  return `WatchedEvent state:${e.state} type:${e.type} path:${e.path === null ? 'null' : e.path}`;
}
