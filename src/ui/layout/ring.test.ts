import { describe, expect, it } from 'vitest';
import { messagePoint, progressAt, ringLayout } from './ring.ts';

describe('ringLayout', () => {
  it('puts the first voter at the top and spaces voters evenly on the circle', () => {
    const l = ringLayout([1, 2, 3, 4].map((id) => ({ id, observer: false })), 400, 400);
    const p1 = l.positions.get(1)!, p3 = l.positions.get(3)!;
    expect(p1.x).toBeCloseTo(200);
    expect(p1.y).toBeLessThan(200);
    expect(p3.y).toBeGreaterThan(200);
    for (const p of l.positions.values()) expect(Math.hypot(p.x - l.center.x, p.y - l.center.y)).toBeCloseTo(l.radius);
  });

  it('sets observers apart on a row below the ring and keeps 51 voters inside the box', () => {
    const servers = Array.from({ length: 52 }, (_, i) => ({ id: i + 1, observer: i === 51 }));
    const l = ringLayout(servers, 800, 600);
    const obs = l.positions.get(52)!;
    expect(obs.y).toBeGreaterThan(l.center.y + l.radius);
    for (const p of l.positions.values()) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(600);
    }
  });
});

describe('message motion', () => {
  it('moves from rim to rim as time goes from send to delivery', () => {
    expect(progressAt(10, 20, 15)).toBe(0.5);
    expect(progressAt(10, 20, 5)).toBe(0);
    expect(progressAt(10, 20, 25)).toBe(1);
    expect(progressAt(10, 10, 10)).toBe(1);
    const a = { x: 0, y: 0 }, b = { x: 100, y: 0 };
    expect(messagePoint(a, b, 0, 10).x).toBeCloseTo(10);
    expect(messagePoint(a, b, 1, 10).x).toBeCloseTo(90);
    // Opposite directions are drawn on opposite sides of the line.
    expect(Math.sign(messagePoint(a, b, 0.5, 10).y)).toBe(-Math.sign(messagePoint(b, a, 0.5, 10).y));
  });
});
