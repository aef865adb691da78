import { describe, expect, it } from 'vitest';
import { groupOf, MESSAGE_COLOURS, STATE_COLOURS } from './palette.ts';

describe('palette', () => {
  it('colours every state and message group differently', () => {
    expect(new Set(Object.values(STATE_COLOURS)).size).toBe(5);
    expect(new Set(Object.values(MESSAGE_COLOURS)).size).toBe(7);
  });
  it('groups Zab packets by phase', () => {
    expect(groupOf('NOTIFICATION')).toBe('notification');
    expect(groupOf('LEADERINFO')).toBe('discovery');
    expect(groupOf('UPTODATE')).toBe('sync');
    expect(groupOf('COMMIT')).toBe('commit');
    expect(groupOf('PING')).toBe('ping');
  });
});
