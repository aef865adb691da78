import { describe, expect, it } from 'vitest';
import { spaceTime } from './spacetime.ts';

describe('spaceTime', () => {
  it('maps the window end to the bottom and inverts y back to time', () => {
    const s = spaceTime([1, 2, 3], 300, 224, 1000, 400);
    expect(s.y(600)).toBe(24);
    expect(s.y(1000)).toBe(216);
    expect(s.timeAt(s.y(850))).toBeCloseTo(850);
    expect(s.x(1)).toBeLessThan(s.x(3));
  });
});
