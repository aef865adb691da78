/**
 * Geometry of the ring view (design.md §5): voters evenly on a circle, observers on a row below it,
 * message positions between two servers. Pure functions, unit-tested.
 */

/** A point in SVG user units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where each server sits, and how big a server is drawn. */
export interface RingLayout {
  readonly positions: ReadonlyMap<number, Point>;
  readonly nodeRadius: number;
  readonly center: Point;
  readonly radius: number;
}

/** Lays out voters on a circle (first one at the top, clockwise) and observers in a row under it. */
export function ringLayout(servers: readonly { id: number; observer: boolean }[], width: number, height: number): RingLayout {
  const voters = servers.filter((s) => !s.observer);
  const observers = servers.filter((s) => s.observer);
  const rowSpace = observers.length > 0 ? Math.min(90, height * 0.2) : 0;
  const center = { x: width / 2, y: (height - rowSpace) / 2 };
  const n = Math.max(voters.length, 1);
  // Leave room for the node and its text block around the circle.
  const nodeRadius = Math.max(7, Math.min(38, (Math.PI * Math.min(width, height - rowSpace) * 0.36) / n));
  const radius = Math.max(10, Math.min(width, height - rowSpace) / 2 - nodeRadius * (n <= 9 ? 2.6 : 1.4));
  const positions = new Map<number, Point>();
  voters.forEach((s, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    positions.set(s.id, { x: center.x + radius * Math.cos(a), y: center.y + radius * Math.sin(a) });
  });
  observers.forEach((s, i) => {
    const step = width / (observers.length + 1);
    positions.set(s.id, { x: step * (i + 1), y: height - rowSpace / 2 });
  });
  return { positions, nodeRadius, center, radius };
}

/** Fraction of the trip done at time t (0 at send, 1 at delivery), clamped. */
export function progressAt(sentAt: number, deliverAt: number, t: number): number {
  if (deliverAt <= sentAt) return 1;
  return Math.min(1, Math.max(0, (t - sentAt) / (deliverAt - sentAt)));
}

/**
 * Where a message is drawn: on the straight line between the two servers' rims, moved a little to
 * the right of its direction so the messages of a pair going both ways do not overlap.
 */
export function messagePoint(a: Point, b: Point, p: number, rim: number): Point {
  const dx = b.x - a.x, dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len, uy = dy / len;
  const travel = Math.max(0, len - 2 * rim);
  const off = Math.min(6, rim * 0.3);
  return { x: a.x + ux * (rim + travel * p) - uy * off, y: a.y + uy * (rim + travel * p) + ux * off };
}
