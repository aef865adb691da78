/**
 * SessionTrackerImpl: live sessions, their negotiated timeouts and expiry buckets (reference §6.1–6.3).
 * Plain data; the server asks `expireSessions` at each bucket boundary and submits closeSession for each.
 */
import { createExpiryQueue, pollExpired, removeExpiry, updateExpiry, type ExpiryQueue } from './expiry-queue.ts';
import { initializeNextSessionId } from './session-id.ts';

/** SessionImpl. */
export interface Session {
  sessionId: bigint;
  timeout: number;
  /** Set when a close or expiry is under way: further requests get SessionExpired. */
  isClosing: boolean;
}

/** The tracker's state. */
export interface SessionTracker {
  sessionsById: Map<bigint, Session>;
  sessionExpiryQueue: ExpiryQueue;
  nextSessionId: bigint;
  tickTime: number;
  minSessionTimeout: number;
  maxSessionTimeout: number;
}

/** Session timeout bounds; -1 means the default 2·tickTime / 20·tickTime (§6.1). */
export interface SessionLimits {
  tickTime: number;
  minSessionTimeout?: number;
  maxSessionTimeout?: number;
}

/** A tracker for server `myid` started at `nowMs`. */
export function createSessionTracker(myid: number, nowMs: number, limits: SessionLimits): SessionTracker {
  const min = limits.minSessionTimeout ?? -1;
  const max = limits.maxSessionTimeout ?? -1;
  return {
    sessionsById: new Map(),
    sessionExpiryQueue: createExpiryQueue(limits.tickTime, nowMs),
    nextSessionId: initializeNextSessionId(myid, nowMs),
    tickTime: limits.tickTime,
    minSessionTimeout: min === -1 ? 2 * limits.tickTime : min,
    maxSessionTimeout: max === -1 ? 20 * limits.tickTime : max,
  };
}

/** ZooKeeperServer.processConnectRequest: clamps the requested timeout into [min, max] (§6.1). */
export function negotiateTimeout(t: SessionTracker, requestedMs: number): number {
  return Math.min(Math.max(requestedMs, t.minSessionTimeout), t.maxSessionTimeout);
}

/** SessionTrackerImpl.createSession: takes the next id and starts tracking it. */
export function createSession(t: SessionTracker, timeoutMs: number, nowMs: number): bigint {
  const id = t.nextSessionId;
  t.nextSessionId += 1n;
  trackSession(t, id, timeoutMs, nowMs);
  return id;
}

/** SessionTrackerImpl.trackSession: registers a session (also when a createSession txn is replayed). */
export function trackSession(t: SessionTracker, sessionId: bigint, timeoutMs: number, nowMs: number): void {
  if (!t.sessionsById.has(sessionId)) t.sessionsById.set(sessionId, { sessionId, timeout: timeoutMs, isClosing: false });
  touchSession(t, sessionId, nowMs);
}

/** SessionTrackerImpl.touchSession: any request or ping moves the session to a later bucket (§6.2). */
export function touchSession(t: SessionTracker, sessionId: bigint, nowMs: number): boolean {
  const s = t.sessionsById.get(sessionId);
  if (s === undefined || s.isClosing) return false;
  updateExpiry(t.sessionExpiryQueue, sessionId, s.timeout, nowMs);
  return true;
}

/** Marks a session closing (PrepRequestProcessor does this for closeSession). */
export function setSessionClosing(t: SessionTracker, sessionId: bigint): void {
  const s = t.sessionsById.get(sessionId);
  if (s !== undefined) s.isClosing = true;
}

/** SessionTrackerImpl.removeSession: the closeSession txn was applied. */
export function removeSession(t: SessionTracker, sessionId: bigint): void {
  t.sessionsById.delete(sessionId);
  removeExpiry(t.sessionExpiryQueue, sessionId);
}

/** The next bucket boundary the tracker thread wakes at. */
export function nextExpirationTime(t: SessionTracker): number {
  return t.sessionExpiryQueue.nextExpirationTime;
}

/** The tracker thread at `nowMs`: takes the due bucket and marks its sessions closing; returns their ids. */
export function expireSessions(t: SessionTracker, nowMs: number): bigint[] {
  const expired = pollExpired(t.sessionExpiryQueue, nowMs);
  for (const id of expired) setSessionClosing(t, id);
  return expired;
}

/** SessionTrackerImpl.checkSession: 0 if usable, else the KeeperException code (-112 closing, -12 unknown). */
export function checkSession(t: SessionTracker, sessionId: bigint): number {
  const s = t.sessionsById.get(sessionId);
  if (s === undefined) return -12;
  if (s.isClosing) return -112;
  return 0;
}
