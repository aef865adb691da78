/**
 * Predict mode in a session (issue 18): playing stops before a decision, the reveal shows the moment the
 * engine decided it, and an answered question is not asked again.
 */
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../scenario/presets/index';
import { Session } from './session';

describe('predict mode in a session', () => {
  it('playing stops before the first leader question; the reveal moves to the deciding step; nothing is asked twice', () => {
    const s = new Session(presetScenario('fresh-start-3'));
    s.handle({ type: 'predict', enabled: true, kinds: ['leader'], req: 0 });
    const asked = s.handle({ type: 'seekTime', t: 2500, req: 1 });
    expect(asked.question?.kind).toBe('leader');
    expect(asked.t).toBeLessThan(2500);
    const q = asked.question!;
    // Playing on while the question waits does not move.
    expect(s.handle({ type: 'seekTime', t: 2900, req: 2 }).step).toBe(asked.step);
    const revealed = s.handle({ type: 'reveal', req: 3 });
    expect(revealed.question).toBeNull();
    expect(revealed.step).toBe(q.decidedAtStep + 1);
    expect(revealed.marks.map((m) => m.code)).toContain(q.mark.code);
    // Back before the question and forward again: it is not asked again.
    s.handle({ type: 'seekStep', step: asked.step - 1, req: 4 });
    const again = s.handle({ type: 'seekTime', t: 2500, req: 5 });
    expect(again.question ?? null).toBeNull();
    expect(again.t).toBe(2500);
  });

  it('off, or with every kind turned off, the run plays through', () => {
    const s = new Session(presetScenario('fresh-start-3'));
    s.handle({ type: 'predict', enabled: true, kinds: [], req: 0 });
    expect(s.handle({ type: 'seekTime', t: 2500, req: 1 }).question ?? null).toBeNull();
    const off = new Session(presetScenario('fresh-start-3'));
    expect(off.handle({ type: 'seekTime', t: 2500, req: 1 }).t).toBe(2500);
  });

  it('a step forward asks, a step back withdraws the question', () => {
    const s = new Session(presetScenario('fresh-start-3'));
    s.handle({ type: 'predict', enabled: true, kinds: ['vote', 'leader', 'followers', 'finalize', 'sync'], req: 0 });
    let f = s.handle({ type: 'stepBy', delta: 1, req: 1 });
    for (let i = 0; i < 50 && !f.question; i++) f = s.handle({ type: 'stepBy', delta: 1, req: 1 });
    expect(f.question).toBeTruthy();
    const back = s.handle({ type: 'stepBy', delta: -1, req: 2 });
    expect(back.question).toBeNull();
  });
});
