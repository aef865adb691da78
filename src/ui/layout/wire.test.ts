import { describe, expect, it } from 'vitest';
import { packetPoint, stackLabels, wireLayout } from './wire.ts';

describe('client-connection layout', () => {
  it('spreads servers on the top row and clients on the bottom row', () => {
    const l = wireLayout([1, 2, 3], ['c1'], 400, 200);
    expect([...l.servers.values()].map((p) => p.x)).toEqual([100, 200, 300]);
    expect(l.clients.get('c1')).toEqual({ x: 200, y: 166 });
  });

  it('moves a packet linearly from sender to receiver and clamps outside its flight', () => {
    const a = { x: 0, y: 0 }, b = { x: 100, y: 50 };
    expect(packetPoint(a, b, 10, 20, 15)).toEqual({ x: 50, y: 25 });
    expect(packetPoint(a, b, 10, 20, 5)).toEqual(a);
    expect(packetPoint(a, b, 10, 10, 10)).toEqual(b);
  });
});

describe('watch event labels', () => {
  it('are stacked when they travel together, never drawn over each other', () => {
    const boxes = Array.from({ length: 5 }, () => ({ x: 100, y: 80, w: 120, h: 16 }));
    const shifts = stackLabels(boxes);
    const placed = boxes.map((b, i) => ({ ...b, y: b.y + shifts[i] }));
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i], b = placed[j];
      expect(a.y + a.h <= b.y || b.y + b.h <= a.y, `labels ${i} and ${j} overlap`).toBe(true);
    }
    // The first stays where it is; the others sit close by, alternately below and above.
    expect(shifts.slice(0, 3)).toEqual([0, 18, -18]);
  });

  it('leaves labels that do not meet where they are', () => {
    expect(stackLabels([{ x: 0, y: 0, w: 50, h: 16 }, { x: 200, y: 0, w: 50, h: 16 }])).toEqual([0, 0]);
  });
});
