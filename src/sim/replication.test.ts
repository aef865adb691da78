import { describe, expect, it } from 'vitest';
import type { Mark } from '../engine/marks';
import { getNode } from '../engine/datatree/data-tree';
import type { ScenarioEvent } from '../scenario/types';
import { treeDigest } from './data-invariants';
import { snapshotWorld } from './srvr';
import { client, threeServers } from './three-servers.test-helper';
import { runUntil } from './world';
import type { World } from './world';

function run(events: ScenarioEvent[], until: number): { w: World; marks: Mark[]; violations: string[]; outputs: Record<string, string[]> } {
  const { w, marks, checker } = threeServers(events, until);
  runUntil(w, until);
  const outputs: Record<string, string[]> = {};
  for (const [name, c] of w.state.clients) outputs[name] = c.output;
  return { w, marks, violations: checker.violations.map((v) => `${v.property}: ${v.detail}`), outputs };
}


describe('Zab replication of the data tree (reference §3.6, §3.7, §4.3)', () => {
  it('§3.7 write, kill the leader, write again, restart it: three equal trees and the zxids ZooKeeper shows', () => {
    const { w, violations, outputs } = run([
      client(3000, 'c1', [1], 'create /k1 one'),
      client(3100, 'c2', [2], 'get -w /k1'),
      client(3300, 'c1', [1], 'set /k1 two'),
      { at: 5000, do: 'stop', server: 3, signal: 'KILL' },
      client(8000, 'c1', [1], 'create /k2 again'),
      { at: 10000, do: 'start', server: 3 },
    ], 16000);
    expect(violations).toEqual([]);
    const snap = snapshotWorld(w);
    // Epoch 1: createSession c1 (1), create /k1 (2), createSession c2 (3), set (4). Epoch 2: create /k2 (1).
    expect(snap.leader).toBe(2);
    for (const sid of ['1', '2', '3']) {
      expect(snap.servers[sid]).toMatchObject({ zxid: '0x200000001', currentEpoch: 2, acceptedEpoch: 2 });
    }
    const digests = [1, 2, 3].map((sid) => treeDigest(w.state.peers.get(sid)!));
    expect(new Set(digests).size).toBe(1);
    expect(outputs.c1).toContain('Created /k2');
    // The data watch of c2 fired once when c1 changed /k1 (§5.2).
    expect(outputs.c2.filter((l) => l.includes('NodeDataChanged path:/k1'))).toHaveLength(1);
  });

  it('§3.6 a restarted old leader whose log holds a proposal nobody acked is truncated (TRUNC) and loses it', () => {
    const { w, marks, violations } = run([
      client(3000, 'c1', [3], 'create /k1 one'),
      { at: 4000, do: 'partition', groups: [[3], [1, 2]] },
      client(4100, 'c1', [3], 'create /lost never'),
      { at: 4300, do: 'stop', server: 3, signal: 'KILL' },
      { at: 4300, do: 'heal' },
      { at: 9000, do: 'start', server: 3 },
    ], 14000);
    expect(violations).toEqual([]);
    const old = w.state.peers.get(3)!;
    expect(marks.some((m) => m.sid === 2 && m.code === 'zab.sync.trunc' && m.args.to === 3)).toBe(true);
    expect(getNode(old.mem!.db.tree, '/lost')).toBeUndefined();
    expect(old.disk.txnLog.some((p) => p.txn.body.type === 'create' && (p.txn.body as { path: string }).path === '/lost')).toBe(false);
    expect(getNode(old.mem!.db.tree, '/k1')).toBeDefined();
    expect(new Set([1, 2, 3].map((sid) => treeDigest(w.state.peers.get(sid)!))).size).toBe(1);
  });

  it('§3.6 a follower that missed writes while stopped catches up by DIFF from the committed log', () => {
    const { marks, w, violations } = run([
      client(2000, 'c0', [2], 'create /first 0'),
      { at: 2500, do: 'stop', server: 1, signal: 'TERM' },
      client(3000, 'c1', [2], 'create /a 1'),
      client(3100, 'c1', [2], 'create /b 2'),
      { at: 5000, do: 'start', server: 1 },
    ], 9000);
    expect(violations).toEqual([]);
    const diff = marks.find((m) => m.code === 'zab.sync.diff' && m.args.to === 1 && (m.args.peerLastZxid as bigint) > 0n);
    expect(diff).toBeDefined();
    expect(snapshotWorld(w).servers['1'].zxid).toBe(snapshotWorld(w).servers['3'].zxid);
  });

  it('§6.3 an ephemeral disappears on every server when its session is closed', () => {
    const { w, violations } = run([
      client(3000, 'c1', [1], 'create -e /eph x'),
      client(3500, 'c1', [1], 'close'),
    ], 6000);
    expect(violations).toEqual([]);
    for (const sid of [1, 2, 3]) expect(getNode(w.state.peers.get(sid)!.mem!.db.tree, '/eph')).toBeUndefined();
  });

  it('§6.2 a session whose client stops pinging expires on the leader and its ephemerals go in one txn', () => {
    const { w, marks, violations } = run([
      client(3000, 'c1', [1], 'create -e /eph x'),
      { at: 3500, do: 'stop', server: 1, signal: 'TERM' },
      { at: 3500, do: 'stop', server: 2, signal: 'TERM' },
      { at: 3600, do: 'start', server: 2 },
    ], 60000);
    expect(violations).toEqual([]);
    // c1 could only reach server 1 (stopped for good), so its 30 s session expires.
    const closes = marks.filter((m) => m.code === 'zab.apply' && m.args.op === 'closeSession');
    expect(closes.length).toBeGreaterThan(0);
    for (const sid of [2, 3]) expect(getNode(w.state.peers.get(sid)!.mem!.db.tree, '/eph')).toBeUndefined();
  });
});
