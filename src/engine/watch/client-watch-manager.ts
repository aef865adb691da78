/**
 * ZKWatchManager: the client's five tables and which watcher objects an event reaches (reference §5.3).
 * Watchers are labels ('default' is the ZooKeeper handle's default watcher). Plain data.
 */
import type { AddWatchMode, WatcherType } from '../datatree/request.ts';
import { ancestorsOf } from './watch-manager.ts';
import type { EventType, WatchedEvent } from './watched-event.ts';

type Table = Map<string, Set<string>>;

/** The five tables. */
export interface ClientWatchManager {
  dataWatches: Table;
  existWatches: Table;
  childWatches: Table;
  persistentWatches: Table;
  persistentRecursiveWatches: Table;
}

/** Empty tables. */
export function createClientWatchManager(): ClientWatchManager {
  return { dataWatches: new Map(), existWatches: new Map(), childWatches: new Map(), persistentWatches: new Map(), persistentRecursiveWatches: new Map() };
}

function add(t: Table, path: string, watcher: string): void {
  let s = t.get(path);
  if (s === undefined) t.set(path, (s = new Set()));
  s.add(watcher);
}

/** Which table a read's reply registers its watcher in; null when the reply registers none. */
export type Registration = 'data' | 'exist' | 'child' | AddWatchMode;

/** Registers `watcher` after a reply: getData OK → data; exists OK → data, NoNode → exist; … (§5.3). */
export function register(m: ClientWatchManager, kind: Registration, path: string, watcher: string): void {
  if (kind === 'data') add(m.dataWatches, path, watcher);
  else if (kind === 'exist') add(m.existWatches, path, watcher);
  else if (kind === 'child') add(m.childWatches, path, watcher);
  else if (kind === 'PERSISTENT') add(m.persistentWatches, path, watcher);
  else add(m.persistentRecursiveWatches, path, watcher);
}

function take(t: Table, path: string, into: Set<string>): void {
  for (const w of t.get(path) ?? []) into.add(w);
  t.delete(path);
}

function addPersistent(m: ClientWatchManager, path: string, into: Set<string>): void {
  for (const w of m.persistentWatches.get(path) ?? []) into.add(w);
  for (const p of [path, ...ancestorsOf(path)]) for (const w of m.persistentRecursiveWatches.get(p) ?? []) into.add(w);
}

/**
 * ZKWatchManager.materialize: the watcher objects `event` reaches, each once. One-shot entries are removed.
 * A state change (type None) reaches the default watcher and every registered watcher.
 */
export function materialize(m: ClientWatchManager, event: WatchedEvent, defaultWatcher = 'default'): string[] {
  const out = new Set<string>();
  const path = event.path ?? '';
  const type: EventType = event.type;
  if (type === 'None') {
    out.add(defaultWatcher);
    for (const t of Object.values(m) as Table[]) for (const s of t.values()) for (const w of s) out.add(w);
    return [...out];
  }
  if (type === 'NodeCreated' || type === 'NodeDataChanged') {
    take(m.dataWatches, path, out);
    take(m.existWatches, path, out);
  } else if (type === 'NodeChildrenChanged') {
    take(m.childWatches, path, out);
  } else if (type === 'NodeDeleted') {
    take(m.dataWatches, path, out);
    take(m.existWatches, path, out);
    take(m.childWatches, path, out);
  }
  addPersistent(m, path, out);
  return [...out];
}

/** True if removeWatches of this type would find something (ZKWatchManager.containsWatcher). */
export function containsWatcher(m: ClientWatchManager, path: string, type: WatcherType): boolean {
  const has = (t: Table): boolean => (t.get(path)?.size ?? 0) > 0;
  const persistent = has(m.persistentWatches) || has(m.persistentRecursiveWatches);
  if (type === 'Children') return has(m.childWatches) || persistent;
  if (type === 'Data') return has(m.dataWatches) || has(m.existWatches) || persistent;
  return has(m.childWatches) || has(m.dataWatches) || has(m.existWatches) || persistent;
}

/**
 * ZKWatchManager.removeWatcher for all watchers of `path`: Children clears the child table, Data the data and
 * exist tables, Any all five. Returns the removal events to deliver, in zkscope's fixed order.
 */
export function removeWatches(m: ClientWatchManager, path: string, type: WatcherType): { type: EventType; watchers: string[] }[] {
  const child = new Set<string>();
  const data = new Set<string>();
  const persistent = new Set<string>();
  if (type === 'Children' || type === 'Any') take(m.childWatches, path, child);
  if (type === 'Data' || type === 'Any') {
    take(m.dataWatches, path, data);
    take(m.existWatches, path, data);
  }
  if (type === 'Any') {
    take(m.persistentWatches, path, persistent);
    take(m.persistentRecursiveWatches, path, persistent);
  }
  // Java keeps these in a HashMap keyed by event type; real zkCli printed Persistent before Data.
  const out: { type: EventType; watchers: string[] }[] = [];
  if (persistent.size > 0) out.push({ type: 'PersistentWatchRemoved', watchers: [...persistent] });
  if (data.size > 0) out.push({ type: 'DataWatchRemoved', watchers: [...data] });
  if (child.size > 0) out.push({ type: 'ChildWatchRemoved', watchers: [...child] });
  return out;
}
