import { describe, expect, it } from 'vitest';
import { clampPct, defaultLayout, layoutFromNames, layoutToNames, regionOf, SIDE_PCT, type PanelSlot } from './panels.ts';

const SLOTS: PanelSlot[] = [
  { id: 'story', region: 'side' }, { id: 'tally', region: 'side' }, { id: 'log', region: 'dock' }, { id: 'lamport', region: 'dock' },
];

describe('panel layout codec', () => {
  it('round-trips open panels, moved panels and sizes through the names of a link', () => {
    const layout = { open: ['tally', 'lamport'], moved: { log: 'side' as const }, sidePct: 33, dockPct: 20 };
    expect(layoutFromNames(layoutToNames(layout), SLOTS)).toEqual(layout);
  });

  it('reads an old link (a plain list of open panels) with default places and sizes', () => {
    const layout = layoutFromNames(['tally', 'code', 'lamport'], SLOTS);
    expect(layout.open).toEqual(['tally', 'lamport']);
    expect(layout.moved).toEqual({});
    expect(layout.sidePct).toBe(SIDE_PCT.initial);
  });

  it('ignores unknown panels, a move to the region the panel is in anyway, and clamps sizes', () => {
    const layout = layoutFromNames(['nope', 'side.tally', 'dock.nope', 'w.95', 'h.x'], SLOTS);
    expect(layout.open).toEqual([]);
    expect(layout.moved).toEqual({});
    expect(layout.sidePct).toBe(SIDE_PCT.max);
    expect(layout.dockPct).toBe(defaultLayout(SLOTS).dockPct);
  });

  it('places a panel in its default region unless it was moved', () => {
    const layout = { ...defaultLayout(SLOTS), moved: { lamport: 'side' as const } };
    expect(regionOf(layout, SLOTS[2])).toBe('dock');
    expect(regionOf(layout, SLOTS[3])).toBe('side');
  });

  it('keeps a size within its bounds and whole', () => {
    expect(clampPct(10, SIDE_PCT, 28)).toBe(SIDE_PCT.min);
    expect(clampPct(30.6, SIDE_PCT, 28)).toBe(31);
    expect(clampPct(Number.NaN, SIDE_PCT, 28)).toBe(28);
  });
});
