/**
 * The live bridge against a real ZooKeeper 3.8 (skipped with its reason when Java or the package is
 * missing): it reports the server's mode, the tree, sessions and watches; runs zkCli lines and the lock
 * recipe when allowed; and reports losing the server.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startBridge, type Bridge } from './bridge-server.ts';
import type { BridgeEvent, BridgeRequest } from './protocol.ts';
import { realZooKeeperMissing, startRealZooKeeper, type RealServer } from './real-server.ts';

const missing = realZooKeeperMissing();
if (missing !== null) console.warn(`skipping the bridge test against a real ZooKeeper: ${missing}`);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe.skipIf(missing !== null)('the bridge on a real ZooKeeper', () => {
  let server: RealServer;
  let bridge: Bridge;
  let ws: WebSocket;
  const seen: BridgeEvent[] = [];
  const next = (pred: (e: BridgeEvent) => boolean, timeoutMs = 10000): Promise<BridgeEvent> =>
    new Promise((resolve, reject) => {
      const found = seen.find(pred);
      if (found) return resolve(found);
      const t = setTimeout(() => reject(new Error('timed out waiting for a bridge event')), timeoutMs);
      ws.on('message', function on(data) {
        const e = JSON.parse(String(data)) as BridgeEvent;
        if (pred(e)) {
          clearTimeout(t);
          ws.off('message', on);
          resolve(e);
        }
      });
    });
  const send = (r: BridgeRequest): void => ws.send(JSON.stringify(r));

  beforeAll(async () => {
    server = await startRealZooKeeper(await freePort());
    bridge = await startBridge({ ensemble: [server.connectString], port: 0, commandsEnabled: true, pollMs: 300 });
    ws = new WebSocket(`ws://127.0.0.1:${bridge.port}`);
    ws.on('message', (d) => seen.push(JSON.parse(String(d)) as BridgeEvent));
    await new Promise((r) => ws.once('open', r));
  }, 40000);
  afterAll(async () => {
    ws?.close();
    await bridge?.close();
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
    seen.length = 0;
    expect(await next((e) => e.type === 'servers' && e.servers[0]?.mode === 'unreachable')).toBeTruthy();
  }, 20000);
});
