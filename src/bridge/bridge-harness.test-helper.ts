/**
 * Test helper: a bridge started on an ensemble, with WebSocket clients that record every event and wait
 * for the one a test expects (or for the socket's close code and reason).
 */
import { WebSocket } from 'ws';
import { startBridge, type Bridge, type BridgeOptions } from './bridge-server.ts';
import type { BridgeEvent, BridgeRequest } from './protocol.ts';

/** The token and origin the test bridges admit. */
export const TEST_TOKEN = 'test-token-0123456789';
export const TEST_ORIGIN = 'http://127.0.0.1:5173';

/** A client socket of a running bridge. */
export interface BridgeSocket {
  readonly ws: WebSocket;
  /** Every event received so far (tests may clear it). */
  readonly seen: BridgeEvent[];
  /** The first event (already seen or still to come) that matches, or a rejection after `timeoutMs`. */
  next(pred: (e: BridgeEvent) => boolean, timeoutMs?: number): Promise<BridgeEvent>;
  send(r: BridgeRequest): void;
  /** Resolves with the close code and reason once the socket is closed (by either side). */
  readonly closed: Promise<{ code: number; reason: string }>;
}

/** A running bridge with its log lines and one admitted client. */
export interface BridgeHarness extends BridgeSocket {
  readonly bridge: Bridge;
  readonly log: string[];
  close(): Promise<void>;
}

/** Starts a bridge (fast polling, the test token and origin; commands enabled unless overridden). */
export async function startTestBridge(ensemble: string[], overrides: Partial<BridgeOptions> = {}): Promise<{ bridge: Bridge; log: string[] }> {
  const log: string[] = [];
  const bridge = await startBridge({
    ensemble, port: 0, commandsEnabled: true, pollMs: 300, token: TEST_TOKEN, allowedOrigins: [TEST_ORIGIN],
    sessionIdleMs: 60_000, log: (l) => log.push(l), ...overrides,
  });
  return { bridge, log };
}

/** Opens a socket to the bridge on `port` with the given token and Origin (null: none sent). */
export function connectSocket(port: number, token: string | null = TEST_TOKEN, origin: string | null = TEST_ORIGIN): BridgeSocket {
  const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
  const ws = new WebSocket(`ws://127.0.0.1:${port}/${query}`, origin === null ? {} : { origin });
  const seen: BridgeEvent[] = [];
  ws.on('message', (d) => seen.push(JSON.parse(String(d)) as BridgeEvent));
  ws.on('error', () => undefined); // a refused or oversized socket ends in close, which `closed` reports
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  return {
    ws,
    seen,
    closed,
    next: (pred, timeoutMs = 10000) =>
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
      }),
    send: (r) => ws.send(JSON.stringify(r)),
  };
}

/** Starts a bridge on a running `ensemble`, connects to it as the app would, and waits until the bridge's ZooKeeper session is up. */
export async function openBridge(ensemble: string[], overrides: Partial<BridgeOptions> = {}): Promise<BridgeHarness> {
  const { bridge, log } = await startTestBridge(ensemble, overrides);
  const socket = connectSocket(bridge.port);
  await socket.next((e) => e.type === 'connection' && e.state === 'connected', 30000);
  return {
    ...socket,
    bridge,
    log,
    close: async () => {
      socket.ws.close();
      await bridge.close();
    },
  };
}
