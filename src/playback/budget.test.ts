import { describe, expect, it } from 'vitest';
import { startTogetherScenario } from '../scenario/presets/start-together';
import { CHECKPOINTS_MAX, overflow, thinIndexes } from './budget';
import type { Frame } from './frame-types';
import { Session } from './session';

// The horizon is how far the run was computed: it differs by design.
const comparable = (f: Frame) => ({ ...f, markers: null, branches: [], dropped: null, req: 0, horizon: 0 });

describe('memory budgets', () => {
  it('thinning drops every other one of the older checkpoints, never the first, until the count fits', () => {
    expect(thinIndexes(10, 10)).toEqual([]);
    expect(thinIndexes(12, 10)).toEqual([1, 3]);
    const drop = new Set(thinIndexes(CHECKPOINTS_MAX + 1, CHECKPOINTS_MAX));
    expect(drop.has(0)).toBe(false);
    expect(overflow(100, 80)).toBe(40);
    expect(overflow(80, 80)).toBe(0);
  });

  it('a long run thins its checkpoints, says so in the frame, and seeking back still gives the exact moment', () => {
    const s = new Session(startTogetherScenario(5));
    const late = s.handle({ type: 'seekTime', t: 1_500_000, req: 1 });
    expect(late.dropped?.checkpointsThinned).toBeGreaterThan(0);
    const back = s.handle({ type: 'seekTime', t: 3000, req: 2 });
    const fresh = new Session(startTogetherScenario(5)).handle({ type: 'seekTime', t: 3000, req: 2 });
    expect(comparable(back)).toEqual(comparable(fresh));
  });
});
