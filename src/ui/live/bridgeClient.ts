/**
 * A WebSocket connection to the local bridge (`npm run bridge`) that keeps trying: when the bridge goes
 * away (or was never there) it retries with exponential backoff, so a student can start the bridge after
 * opening the page. Messages are parsed defensively: anything that is not a known BridgeEvent is reported,
 * never trusted.
 */
import { checkBridgeEvent, CLOSE_BAD_ORIGIN, CLOSE_BAD_TOKEN, type BridgeEvent, type BridgeRequest } from '../../worker/protocol.ts';

/** Backoff between attempts: 1 s, doubling, at most 15 s. */
export const RETRY_FIRST_MS = 1000;
export const RETRY_MAX_MS = 15_000;

/** What the connection is doing. */
export type LinkStatus =
  | { readonly kind: 'connecting'; readonly attempt: number }
  | { readonly kind: 'open' }
  | { readonly kind: 'waiting'; readonly attempt: number; readonly retryInMs: number; readonly reason: string }
  /** The bridge refused this page (wrong or missing token, origin not allowed): retrying cannot help. */
  | { readonly kind: 'refused'; readonly because: 'token' | 'origin'; readonly reason: string }
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

/** Reads one message; null when it is not a BridgeEvent of the protocol's shape. */
export function parseBridgeEvent(text: string): BridgeEvent | null {
  try {
    const c = checkBridgeEvent(JSON.parse(text));
    return c.ok ? c.value : null;
  } catch {
    return null; // not JSON: reported by the caller like any other unknown message
  }
}

/** The socket address with the access token (the bridge reads it from the handshake's query). */
export function socketUrl(url: string, token: string): string {
  const u = new URL(url);
  if (token !== '') u.searchParams.set('token', token);
  return u.toString();
}

/** Connects to `url` with `token` and keeps the connection up until `close` or a refusal. */
export function connectBridge(url: string, token: string, h: BridgeHandlers): BridgeClient {
  let ws: WebSocket | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;
  let closed = false;
  const open = () => {
    attempt++;
    h.status({ kind: 'connecting', attempt });
    try {
      ws = new WebSocket(socketUrl(url, token));
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
    ws.onclose = (c) => {
      if (c.code === CLOSE_BAD_TOKEN || c.code === CLOSE_BAD_ORIGIN) {
        ws = null;
        h.status({ kind: 'refused', because: c.code === CLOSE_BAD_TOKEN ? 'token' : 'origin', reason: c.reason });
      } else retry(c.reason || `code ${c.code}`);
    };
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
