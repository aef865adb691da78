/**
 * The live bridge against a real ZooKeeper 3.8 (skipped with its reason when Java or the package is
 * missing): it reports the server's mode, the tree, sessions and watches; runs zkCli lines and the lock
 * recipe when allowed; and reports losing the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSocket, openBridge, startTestBridge, type BridgeHarness } from './bridge-harness.test-helper.ts';
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
  it('100 session names: the bridge opens up to 16 sessions over all sockets, refuses the others naming the limit, and closing the socket closes its own', async () => {
    const before = h.bridge.openSessions(); // the zkCli and lock sessions of the tests above, on the first socket
    const s = connectSocket(h.bridge.port);
    await s.next((e) => e.type === 'connection' && e.state === 'connected');
    for (let i = 0; i < 100; i++) s.send({ type: 'zkcli', requestId: `n${i}`, session: `S${i}`, line: 'ls /' });
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => s.next((e) => (e.type === 'output' || e.type === 'error') && e.requestId === `n${i}`, 20000)));
    expect(answers.filter((e) => e.type === 'output')).toHaveLength(16 - before);
    expect(answers.filter((e) => e.type === 'error' && /has 16 sessions open, its limit/.test(e.message))).toHaveLength(84 + before);
    expect(h.bridge.openSessions()).toBe(16);
    s.ws.close();
    await s.closed;
    await expect.poll(() => h.bridge.openSessions()).toBe(before);
  }, 30000);
  it('closes a session left idle', async () => {
    const idle = await startTestBridge([server.connectString], { sessionIdleMs: 300 });
    const s = connectSocket(idle.bridge.port);
    await s.next((e) => e.type === 'connection' && e.state === 'connected', 20000);
    s.send({ type: 'zkcli', requestId: 'i1', session: 'A', line: 'ls /' });
    await s.next((e) => e.type === 'output' && e.requestId === 'i1');
    await expect.poll(() => idle.bridge.openSessions(), { timeout: 10000 }).toBe(0);
    await idle.bridge.close();
  }, 30000);
  it('ZooKeeper going away mid-request: the request fails at once saying ZooKeeper is unreachable, and so does the next', async () => {
    process.kill(server.pid, 'SIGSTOP'); // the request reaches a server that no longer answers…
    send({ type: 'zkcli', requestId: 'mid', session: 'A', line: 'create /late x' });
    await new Promise((r) => setTimeout(r, 200));
    process.kill(server.pid, 'SIGKILL'); // …and then the server is gone
    expect(await next((e) => e.type === 'error' && e.requestId === 'mid', 8000)).toMatchObject({ message: expect.stringMatching(/^ZooKeeper is unreachable/) });
    send({ type: 'zkcli', requestId: 'after', session: 'A', line: 'ls /' });
    expect(await next((e) => e.type === 'error' && e.requestId === 'after', 2000)).toMatchObject({ message: expect.stringMatching(/^ZooKeeper is unreachable/) });
    expect(h.seen.some((e) => e.type === 'output' && (e.requestId === 'mid' || e.requestId === 'after'))).toBe(false);
  }, 20000);
  it('reports losing the server (killed by the test above)', async () => {
    await next((e) => e.type === 'connection' && e.state === 'disconnected');
    h.seen.length = 0;
    expect(await next((e) => e.type === 'servers' && e.servers[0]?.mode === 'unreachable')).toBeTruthy();
  }, 20000);
});
