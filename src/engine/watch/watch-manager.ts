/**
 * The server-side WatchManager of one table (data or child), with 3.8.0's per-(watcher, path) mode
 * (WatcherModeManager). A watcher is a connection id. Plain data (reference §5.1).
 */
import type { EventType } from './watched-event.ts';

/** WatcherMode. */
export type WatcherMode = 'STANDARD' | 'PERSISTENT' | 'PERSISTENT_RECURSIVE';

/** One table. `modes` holds only non-STANDARD entries, keyed `watcher \0 path`, as WatcherModeManager does. */
export interface WatchManager {
  watchTable: Map<string, Set<string>>;
  watch2Paths: Map<string, Set<string>>;
  modes: Map<string, WatcherMode>;
  recursiveWatchQty: number;
}

/** An empty table. */
export function createWatchManager(): WatchManager {
  return { watchTable: new Map(), watch2Paths: new Map(), modes: new Map(), recursiveWatchQty: 0 };
}

const key = (watcher: string, path: string): string => `${watcher}\u0000${path}`;

/** The mode of `watcher` on `path` (STANDARD when none is recorded). */
export function watcherMode(m: WatchManager, watcher: string, path: string): WatcherMode {
  return m.modes.get(key(watcher, path)) ?? 'STANDARD';
}

// WatcherModeManager.setWatcherMode: the last registration wins, so a STANDARD watch registered over a
// PERSISTENT one demotes it to one-shot. That is 3.8.0's behaviour (fixed in 3.9 by ZOOKEEPER-4466).
function setMode(m: WatchManager, watcher: string, path: string, mode: WatcherMode): void {
  const k = key(watcher, path);
  const old = m.modes.get(k);
  if (old === 'PERSISTENT_RECURSIVE') m.recursiveWatchQty--;
  if (mode === 'STANDARD') m.modes.delete(k);
  else m.modes.set(k, mode);
  if (mode === 'PERSISTENT_RECURSIVE') m.recursiveWatchQty++;
}

/** WatchManager.addWatch. */
export function addWatch(m: WatchManager, path: string, watcher: string, mode: WatcherMode = 'STANDARD'): void {
  let list = m.watchTable.get(path);
  if (list === undefined) m.watchTable.set(path, (list = new Set()));
  list.add(watcher);
  let paths = m.watch2Paths.get(watcher);
  if (paths === undefined) m.watch2Paths.set(watcher, (paths = new Set()));
  paths.add(path);
  setMode(m, watcher, path, mode);
}

/** WatchManager.removeWatcher(path, watcher): true if there was one. */
export function removeWatch(m: WatchManager, path: string, watcher: string): boolean {
  const paths = m.watch2Paths.get(watcher);
  if (paths === undefined || !paths.delete(path)) return false;
  const list = m.watchTable.get(path);
  if (list === undefined || !list.delete(watcher)) return false;
  if (list.size === 0) m.watchTable.delete(path);
  setMode(m, watcher, path, 'STANDARD');
  return true;
}

/** WatchManager.removeWatcher(watcher): a closed connection loses every watch in this table. */
export function removeWatcher(m: WatchManager, watcher: string): void {
  for (const path of [...(m.watch2Paths.get(watcher) ?? [])]) removeWatch(m, path, watcher);
  m.watch2Paths.delete(watcher);
}

/** Ancestors of a path, nearest first, ending with `/` (PathParentIterator). */
export function ancestorsOf(path: string): string[] {
  const out: string[] = [];
  let p = path;
  while (p !== '/' && p !== '') {
    p = p.substring(0, p.lastIndexOf('/')) || '/';
    out.push(p);
  }
  return out;
}

/**
 * WatchManager.triggerWatch: who is notified of `type` on `path`. Recursive watches on the path or an
 * ancestor fire for everything except NodeChildrenChanged; other watches fire only on the path itself and
 * a STANDARD one is removed from this table. Returns every matched watcher (the next trigger's `suppress`)
 * and, separately, those actually notified (matched minus `suppress`).
 */
export function triggerWatch(
  m: WatchManager,
  path: string,
  type: EventType,
  suppress: ReadonlySet<string> = new Set(),
): { matched: Set<string>; notified: string[] } {
  const matched = new Set<string>();
  const candidates = m.recursiveWatchQty > 0 ? [path, ...ancestorsOf(path)] : [path];
  for (const localPath of candidates) {
    const list = m.watchTable.get(localPath);
    if (list === undefined) continue;
    for (const watcher of [...list]) {
      const mode = watcherMode(m, watcher, localPath);
      if (mode === 'PERSISTENT_RECURSIVE') {
        if (type !== 'NodeChildrenChanged') matched.add(watcher);
      } else if (localPath === path) {
        matched.add(watcher);
        if (mode === 'STANDARD') {
          list.delete(watcher);
          m.watch2Paths.get(watcher)?.delete(localPath);
        }
      }
    }
    if (list.size === 0) m.watchTable.delete(localPath);
  }
  return { matched, notified: [...matched].filter((w) => !suppress.has(w)) };
}
