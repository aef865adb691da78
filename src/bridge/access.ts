/**
 * Who may use the bridge, as Jupyter does it: a random token made at each launch, which the bridge prints
 * inside a URL that opens the app, and an allowlist of page origins. A browser page on any other origin
 * (a web site, another local port, a file:// page whose Origin is "null") cannot pass the Origin check; a
 * local process that forges an Origin still needs the token, which only the terminal that started the
 * bridge has seen.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CLOSE_BAD_ORIGIN, CLOSE_BAD_TOKEN } from './protocol.ts';

/** Where `npm start` and `npm run preview` serve the app. */
export const DEFAULT_APP_ORIGINS = ['http://127.0.0.1:5173', 'http://localhost:5173', 'http://127.0.0.1:4173', 'http://localhost:4173'];

/** A fresh token: 24 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Why a handshake is refused: a close code and a reason short enough for a close frame (≤ 123 bytes). */
export interface Refusal {
  code: number;
  reason: string;
  /** The longer line for the bridge's log. */
  log: string;
}

const sameText = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Checks a WebSocket handshake: the `token` query parameter must equal the bridge's, and an Origin header,
 * when there is one, must be on the allowlist. A missing Origin means a non-browser client, which the token
 * alone admits (a browser always sends Origin on a WebSocket handshake).
 */
export function checkHandshake(req: IncomingMessage, token: string, allowedOrigins: readonly string[]): Refusal | null {
  const origin = req.headers.origin;
  const from = origin === undefined ? 'a client without Origin' : `origin ${origin}`;
  if (origin !== undefined && !allowedOrigins.includes(origin)) {
    return { code: CLOSE_BAD_ORIGIN, reason: `origin ${origin.slice(0, 60)} is not allowed (bridge --allow-origin)`, log: `refused ${from}: not on the allowlist (${allowedOrigins.join(', ')}); add it with --allow-origin` };
  }
  let given: string | null;
  try {
    given = new URL(req.url ?? '/', 'ws://127.0.0.1').searchParams.get('token');
  } catch {
    given = null;
  }
  if (given === null || given === '') return { code: CLOSE_BAD_TOKEN, reason: 'the bridge needs its access token: open the link it printed', log: `refused ${from}: no token` };
  if (!sameText(given, token)) return { code: CLOSE_BAD_TOKEN, reason: 'wrong access token: open the link the bridge printed', log: `refused ${from}: wrong token` };
  return null;
}

/** The origin of a URL (`http://127.0.0.1:5173/` → `http://127.0.0.1:5173`); null when it is not http(s). */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The link that opens the app connected to this bridge: its address and token ride in the fragment, which the browser never sends to a server. */
export function appLink(appUrl: string, bridgePort: number, token: string): string {
  const base = appUrl.split('#')[0] ?? appUrl;
  return `${base}#bridge=${encodeURIComponent(`ws://127.0.0.1:${bridgePort}`)}&token=${token}`;
}
