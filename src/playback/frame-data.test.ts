import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioEvent } from '../scenario/types';
import { clientMessages, viewClients } from './frame-clients';
import { viewTree } from './frame-tree';
import { createWorld, runUntil, type World } from '../sim/world';

function world(events: ScenarioEvent[]): World {
  const scenario: Scenario = {
    format: 'zkscope/scenario', version: 1, title: 'data view', seed: 7,
    servers: [{ id: 1 }, { id: 2 }, { id: 3 }], config: { tickTime: 2000, initLimit: 10, syncLimit: 5 },
    network: { latencyMs: [1, 5] },
    events: [1, 2, 3].map((server) => ({ at: 0, do: 'start' as const, server })).concat(events as never[]), until: 60000,
  };
  return createWorld(scenario);
}
const cmd = (at: number, session: string, command: string, server = 1): ScenarioEvent => ({ at, do: 'client', session, servers: [server], command });
const lock = (at: number, session: string): ScenarioEvent => ({ at, do: 'lock', session, servers: null, path: '/locks', herd: false });

describe('the data side of a frame (issue 5)', () => {
  it('shows node kinds, owners, stat lines and a data watch that disappears once it fires', () => {
    const w = world([
      cmd(3000, 'c1', 'create /a hello'), cmd(3000, 'c1', 'create -e -s /a/e- x'), cmd(3000, 'c1', 'create -c /box'),
      cmd(3200, 'c2', 'get -w /a', 1), cmd(3200, 'c2', 'stat -w /nope', 1), cmd(3200, 'c3', 'addWatch -m PERSISTENT /a', 1),
      cmd(3700, 'c1', 'set /a changed'),
    ]);
    runUntil(w, 3600);
    const tree = viewTree(w, w.state.peers.get(1)!)!;
    const a = tree.nodes.find((n) => n.path === '/a')!;
    expect(a).toMatchObject({ kind: 'persistent', data: 'hello', parent: '/', missing: false });
    expect(a.stat[0]).toMatch(/^cZxid = 0x1000000/);
    expect(a.stat).toHaveLength(11);
    expect(a.watches).toEqual(expect.arrayContaining([{ kind: 'data', session: 'c2', server: 1 }, { kind: 'persistent', session: 'c3', server: 1 }]));
    const e = tree.nodes.find((n) => n.path.startsWith('/a/e-'))!;
    expect(e).toMatchObject({ kind: 'ephemeral', sequential: true, ownerSession: 'c1', name: 'e-0000000000' });
    expect(tree.nodes.find((n) => n.path === '/box')?.kind).toBe('container');
    expect(tree.nodes.find((n) => n.path === '/nope')).toMatchObject({ missing: true, watches: [{ kind: 'exist', session: 'c2', server: 1 }] });

    let sawWatch = false;
    w.onStep = (world) => {
      if (clientMessages(world).some((m) => !m.up && m.kind === 'watch' && m.label === 'NodeDataChanged /a' && m.client === 'c2')) sawWatch = true;
    };
    runUntil(w, 4200);
    expect(sawWatch).toBe(true);
    const after = viewTree(w, w.state.peers.get(1)!)!.nodes.find((n) => n.path === '/a')!;
    // The one-shot data watch is gone; the persistent one stays.
    expect(after.watches).toEqual([{ kind: 'persistent', session: 'c3', server: 1 }]);
    const c2 = viewClients(w, []).find((c) => c.name === 'c2')!;
    expect(c2).toMatchObject({ state: 'CONNECTED', server: 1, timeout: 30000 });
    expect(c2.lines.some((l) => l.text === 'WatchedEvent state:SyncConnected type:NodeDataChanged path:/a')).toBe(true);
  });

  it('a killed client is DISCONNECTED until its session expires, then EXPIRED; a closed lock contender leaves the queue', () => {
    const w = world([lock(2000, 'A'), lock(2100, 'B'), lock(2200, 'C'), { at: 3000, do: 'kill', session: 'A' }, cmd(3000, 'B', 'close')]);
    runUntil(w, 4000);
    let v = viewClients(w, []);
    expect(v.find((c) => c.name === 'A')).toMatchObject({ state: 'DISCONNECTED', killed: true, recipe: { phase: 'holding', held: true } });
    expect(v.find((c) => c.name === 'A')!.expiresAt).toBeGreaterThan(30000);
    expect(v.find((c) => c.name === 'B')).toMatchObject({ state: 'CLOSED', recipe: { phase: 'closed' } });
    // C re-targeted its watch from B's node to A's.
    expect(v.find((c) => c.name === 'C')!.recipe).toMatchObject({ phase: 'waiting', watching: '/locks/lock-0000000000', notifications: 1 });
    runUntil(w, 40000);
    v = viewClients(w, []);
    expect(v.find((c) => c.name === 'A')!.state).toBe('EXPIRED');
    expect(v.find((c) => c.name === 'C')!.recipe).toMatchObject({ phase: 'holding', held: true });
  });
});
