/**
 * The bridge against hostile clients (issue 11), with no ZooKeeper behind it (its address refuses
 * connections): only the launch token from an allowed Origin is admitted, in read-only and command mode;
 * malformed, mistyped and oversized messages get an error reply (or, past the size limit, a closed socket)
 * and the bridge goes on; a request while ZooKeeper is unreachable fails at once and says so.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSocket, startTestBridge, TEST_ORIGIN, TEST_TOKEN, type BridgeSocket } from './bridge-harness.test-helper.ts';
import type { Bridge } from './bridge-server.ts';
import { checkBridgeRequest } from './protocol-check.ts';
import { BRIDGE_LIMITS, CLOSE_BAD_ORIGIN, CLOSE_BAD_TOKEN, type BridgeEvent } from './protocol.ts';
import { freePort } from './real-server.ts';

const admitted = async (s: BridgeSocket): Promise<void> => void (await s.next((e) => e.type === 'hello', 5000));
const errorFor = (s: BridgeSocket, requestId: string | null): Promise<BridgeEvent> => s.next((e) => e.type === 'error' && e.requestId === requestId, 5000);

describe.each([true, false])('the bridge handshake (commands %s)', (commandsEnabled) => {
  let bridge: Bridge;
  let log: string[];
  beforeAll(async () => ({ bridge, log } = await startTestBridge([`127.0.0.1:${await freePort()}`], { commandsEnabled })));
  afterAll(() => bridge.close());

  it.each([
    ['a foreign web page', TEST_TOKEN, 'http://evil.example', CLOSE_BAD_ORIGIN, /origin http:\/\/evil\.example is not allowed/],
    ['a page on another local port', TEST_TOKEN, 'http://127.0.0.1:9999', CLOSE_BAD_ORIGIN, /not allowed/],
    ['a file:// page (Origin "null")', TEST_TOKEN, 'null', CLOSE_BAD_ORIGIN, /origin null is not allowed/],
    ['no token', null, TEST_ORIGIN, CLOSE_BAD_TOKEN, /needs its access token/],
    ['an empty token', '', TEST_ORIGIN, CLOSE_BAD_TOKEN, /needs its access token/],
    ['a wrong token', 'guess', TEST_ORIGIN, CLOSE_BAD_TOKEN, /wrong access token/],
    ['a raw client with a wrong token', 'guess', null, CLOSE_BAD_TOKEN, /wrong access token/],
  ])('refuses %s with a close reason, sends it nothing, and logs it', async (_what, token, origin, code, reason) => {
    const before = log.length;
    const s = connectSocket(bridge.port, token, origin);
    expect(await s.closed).toMatchObject({ code, reason: expect.stringMatching(reason) });
    expect(s.seen).toEqual([]);
    expect(log.slice(before).join('\n')).toMatch(/^refused /);
  });

  it('admits the app (allowed Origin and the token) and a raw client with the token and no Origin', async () => {
    for (const s of [connectSocket(bridge.port), connectSocket(bridge.port, TEST_TOKEN, null)]) {
      await admitted(s);
      expect(s.seen[0]).toMatchObject({ type: 'hello', commandsEnabled });
      s.ws.close();
    }
  });
});

describe('the bridge under malformed and oversized messages', () => {
  let bridge: Bridge;
  let s: BridgeSocket;
  beforeAll(async () => {
    ({ bridge } = await startTestBridge([`127.0.0.1:${await freePort()}`]));
    s = connectSocket(bridge.port);
    await admitted(s);
  });
  afterAll(() => bridge.close());

  it.each([
    ['null', /must be a JSON object, got null/],
    ['{}', /needs "type": one of refresh, zkcli, lock/],
    ['[]', /must be a JSON object, got an array/],
    ['"zkcli"', /must be a JSON object, got string/],
    ['not json', /not JSON/],
    ['{"type":"drop table"}', /needs "type".*got "drop table"/],
    ['{"type":"zkcli"}', /zkcli: requestId must be a string, got undefined/],
    ['{"type":"zkcli","requestId":"r","session":"A","line":7}', /zkcli: line must be a string, got number/],
    ['{"type":"zkcli","requestId":"r","session":"a b","line":"ls /"}', /zkcli: session must be letters, digits/],
    [`{"type":"zkcli","requestId":"r","session":"A","line":"x…(${BRIDGE_LIMITS.lineChars + 1})"}`, /line is 4097 characters long; at most 4096/],
    ['{"type":"lock","requestId":"r","session":"A","action":"steal","lockPath":"/l"}', /lock: action must be one of acquire, release/],
    ['{"type":"lock","requestId":"r","session":"A","action":"acquire","lockPath":"l"}', /lockPath must be an absolute znode path/],
  ])('%s gets an error reply naming what was wrong', async (shown, problem) => {
    s.seen.length = 0;
    // The long line is written short in the test's name and expanded here.
    s.ws.send(shown.replace(/x…\((\d+)\)/, (_m, n: string) => 'x'.repeat(Number(n))));
    const e = await s.next((x) => x.type === 'error', 5000);
    expect(e.type === 'error' && e.message).toMatch(problem);
  });

  it('a request while ZooKeeper is unreachable fails at once, saying so, with its own request id', async () => {
    s.send({ type: 'zkcli', requestId: 'down-1', session: 'A', line: 'ls /' });
    expect(await errorFor(s, 'down-1')).toMatchObject({ message: expect.stringMatching(/^ZooKeeper is unreachable/) });
    s.send({ type: 'lock', requestId: 'down-2', session: 'A', action: 'acquire', lockPath: '/locks/x' });
    expect(await errorFor(s, 'down-2')).toMatchObject({ message: expect.stringMatching(/^ZooKeeper is unreachable/) });
    expect(bridge.openSessions()).toBe(0);
  });

  it('a 50 MB message closes only that socket (1009); the bridge admits and answers the next one', async () => {
    const big = connectSocket(bridge.port);
    await admitted(big);
    big.ws.send(`{"type":"zkcli","requestId":"big","session":"A","line":"${'x'.repeat(50 * 1024 * 1024)}"}`);
    expect((await big.closed).code).toBe(1009);
    const after = connectSocket(bridge.port);
    await admitted(after);
    after.send({ type: 'zkcli', requestId: 'after', session: 'A', line: 'ls /' });
    expect(await errorFor(after, 'after')).toBeTruthy();
    after.ws.close();
  }, 30_000);

  it('fuzz: 300 arbitrary JSON messages each get one error reply and the bridge stays up', async () => {
    const values = fc.sample(fc.oneof(
      fc.jsonValue(),
      fc.record({ type: fc.constantFrom('zkcli', 'lock', 'refresh', 'hello'), requestId: fc.jsonValue(), session: fc.jsonValue(), line: fc.jsonValue(), action: fc.jsonValue(), lockPath: fc.jsonValue() }, { requiredKeys: ['type'] }),
    ), { numRuns: 300, seed: 11 });
    s.seen.length = 0;
    let expected = 0;
    for (const v of values) {
      // A valid refresh is answered by a poll, not an error; everything else gets exactly one error.
      const c = checkBridgeRequest(v);
      if (!(c.ok && c.value.type === 'refresh')) expected++;
      s.ws.send(JSON.stringify(v) ?? 'undefined');
    }
    s.send({ type: 'zkcli', requestId: 'sentinel', session: 'A', line: 'ls /' });
    await errorFor(s, 'sentinel');
    expect(s.seen.filter((e) => e.type === 'error').length).toBe(expected + 1);
  }, 30_000);
});

describe('checkBridgeRequest', () => {
  it('never throws and gives a one-line problem for every value that is not a request (10 000 values)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
      const c = checkBridgeRequest(v);
      if (!c.ok) expect(c.problem).toMatch(/^[^\n]+$/);
    }), { numRuns: 10_000, seed: 11 });
  });
});
