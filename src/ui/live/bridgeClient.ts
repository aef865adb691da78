/**
 * A WebSocket connection to the local bridge (`npm run bridge`) that keeps trying: when the bridge goes
 * away (or was never there) it retries with exponential backoff, so a student can start the bridge after
 * opening the page. Messages are parsed defensively: anything that is not a known BridgeEvent is reported,
 * never trusted.
 */
import type { BridgeEvent, BridgeRequest } from '../../worker/protocol.ts';

/** Backoff between attempts: 1 s, doubling, at most 15 s. */
export const RETRY_FIRST_MS = 1000;
export const RETRY_MAX_MS = 15_000;

const EVENT_TYPES = new Set(['hello', 'connection', 'servers', 'tree', 'sessions', 'output', 'lock', 'error']);

/** What the connection is doing. */
export type LinkStatus =
  | { readonly kind: 'connecting'; readonly attempt: number }
  | { readonly kind: 'open' }
  | { readonly kind: 'waiting'; readonly attempt: number; readonly retryInMs: number; readonly reason: string }
  | { readonly kind: 'closed' };

/** Callbacks of a bridge connection. */
export interface BridgeHandlers {
  status(s: LinkStatus): void;
  event(e: BridgeEvent): void;
  /** A message that is not a BridgeEvent (its first characters). */
  garbage(text: string): void;
}

/** A live connection; `close` stops retrying. */
export interface BridgeClient {
  send(r: BridgeRequest): boolean;
  close(): void;
}

/** The delay before retry number `attempt` (1-based). */
export function retryDelay(attempt: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, attempt - 1));
}

/** Reads one message; null when it is not an object with a known `type`. */
export function parseBridgeEvent(text: string): BridgeEvent | null {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v === 'object' && v !== null && EVENT_TYPES.has((v as { type?: unknown }).type as string)) return v as BridgeEvent;
  } catch {
    // Not JSON: reported by the caller like any other unknown message.
  }
  return null;
}

/** Connects to `url` and keeps the connection up until `close`. */
export function connectBridge(url: string, h: BridgeHandlers): BridgeClient {
  let ws: WebSocket | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;
  let closed = false;
  const open = () => {
    attempt++;
    h.status({ kind: 'connecting', attempt });
    try {
      ws = new WebSocket(url);
    } catch (e) {
      retry(e instanceof Error ? e.message : String(e));
      return;
    }
    ws.onopen = () => {
      attempt = 0;
      h.status({ kind: 'open' });
    };
    ws.onmessage = (m) => {
      const text = typeof m.data === 'string' ? m.data : '';
      const e = parseBridgeEvent(text);
      if (e) h.event(e);
      else h.garbage(text.slice(0, 120));
    };
    // A refused or dropped connection fires error (no detail, by design of browsers) and then close.
    ws.onclose = (c) => retry(c.reason || `code ${c.code}`);
  };
  const retry = (reason: string) => {
    ws = null;
    if (closed) return;
    const retryInMs = retryDelay(attempt);
    h.status({ kind: 'waiting', attempt, retryInMs, reason });
    timer = setTimeout(open, retryInMs);
  };
  open();
  return {
    send: (r) => {
      if (ws?.readyState !== WebSocket.OPEN) return false;
      ws.send(JSON.stringify(r));
      return true;
    },
    close: () => {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      ws?.close();
      h.status({ kind: 'closed' });
    },
  };
}
