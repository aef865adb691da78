import { describe, expect, it } from 'vitest';
import { startTogetherScenario } from '../scenario/presets/start-together';
import type { MessageView } from './frame';
import { applyFramePatch, FramePatcher } from './frame-patch';
import type { Frame } from './frame-types';
import { diffMessages, patchMessages } from './message-changes';
import { Session } from './session';

const msg = (id: number, lostAt: number | null = null): MessageView => ({
  id, channel: 'election', from: 1, to: 2, sentAt: id, deliverAt: id + 5, lostAt, lostWhy: null,
  payload: { type: 'notification' } as unknown as MessageView['payload'],
});

/** Diffs `prev` to `next` and applies the changes to `prev`. */
function roundTrip(prev: MessageView[], next: MessageView[]) {
  const before = diffMessages(new Map(), [], prev);
  const { changes } = diffMessages(before.sent, before.order, next);
  if (changes === 'same') return { changes, after: prev };
  if (changes === 'all') return { changes, after: next };
  return { changes, after: patchMessages(prev, changes) };
}

describe('messages in flight travel as their changes', () => {
  it('an added, a removed and a lost message rebuild the list, keeping the unchanged objects', () => {
    const prev = [msg(1), msg(2), msg(3), msg(4), msg(5)];
    const next = [prev[0], msg(3, 4), prev[3], prev[4], msg(6)];
    const { changes, after } = roundTrip(prev, next);
    expect(changes).toEqual({ removed: [2], upserted: [msg(3, 4), msg(6)], order: null });
    expect(after).toEqual(next);
    expect(after[0]).toBe(prev[0]);
    expect(after[2]).toBe(prev[3]);
  });

  it('a new order is sent and kept', () => {
    const prev = [msg(1), msg(2), msg(3), msg(4), msg(5)];
    const next = [prev[1], prev[0], prev[2], prev[3], prev[4], msg(7)];
    const { changes, after } = roundTrip(prev, next);
    expect(changes).toMatchObject({ removed: [], order: [2, 1, 3, 4, 5, 7] });
    expect(after).toEqual(next);
  });

  it('a new message placed before old ones keeps its place', () => {
    const prev = [msg(1), msg(2), msg(3), msg(4), msg(5)];
    const next = [msg(0), ...prev];
    expect(roundTrip(prev, next).after).toEqual(next);
  });

  it('nothing changed is "same"; most changed is the whole list', () => {
    const prev = [msg(1), msg(2), msg(3)];
    expect(roundTrip(prev, prev.map((m) => ({ ...m }))).changes).toBe('same');
    expect(roundTrip(prev, [msg(7), msg(8), msg(3)]).changes).toBe('all');
  });

  it('two messages with one id go as the whole list', () => {
    expect(roundTrip([msg(1)], [msg(1), msg(2), msg(2)]).changes).toBe('all');
  });

  it('51 voters electing: the patches carry message changes and rebuild every frame exactly', () => {
    const s = new Session(startTogetherScenario(51));
    const patcher = new FramePatcher();
    let shown: Frame | null = null;
    let withChanges = 0;
    // Event by event, as playback asks: the storm of the first milliseconds, then the rounds after it.
    let t = 0;
    for (let req = 0; req < 40; req++) {
      const frame = s.handle({ type: 'seekTime', t, req });
      t = frame.nextEventAt ?? t + 1;
      const p = patcher.patch(frame);
      if ('parts' in p && p.messages) withChanges++;
      shown = applyFramePatch(shown, p);
      expect(shown).toEqual(frame);
    }
    expect(withChanges).toBeGreaterThan(10);
  });
});
