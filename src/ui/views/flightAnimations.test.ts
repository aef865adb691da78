import { describe, expect, it } from 'vitest';
import { flightKeyframes, follow, labelKeyframes, labelTransform } from './flightAnimations';
import { spotBox } from '../layout/messageLabels';

const flight = { ax: 10, ay: 20, dx: 100, dy: 0, sentAt: 100, deliverAt: 110, lostAt: null };

describe('flight animations', () => {
  it('move a message from rim to rim over its flight, in virtual ms', () => {
    expect(flightKeyframes(flight)).toEqual({ duration: 10, keyframes: [{ transform: 'translate(10.0px,20.0px)' }, { transform: 'translate(110.0px,20.0px)' }] });
  });

  it('stop a lost message where it died and fade it to 0.15 over 85 % of the rest of its would-be flight', () => {
    const { duration, keyframes } = flightKeyframes({ ...flight, lostAt: 104 });
    expect(duration).toBe(10);
    expect(keyframes.map((k) => [k.offset, k.transform, k.opacity])).toEqual([
      [0, 'translate(10.0px,20.0px)', 1],
      [0.4, 'translate(50.0px,20.0px)', 1],
      [0.4 + 0.85 * 0.6, 'translate(50.0px,20.0px)', 0.15],
      [1, 'translate(50.0px,20.0px)', 0.15],
    ]);
  });

  it('hold each planned label side until the next, invisible where no side is clear', () => {
    const placed = (spot: 'above' | 'right') => spotBox({ at: { x: 0, y: 0 }, width: 40, height: 14 }, spot);
    const { duration, keyframes } = labelKeyframes([{ at: 5, placed: placed('above') }, { at: 7, placed: null }, { at: 9, placed: placed('right') }], 40);
    expect(duration).toBe(4);
    const above = labelTransform(placed('above'), 40), right = labelTransform(placed('right'), 40);
    // Anchored at its start: a label above its dot is shifted left by half its width.
    expect(above.x).toBeCloseTo(-20);
    expect(keyframes.map((k) => [k.offset, k.opacity, k.easing])).toEqual([[0, 1, 'step-end'], [0.5, 0, 'step-end'], [1, 1, 'step-end']]);
    expect(keyframes[1].transform).toBe(keyframes[0].transform);
    expect(keyframes[2].transform).toBe(`translate(${right.x.toFixed(1)}px,${right.y.toFixed(1)}px)`);
  });

  it('follow the clock: paused at its moment, or running at its rate from where it is now', () => {
    const anim = { currentTime: 0, startTime: 0, playbackRate: 1, paused: false, pause() { this.paused = true; } };
    follow(anim as unknown as Animation, 100, { t: 104, wall: 5000, rate: 0 });
    expect([anim.paused, anim.currentTime]).toEqual([true, 4]);
    follow(anim as unknown as Animation, 100, { t: 104, wall: 5000, rate: 0.02 });
    // 4 virtual ms in at 1/50×: started 200 wall ms before the clock's wall time.
    expect([anim.playbackRate, anim.startTime]).toEqual([0.02, 4800]);
  });
});
