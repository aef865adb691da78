/**
 * The partition, observer and replication presets run headless and show what their explanations
 * promise (reference §1.11, §2, §3.6, §3.9).
 */
import { describe, expect, it } from 'vitest';
import { getNode } from '../../engine/datatree/data-tree';
import { marksOf, runPreset } from './run-preset.test-helper';

describe('partition and observer presets', () => {
  it('partition-minority: split three ways, nobody leads or serves; after the heal a leader of epoch 2', () => {
    const run = runPreset('partition-minority');
    expect(run.violations).toEqual([]);
    expect(run.snapshots['before the split'].leader).toBe(5);
    const split = run.snapshots.split;
    expect(split.leader).toBeNull();
    for (const s of Object.values(split.servers)) expect(s.mode).toBe('not-serving');
    expect(marksOf(run, 'zab.quorum.lost', 5)).toHaveLength(1);
    const healed = run.snapshots.healed;
    expect(healed.leader).not.toBeNull();
    expect(healed.servers[String(healed.leader)].currentEpoch).toBe(2);
  });

  it('partition-majority: {1,2,3} elect 3 in epoch 2 and accept a write; {4,5} serve nobody; after the heal all five follow 3', () => {
    const run = runPreset('partition-majority');
    expect(run.violations).toEqual([]);
    const split = run.snapshots.split;
    expect(split.leader).toBe(3);
    expect(split.servers['3'].currentEpoch).toBe(2);
    for (const sid of ['4', '5']) expect(split.servers[sid].mode).toBe('not-serving');
    expect(run.clients.c1).toContain('Created /majority');
    const healed = run.snapshots.healed;
    expect(healed.leader).toBe(3);
    for (const sid of ['1', '2', '4', '5']) expect(healed.servers[sid]).toMatchObject({ mode: 'follower', currentEpoch: 2, zxid: healed.servers['3'].zxid });
  });

  it('observer-no-quorum: the observers observe while voters lead; with two voters down, no leader and nobody serves', () => {
    const run = runPreset('observer-no-quorum');
    expect(run.violations).toEqual([]);
    expect(run.snapshots['all running']).toMatchObject({ leader: 3, servers: { 4: { mode: 'observer' }, 5: { mode: 'observer' } } });
    const down = run.snapshots['two voters down'];
    expect(down.leader).toBeNull();
    for (const sid of ['1', '4', '5']) expect(down.servers[sid].mode).toBe('not-serving');
    // The observers never count: no decision after the voters died.
    expect(marksOf(run, 'fle.decided').filter((m) => m.time > 4000)).toEqual([]);
  });
});

describe('synchronisation presets (§3.6)', () => {
  it('sync-diff: server 1 rejoins with a zxid inside the committed log and gets a non-empty DIFF', () => {
    const run = runPreset('sync-diff');
    expect(run.violations).toEqual([]);
    const diff = marksOf(run, 'zab.sync.diff').filter((m) => m.args.to === 1 && m.time > 5000);
    expect(diff).toHaveLength(1);
    expect(diff[0].args.reason).toBe('peer within our log: DIFF');
    expect(marksOf(run, 'zab.sync.snap').filter((m) => m.args.to === 1 && m.time > 5000)).toEqual([]);
    const s = run.snapshots['caught up'];
    expect(s.servers['1'].zxid).toBe(s.servers[String(s.leader)].zxid);
    expect(getNode(run.world.state.peers.get(1)!.mem!.db.tree, '/b')).toBeDefined();
  });

  it('sync-snap: the old leader of epoch 1 comes back after an epoch-2 write and gets a SNAP: /lost gone, /k2 there', () => {
    const run = runPreset('sync-snap');
    expect(run.violations).toEqual([]);
    const snap = marksOf(run, 'zab.sync.snap', 2);
    expect(snap.map((m) => m.args.to)).toEqual([3]);
    expect(snap[0].args.peerLastZxid).toBe(0x100000003n);
    expect(marksOf(run, 'zab.sync.trunc')).toEqual([]);
    const tree = run.world.state.peers.get(3)!.mem!.db.tree;
    expect(getNode(tree, '/lost')).toBeUndefined();
    expect(getNode(tree, '/k2')).toBeDefined();
    const s = run.snapshots['server 3 back'];
    expect(s.servers['3']).toMatchObject({ mode: 'follower', zxid: '0x200000002' });
  });

  it('sync-trunc: the old leader\'s uncommitted /lost is truncated (TRUNC to 0x100000002) and the client saw ConnectionLoss', () => {
    const run = runPreset('sync-trunc');
    expect(run.violations).toEqual([]);
    const trunc = marksOf(run, 'zab.sync.trunc', 2);
    expect(trunc.map((m) => m.args.to)).toEqual([3]);
    expect(trunc[0].args.peerLastZxid).toBe(0x100000003n);
    expect(run.clients.c1).toContain('KeeperErrorCode = ConnectionLoss for /lost');
    const old = run.world.state.peers.get(3)!;
    expect(getNode(old.mem!.db.tree, '/lost')).toBeUndefined();
    expect(old.disk.txnLog.every((p) => p.zxid <= 0x100000002n)).toBe(true);
    expect(run.snapshots['server 3 back'].servers['3']).toMatchObject({ mode: 'follower', zxid: '0x100000002' });
  });
});
