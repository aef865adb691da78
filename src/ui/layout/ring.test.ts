import { describe, expect, it } from 'vitest';
import { detailBox, detailRooms, fitDetail, labelSide, messagePoint, overlaps, progressAt, ringLayout } from './ring.ts';

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

describe('ringLayout with text blocks', () => {
  it('keeps every server and its text block inside the box, and servers apart from each other', () => {
    for (const [w, h, n] of [[880, 430, 3], [880, 330, 3], [1400, 850, 5], [380, 420, 3], [1600, 950, 9], [1300, 700, 7]] as const) {
      const room = { width: w < 500 ? 130 : 190, height: 78 };
      const l = ringLayout(Array.from({ length: n }, (_, i) => ({ id: i + 1, observer: false })), w, h, room);
      const ps = [...l.positions.values()];
      expect(l.labelsFit, `${w}x${h} n=${n} fits`).toBe(true);
      const boxes = [...l.positions.keys()].map((id) => detailBox(l.positions.get(id)!, l.labelSides.get(id)!, l.nodeRadius, room));
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        expect(overlaps(boxes[i], boxes[j]), `${w}x${h} n=${n}: blocks ${i + 1} and ${j + 1} overlap`).toBe(false);
      }
      ps.forEach((p, i) => {
        const b = boxes[i];
        expect(Math.min(b.y0, p.y - l.nodeRadius), `${w}x${h} n=${n} top`).toBeGreaterThanOrEqual(0);
        expect(Math.max(b.y1, p.y + l.nodeRadius), `${w}x${h} n=${n} bottom`).toBeLessThanOrEqual(h);
        if (w > room.width * 2.5) {
          expect(Math.min(b.x0, p.x - l.nodeRadius), `${w}x${h} n=${n} left`).toBeGreaterThanOrEqual(0);
          expect(Math.max(b.x1, p.x + l.nodeRadius), `${w}x${h} n=${n} right`).toBeLessThanOrEqual(w);
        }
      });
      for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) {
        expect(Math.hypot(ps[i].x - ps[j].x, ps[i].y - ps[j].y)).toBeGreaterThan(2 * l.nodeRadius);
      }
    }
  });

  it('puts each text block outside the ring: above the top server, below the lowest, beside the others', () => {
    expect(labelSide(-Math.PI / 2)).toBe('above');
    expect(labelSide(Math.PI / 6)).toBe('below');
    expect(labelSide(-Math.PI / 10)).toBe('right');
    expect(labelSide(Math.PI + Math.PI / 10)).toBe('left');
  });

  it('grows with the box (the stage scales with the window)', () => {
    const servers = [1, 2, 3].map((id) => ({ id, observer: false }));
    const small = ringLayout(servers, 800, 450), big = ringLayout(servers, 1400, 850);
    expect(big.radius).toBeGreaterThan(small.radius * 1.5);
    expect(big.nodeRadius).toBeGreaterThan(small.nodeRadius);
  });
});

describe('ringLayout when the text blocks cannot fit', () => {
  it('says so (the view then draws the servers without them) rather than overlapping them', () => {
    const servers = Array.from({ length: 9 }, (_, i) => ({ id: i + 1, observer: false }));
    const l = ringLayout(servers, 700, 420, { width: 190, height: 78 });
    expect(l.labelsFit).toBe(false);
  });
});

describe('fitDetail', () => {
  const three = [1, 2, 3].map((id) => ({ id, observer: false }));
  const rooms = detailRooms(24, 13);

  it('shows every line on a laptop stage', () => {
    expect(fitDetail(three, 860, 330, rooms.full, rooms.state).level).toBe('full');
  });

  it('keeps the state word on a phone rather than dropping all text', () => {
    const { layout, level } = fitDetail(three, 370, 300, rooms.full, rooms.state);
    expect(level).toBe('state');
    expect(layout.room).toEqual(rooms.state);
    expect(layout.labelsFit).toBe(true);
  });

  it('drops the text only when not even the state word fits', () => {
    expect(fitDetail(three, 120, 90, rooms.full, rooms.state).level).toBe('none');
  });
});
