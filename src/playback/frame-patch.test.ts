import { describe, expect, it } from 'vitest';
import { startTogetherScenario } from '../scenario/presets/start-together';
import type { Frame } from './frame-types';
import { applyFramePatch, FramePatcher, type FramePatch } from './frame-patch';
import { Session } from './session';

const apply = (prev: Frame | null, p: FramePatch): Frame => applyFramePatch(prev, p)!;

describe('frames carry only what changed', () => {
  it('the first frame goes whole; one that only moves time leaves every unchanged part out', () => {
    const s = new Session(startTogetherScenario(5));
    const patcher = new FramePatcher();
    const first = patcher.patch(s.handle({ type: 'seekTime', t: 2000, req: 1 }));
    expect('whole' in first).toBe(true);
    patcher.patch(s.handle({ type: 'seekTime', t: 2000.5, req: 2 }));
    const later = patcher.patch(s.handle({ type: 'seekTime', t: 2000.7, req: 3 }));
    if (!('parts' in later)) throw new Error('expected a patch');
    expect(Object.keys(later.parts).sort()).toEqual(['branch', 'horizon', 'nextEventAt', 'req', 'selected', 'step', 't', 'title', 'voters']);
  });

  it('applying the patches of a played run gives exactly the frames the session made', () => {
    const s = new Session(startTogetherScenario(3));
    const patcher = new FramePatcher();
    let shown: Frame | null = null;
    for (let t = 0; t <= 1500; t += 37) {
      const frame = s.handle({ type: 'seekTime', t, req: t });
      shown = apply(shown, patcher.patch(frame));
      expect(shown).toEqual(frame);
    }
    patcher.reset();
    expect('whole' in patcher.patch(s.frame(9))).toBe(true);
  });
});
