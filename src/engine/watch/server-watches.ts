/**
 * A server's two watch tables (DataTree.dataWatches and childWatches) and how the DataTree's triggers
 * become notifications to connections (reference §5.1, §5.2, §5.4).
 */
import type { AddWatchMode, WatcherType } from '../datatree/request.ts';
import { addWatch, createWatchManager, removeWatch, removeWatcher, triggerWatch, type WatchManager } from './watch-manager.ts';
import type { WatchedEvent, WatchTrigger } from './watched-event.ts';

/** Both tables of one server. */
export interface ServerWatches {
  dataWatches: WatchManager;
  childWatches: WatchManager;
}

/** A notification queued on a connection: sent before the response of the write that caused it. */
export interface Notification {
  watcher: string;
  event: WatchedEvent;
}

/** Empty tables. */
export function createServerWatches(): ServerWatches {
  return { dataWatches: createWatchManager(), childWatches: createWatchManager() };
}

/** Fires the triggers of one applied txn, in order; a child-table NodeDeleted skips those just notified. */
export function fireTriggers(w: ServerWatches, triggers: WatchTrigger[]): Notification[] {
  const out: Notification[] = [];
  let lastMatched = new Set<string>();
  for (const t of triggers) {
    const table = t.table === 'data' ? w.dataWatches : w.childWatches;
    const { matched, notified } = triggerWatch(table, t.path, t.type, t.suppressNotified ? lastMatched : new Set());
    lastMatched = matched;
    for (const watcher of notified) out.push({ watcher, event: { type: t.type, state: 'SyncConnected', path: t.path } });
  }
  return out;
}

/** addWatch: a persistent watch goes into both tables, even for a missing path (§5.1). */
export function addPersistentWatch(w: ServerWatches, path: string, watcher: string, mode: AddWatchMode): void {
  addWatch(w.dataWatches, path, watcher, mode);
  addWatch(w.childWatches, path, watcher, mode);
}

/** DataTree.removeWatch: true if a watch of that type was there. */
export function removeWatchOfType(w: ServerWatches, path: string, type: WatcherType, watcher: string): boolean {
  if (type === 'Children') return removeWatch(w.childWatches, path, watcher);
  if (type === 'Data') return removeWatch(w.dataWatches, path, watcher);
  const c = removeWatch(w.childWatches, path, watcher);
  const d = removeWatch(w.dataWatches, path, watcher);
  return c || d;
}

/** A closed connection's watches are gone from both tables (§5.5). */
export function removeConnectionWatches(w: ServerWatches, watcher: string): void {
  removeWatcher(w.dataWatches, watcher);
  removeWatcher(w.childWatches, watcher);
}
