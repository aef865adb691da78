/**
 * Test helper: a bridge started on an ensemble, with a WebSocket client that records every event and
 * waits for the one a test expects.
 */
import { WebSocket } from 'ws';
import { startBridge, type Bridge } from './bridge-server.ts';
import type { BridgeEvent, BridgeRequest } from './protocol.ts';

/** A connected client of a running bridge. */
export interface BridgeHarness {
  readonly bridge: Bridge;
  /** Every event received so far (tests may clear it). */
  readonly seen: BridgeEvent[];
  /** The first event (already seen or still to come) that matches, or a rejection after `timeoutMs`. */
  next(pred: (e: BridgeEvent) => boolean, timeoutMs?: number): Promise<BridgeEvent>;
  send(r: BridgeRequest): void;
  close(): Promise<void>;
}

/** Starts a bridge (commands enabled, fast polling) on `ensemble` and connects to it. */
export async function openBridge(ensemble: string[]): Promise<BridgeHarness> {
  const bridge = await startBridge({ ensemble, port: 0, commandsEnabled: true, pollMs: 300 });
  const ws = new WebSocket(`ws://127.0.0.1:${bridge.port}`);
  const seen: BridgeEvent[] = [];
  ws.on('message', (d) => seen.push(JSON.parse(String(d)) as BridgeEvent));
  await new Promise((r) => ws.once('open', r));
  return {
    bridge,
    seen,
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
    close: async () => {
      ws.close();
      await bridge.close();
    },
  };
}
