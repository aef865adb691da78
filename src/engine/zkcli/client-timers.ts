/**
 * ClientCnxn's timers derived from the negotiated session timeout (reference §6.4).
 */

/** Sessions without traffic for this long are declared Disconnected: 2/3 of the timeout. */
export function readTimeoutMs(negotiatedTimeout: number): number {
  return Math.floor((negotiatedTimeout * 2) / 3);
}

/**
 * Idle sending time after which the client pings: readTimeout/2, less 1000 ms once idle over a second, and
 * never more than 10 s (MAX_SEND_PING_INTERVAL).
 */
export function pingIdleMs(negotiatedTimeout: number): number {
  const half = Math.floor(readTimeoutMs(negotiatedTimeout) / 2);
  const due = half <= 1000 ? half : Math.max(half - 1000, 1001);
  return Math.min(due, 10001);
}
