/**
 * The session, watch and lock presets run headless and show what their explanations promise
 * (reference §4.5, §5, §6.2, §6.5).
 */
import { describe, expect, it } from 'vitest';
import { getNode } from '../../engine/datatree/data-tree';
import { marksOf, runPreset, watchedEvents } from './run-preset.test-helper';

const LOCKS = ['lock-0000000000', 'lock-0000000001', 'lock-0000000002', 'lock-0000000003'];
const list = (names: string[]) => `[${names.join(', ')}]`;

describe('data-tree presets', () => {
  it('session-expiry: w1 outlives its server for a while, then one closeSession removes it everywhere and the admin\'s watch fires', () => {
    const run = runPreset('session-expiry');
    expect(run.violations).toEqual([]);
    const closes = marksOf(run, 'zab.apply').filter((m) => m.args.op === 'closeSession');
    expect(closes.length).toBeGreaterThan(0);
    // Expiry comes after the 30 s session timeout, not when the server died (3 s).
    expect(Math.min(...closes.map((m) => m.time))).toBeGreaterThan(3000 + 30000);
    expect(run.clients.admin).toEqual(['Created /workers', '[w1]', '[w1]', '', 'WATCHER::', '',
      'WatchedEvent state:SyncConnected type:NodeChildrenChanged path:/workers', '[]']);
    for (const sid of [2, 3]) expect(getNode(run.world.state.peers.get(sid)!.mem!.db.tree, '/workers/w1')).toBeUndefined();
  });

  it('watch-kinds: one-shot data, exists and child watches fire once; the persistent recursive watch reports every change', () => {
    const run = runPreset('watch-kinds');
    expect(run.violations).toEqual([]);
    expect(watchedEvents(run.clients.data)).toEqual(['NodeDataChanged /cfg']);
    expect(watchedEvents(run.clients.exists)).toEqual(['NodeCreated /new']);
    expect(watchedEvents(run.clients.child)).toEqual(['NodeChildrenChanged /cfg']);
    expect(watchedEvents(run.clients.persistent)).toEqual([
      'NodeDataChanged /cfg', 'NodeDataChanged /cfg', 'NodeCreated /cfg/child', 'NodeCreated /cfg/child2',
    ]);
  });

  it('lock-recipe: names lock-0000000000…3 in create order; c1, c2, c3, c4 hold the lock in turn and each release wakes only the next', () => {
    const run = runPreset('lock-recipe');
    expect(run.violations).toEqual([]);
    const c = run.clients;
    ['c1', 'c2', 'c3', 'c4'].forEach((s, i) => expect(c[s]).toContain(`Created /locks/${LOCKS[i]}`));
    for (const s of ['c1', 'c2', 'c3', 'c4']) expect(c[s]).toContain(list(LOCKS));
    // Each waiter is woken exactly once, by its own predecessor's deletion: no herd.
    expect(watchedEvents(c.c2)).toEqual([`NodeDeleted /locks/${LOCKS[0]}`]);
    expect(watchedEvents(c.c3)).toEqual([`NodeDeleted /locks/${LOCKS[1]}`]);
    expect(watchedEvents(c.c4)).toEqual([`NodeDeleted /locks/${LOCKS[2]}`]);
    // After each wake-up the woken client lists /locks and finds itself lowest.
    expect(c.c2.at(-5)).toBe(list(LOCKS.slice(1)));
    expect(c.c3).toContain(list(LOCKS.slice(2)));
    expect(c.c4.at(-1)).toBe(list(LOCKS.slice(3)));
    // c1 released by closing its session; c2's node went by expiry, 30 s after its server died.
    expect(c.c1.at(-1)).toBe('WatchedEvent state:Closed type:None path:null');
    const closes = marksOf(run, 'zab.apply', 3).filter((m) => m.args.op === 'closeSession').map((m) => m.time);
    expect(closes).toHaveLength(2);
    expect(closes[1]).toBeGreaterThan(6000 + 30000);
    // The stored cversion counts creates only (§4.5): the next client in line would get lock-0000000004.
    expect(getNode(run.world.state.peers.get(3)!.mem!.db.tree, '/locks')!.stat.cversion).toBe(4);
  });

  it('herd-effect: one release wakes all three waiters watching /locks, and only c2 finds itself lowest', () => {
    const run = runPreset('herd-effect');
    expect(run.violations).toEqual([]);
    for (const s of ['c2', 'c3', 'c4']) {
      expect(watchedEvents(run.clients[s])).toEqual(['NodeChildrenChanged /locks']);
      expect(run.clients[s].at(-1)).toBe(list(LOCKS.slice(1)));
    }
    expect(watchedEvents(run.clients.c1)).toEqual([]);
  });
});
