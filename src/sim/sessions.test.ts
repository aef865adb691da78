import { describe, expect, it } from 'vitest';
import { getNode } from '../engine/datatree/data-tree';
import { makeZxid } from '../engine/zxid';
import type { ScenarioEvent } from '../scenario/types';
import { client, threeServers } from './three-servers.test-helper';
import { addAction, runUntil } from './world';

function world(events: ScenarioEvent[], until: number) {
  return threeServers(events, until, 21);
}


describe('sessions across servers (reference §3.8, §6)', () => {
  it('§3.8 when its server stops, a client reconnects to another server with the same session; its ephemeral survives', () => {
    const { w, marks, checker } = world([client(3000, 'c1', [1, 2], 'create -e /mine x'), client(3200, 'c1', [1, 2], 'stat /mine')], 12000);
    runUntil(w, 3500);
    const c = w.state.clients.get('c1')!;
    const first = c.server!;
    const sessionId = c.cli.client.sessionId;
    addAction(w, { at: 4000, do: 'stop', server: first, signal: 'KILL' });
    runUntil(w, 12000);
    expect(checker.violations).toEqual([]);
    expect(c.server).not.toBe(first);
    expect(c.cli.client.sessionId).toBe(sessionId);
    expect(marks.some((m) => m.code === 'server.session.revalidated' && m.args.valid === true)).toBe(true);
    expect(c.output).toContain('WatchedEvent state:Disconnected type:None path:null');
    const other = [1, 2].find((s) => s !== first)!;
    expect(getNode(w.state.peers.get(other)!.mem!.db.tree, '/mine')).toBeDefined();
  });

  it('§3.8 monotonic reads: a server behind the zxid the client has seen refuses it ("client must try another server")', () => {
    const { w, marks } = world([client(3000, 'c1', [1, 2], 'create /k v')], 9000);
    runUntil(w, 3500);
    const c = w.state.clients.get('c1')!;
    // Pretend the client saw a zxid from the future: every server is behind it now.
    c.cli.client.lastZxidSeen = makeZxid(9, 1);
    addAction(w, { at: 4000, do: 'stop', server: c.server!, signal: 'KILL' });
    runUntil(w, 9000);
    const refused = marks.filter((m) => m.code === 'server.client.refused');
    expect(refused.length).toBeGreaterThan(0);
    expect(String(refused[0].args.reason)).toMatch(/^Refusing session request for client as it has seen zxid 0x900000001 our last zxid is 0x1000000\w+ client must try another server$/);
  });

  it('§3.7/§8.7 at counter 0xffffffff the leader abdicates: it refuses the zxid and a new epoch is elected', () => {
    const { w, marks, checker } = world([], 20000);
    runUntil(w, 3000);
    const leader = [...w.state.peers.values()].find((p) => p.mem?.state === 'LEADING')!;
    leader.mem!.leader!.lastProposed = makeZxid(1, 0xfffffffe);
    addAction(w, client(3100, 'c1', [leader.sid], 'create /k v'));
    runUntil(w, 20000);
    expect(marks.some((m) => m.code === 'zab.counter.exhausted' && m.args.zxid === makeZxid(1, 0xffffffff))).toBe(true);
    expect(marks.some((m) => m.code === 'peer.state' && m.sid === leader.sid && String(m.args.reason).startsWith('zxid lower 32 bits have rolled over'))).toBe(true);
    expect(marks.some((m) => m.code === 'zab.serving' && m.args.role === 'leader' && m.args.epoch === 2)).toBe(true);
    expect(checker.violations).toEqual([]);
  });
});
