import { describe, expect, it } from 'vitest';
import { roundToNextInterval } from './expiry-queue.ts';
import { initializeNextSessionId, sessionIdHex } from './session-id.ts';
import { createSession, createSessionTracker, expireSessions, negotiateTimeout, touchSession } from './session-tracker.ts';

describe('sessions', () => {
  it('§6.1 session ids carry the server id in the top byte and the clock in bits 16–55', () => {
    expect(sessionIdHex(initializeNextSessionId(1, 0))).toBe('0x100000000000000');
    expect(sessionIdHex(initializeNextSessionId(1, 0x129d72))).toBe('0x10000129d720000');
  });

  it('§6.1 the requested timeout is clamped to [2, 20] ticks', () => {
    const t = createSessionTracker(1, 0, { tickTime: 2000 });
    expect([negotiateTimeout(t, 1000), negotiateTimeout(t, 30000), negotiateTimeout(t, 90000)]).toEqual([4000, 30000, 40000]);
  });

  it('§6.2 a session expires on the tick boundary after last touch + timeout', () => {
    expect(roundToNextInterval(5000 + 4000, 2000)).toBe(10000);
    const t = createSessionTracker(1, 0, { tickTime: 2000 });
    const id = createSession(t, 4000, 0);
    touchSession(t, id, 5000);
    for (let now = 2000; now <= 8000; now += 2000) expect(expireSessions(t, now)).toEqual([]);
    expect(expireSessions(t, 10000)).toEqual([id]);
  });
});
