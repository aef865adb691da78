import { describe, expect, it } from 'vitest';
import { stableKeys } from './LogPanel.tsx';

describe('event log keys', () => {
  it('keep each line its key when the window slides past the first lines of a step', () => {
    const before = stableKeys([{ step: 3 }, { step: 3 }, { step: 4 }, { step: 5 }, { step: 5 }]);
    const after = stableKeys([{ step: 3 }, { step: 4 }, { step: 5 }, { step: 5 }, { step: 6 }]);
    expect(before).toEqual(['3-1', '3-0', '4-0', '5-1', '5-0']);
    expect(after.slice(0, 4)).toEqual(before.slice(1));
  });

  it('are unique within one window', () => {
    const keys = stableKeys([{ step: 1 }, { step: 1 }, { step: 1 }, { step: 2 }]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
