/**
 * The live bridge against a real ZooKeeper 3.8 (skipped with its reason when Java or the package is
 * missing): it reports the server's mode, the tree, sessions and watches; runs zkCli lines and the lock
 * recipe when allowed; and reports losing the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBridge, type BridgeHarness } from './bridge-harness.test-helper.ts';
import type { BridgeEvent, BridgeRequest } from './protocol.ts';
import { freePort, realZooKeeperMissing, startRealZooKeeper, type RealServer } from './real-server.ts';

const missing = realZooKeeperMissing();
if (missing !== null) console.warn(`skipping the bridge test against a real ZooKeeper: ${missing}`);

describe.skipIf(missing !== null)('the bridge on a real ZooKeeper', () => {
  let server: RealServer;
  let h: BridgeHarness;
  const next = (pred: (e: BridgeEvent) => boolean, timeoutMs?: number): Promise<BridgeEvent> => h.next(pred, timeoutMs);
  const send = (r: BridgeRequest): void => h.send(r);

  beforeAll(async () => {
    server = await startRealZooKeeper(await freePort());
    h = await openBridge([server.connectString]);
  }, 40000);
  afterAll(async () => {
    await h?.close();
    await server?.stop();
  }, 20000);

  it('says hello and reports the server mode and zxid', async () => {
    expect(await next((e) => e.type === 'hello')).toMatchObject({ version: 1, commandsEnabled: true });
    const s = await next((e) => e.type === 'servers' && e.servers[0]?.mode === 'standalone');
    expect(s).toMatchObject({ servers: [{ address: server.connectString, mode: 'standalone', epoch: 0, error: null }] });
  });
  it('runs zkCli lines with the engine zkCli and shows the new node in the tree', async () => {
    send({ type: 'zkcli', requestId: 'r1', session: 'A', line: 'create /demo hello' });
    expect(await next((e) => e.type === 'output' && e.requestId === 'r1')).toMatchObject({ lines: expect.arrayContaining(['Created /demo']) });
    send({ type: 'zkcli', requestId: 'r2', session: 'A', line: 'get -w /demo' });
    expect(await next((e) => e.type === 'output' && e.requestId === 'r2')).toMatchObject({ lines: ['hello'] });
    const tree = await next((e) => e.type === 'tree' && e.nodes.some((n) => n.path === '/demo'));
    expect(tree.type === 'tree' && tree.nodes.find((n) => n.path === '/demo')).toMatchObject({ dataPreview: 'hello', version: 0, ephemeralOwner: '0x0' });
    const w = await next((e) => e.type === 'sessions' && e.watches.some((x) => x.paths.includes('/demo')));
    expect(w.type === 'sessions' && w.sessions.length).toBeGreaterThan(0);
  }, 20000);
  it('runs the lock recipe: the second session waits for the first', async () => {
    send({ type: 'lock', requestId: 'l1', session: 'P', action: 'acquire', lockPath: '/locks/demo' });
    expect(await next((e) => e.type === 'lock' && e.requestId === 'l1' && e.state === 'acquired')).toMatchObject({ node: '/locks/demo/lock-0000000000' });
    send({ type: 'lock', requestId: 'l2', session: 'Q', action: 'acquire', lockPath: '/locks/demo' });
    expect(await next((e) => e.type === 'lock' && e.requestId === 'l2' && e.state === 'waiting')).toMatchObject({ waitingFor: '/locks/demo/lock-0000000000' });
    send({ type: 'lock', requestId: 'l3', session: 'P', action: 'release', lockPath: '/locks/demo' });
    expect(await next((e) => e.type === 'lock' && e.requestId === 'l2' && e.state === 'acquired')).toMatchObject({ node: '/locks/demo/lock-0000000001' });
  }, 20000);
  it('reports losing the server', async () => {
    await server.stop();
    await next((e) => e.type === 'connection' && e.state === 'disconnected');
    h.seen.length = 0;
    expect(await next((e) => e.type === 'servers' && e.servers[0]?.mode === 'unreachable')).toBeTruthy();
  }, 20000);
});
