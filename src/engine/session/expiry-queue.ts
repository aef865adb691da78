/**
 * ExpiryQueue: sessions grouped in buckets that end on multiples of the expiration interval (tickTime),
 * so the tracker wakes once per tick, not once per session (reference §6.2). Plain data.
 */

/** Buckets keyed by their end time; `elemMap` holds each element's current bucket. */
export interface ExpiryQueue {
  expirationInterval: number;
  elemMap: Map<bigint, number>;
  expiryMap: Map<number, Set<bigint>>;
  nextExpirationTime: number;
}

/** The end of the bucket a time falls into: the next multiple of the interval strictly after it. */
export function roundToNextInterval(timeMs: number, interval: number): number {
  return (Math.floor(timeMs / interval) + 1) * interval;
}

/** A new queue whose first bucket ends at the first interval boundary after `nowMs`. */
export function createExpiryQueue(expirationInterval: number, nowMs: number): ExpiryQueue {
  return {
    expirationInterval,
    elemMap: new Map(),
    expiryMap: new Map(),
    nextExpirationTime: roundToNextInterval(nowMs, expirationInterval),
  };
}

/** ExpiryQueue.update: moves `elem` to the bucket of `now + timeout`; returns the new expiry time. */
export function updateExpiry(q: ExpiryQueue, elem: bigint, timeoutMs: number, nowMs: number): number {
  const prev = q.elemMap.get(elem);
  const expiry = roundToNextInterval(nowMs + timeoutMs, q.expirationInterval);
  if (prev === expiry) return expiry;
  let set = q.expiryMap.get(expiry);
  if (set === undefined) {
    set = new Set();
    q.expiryMap.set(expiry, set);
  }
  set.add(elem);
  if (prev !== undefined) {
    const old = q.expiryMap.get(prev);
    old?.delete(elem);
    if (old !== undefined && old.size === 0) q.expiryMap.delete(prev);
  }
  q.elemMap.set(elem, expiry);
  return expiry;
}

/** ExpiryQueue.remove: forgets `elem`. */
export function removeExpiry(q: ExpiryQueue, elem: bigint): void {
  const prev = q.elemMap.get(elem);
  if (prev === undefined) return;
  q.elemMap.delete(elem);
  const set = q.expiryMap.get(prev);
  set?.delete(elem);
  if (set !== undefined && set.size === 0) q.expiryMap.delete(prev);
}

/**
 * ExpiryQueue.poll: once `now` reaches the next boundary, takes that whole bucket and advances the boundary
 * by one interval. Returns the expired elements in ascending order (Java's order is a hash set's).
 */
export function pollExpired(q: ExpiryQueue, nowMs: number): bigint[] {
  const expirationTime = q.nextExpirationTime;
  if (nowMs < expirationTime) return [];
  const set = q.expiryMap.get(expirationTime);
  q.expiryMap.delete(expirationTime);
  q.nextExpirationTime = expirationTime + q.expirationInterval;
  const out = [...(set ?? [])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const e of out) q.elemMap.delete(e);
  return out;
}
