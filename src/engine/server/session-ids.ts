/**
 * Session ids handed out by the server a client connects to (SessionTrackerImpl.createSession's id
 * counter; reference §6.1). The leader tracks expiry; every server makes its own ids.
 */
import type { SessionTracker } from '../session/session-tracker';

/** Takes the next session id of this server. */
export function nextSessionId(t: SessionTracker): bigint {
  const id = t.nextSessionId;
  t.nextSessionId += 1n;
  return id;
}
