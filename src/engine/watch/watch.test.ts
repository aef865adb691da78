import { describe, expect, it } from 'vitest';
import { createServerWatches, fireTriggers, addPersistentWatch } from './server-watches.ts';
import { addWatch } from './watch-manager.ts';
import { createClientWatchManager, materialize, register } from './client-watch-manager.ts';
import type { WatchTrigger } from './watched-event.ts';

const del = (path: string, parent: string): WatchTrigger[] => [
  { table: 'data', type: 'NodeDeleted', path },
  { table: 'child', type: 'NodeDeleted', path, suppressNotified: true },
  { table: 'child', type: 'NodeChildrenChanged', path: parent },
];

describe('watches', () => {
  it('§5.1 a standard watch is one-shot per table', () => {
    const w = createServerWatches();
    addWatch(w.dataWatches, '/a', 'c1');
    addWatch(w.childWatches, '/a', 'c1');
    expect(fireTriggers(w, [{ table: 'data', type: 'NodeDataChanged', path: '/a' }])).toHaveLength(1);
    expect(fireTriggers(w, [{ table: 'data', type: 'NodeDataChanged', path: '/a' }])).toHaveLength(0);
    expect(w.childWatches.watchTable.get('/a')?.has('c1')).toBe(true);
  });

  it('§5.2 a delete notifies a connection once although it watched both tables, then the parent', () => {
    const w = createServerWatches();
    addWatch(w.dataWatches, '/p/x', 'c1');
    addWatch(w.childWatches, '/p/x', 'c1');
    addWatch(w.childWatches, '/p', 'c1');
    expect(fireTriggers(w, del('/p/x', '/p')).map((n) => n.event.type)).toEqual(['NodeDeleted', 'NodeChildrenChanged']);
  });

  it('§5.1 recursive watches fire for descendants but never for NodeChildrenChanged', () => {
    const w = createServerWatches();
    addPersistentWatch(w, '/app', 'c1', 'PERSISTENT_RECURSIVE');
    const created = fireTriggers(w, [{ table: 'data', type: 'NodeCreated', path: '/app/x/y' }, { table: 'child', type: 'NodeChildrenChanged', path: '/app/x' }]);
    expect(created.map((n) => n.event.type)).toEqual(['NodeCreated']);
  });

  it('§5.1 (3.8.0 quirk) a standard watch registered over a persistent one makes it one-shot', () => {
    const w = createServerWatches();
    addPersistentWatch(w, '/a', 'c1', 'PERSISTENT');
    addWatch(w.dataWatches, '/a', 'c1');
    expect(fireTriggers(w, [{ table: 'data', type: 'NodeDataChanged', path: '/a' }])).toHaveLength(1);
    expect(fireTriggers(w, [{ table: 'data', type: 'NodeDataChanged', path: '/a' }])).toHaveLength(0);
  });

  it('§5.3 NodeDeleted reaches data, exist and child watchers, each object once', () => {
    const m = createClientWatchManager();
    register(m, 'data', '/a', 'S');
    register(m, 'child', '/a', 'S');
    register(m, 'data', '/a', 'T');
    expect(materialize(m, { type: 'NodeDeleted', state: 'SyncConnected', path: '/a' })).toEqual(['S', 'T']);
    expect(materialize(m, { type: 'NodeDeleted', state: 'SyncConnected', path: '/a' })).toEqual([]);
  });
});
