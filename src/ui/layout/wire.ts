/**
 * Geometry of the client-connection view: servers in a row at the top, client sessions in a row at the
 * bottom, packets on the straight line between a client and its server. Pure; unit-tested.
 */
import type { Point } from './ring.ts';

/** Positions of servers and clients. */
export interface WireLayout {
  readonly servers: ReadonlyMap<number, Point>;
  readonly clients: ReadonlyMap<string, Point>;
}

function row(n: number, width: number): number[] {
  const step = width / (n + 1);
  return Array.from({ length: n }, (_, i) => step * (i + 1));
}

/** Lays out servers (top) and clients (bottom) evenly across `width`. */
export function wireLayout(servers: readonly number[], clients: readonly string[], width: number, height: number): WireLayout {
  const sx = row(servers.length, width);
  const cx = row(clients.length, width);
  return {
    servers: new Map(servers.map((id, i) => [id, { x: sx[i], y: 34 }])),
    clients: new Map(clients.map((name, i) => [name, { x: cx[i], y: height - 34 }])),
  };
}

/** Where a packet is at time t: from `a` (at sentAt) to `b` (at deliverAt), clamped to the ends. */
export function packetPoint(a: Point, b: Point, sentAt: number, deliverAt: number, t: number): Point {
  const span = deliverAt - sentAt;
  const p = span <= 0 ? 1 : Math.max(0, Math.min(1, (t - sentAt) / span));
  return { x: a.x + (b.x - a.x) * p, y: a.y + (b.y - a.y) * p };
}

/** A label's box in pixels: left edge, top, size. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Vertical shifts that keep labels off each other: each label, in order, moves down (then up) by
 * whole label heights until it overlaps none placed before it. Watch events fired by one write travel
 * together, so without this their labels are drawn on top of each other.
 */
export function stackLabels(boxes: readonly LabelBox[]): number[] {
  const placed: LabelBox[] = [];
  return boxes.map((b) => {
    for (let k = 0; ; k++) {
      // 0, +1, -1, +2, -2 … label heights (plus a 2 px gap).
      const dy = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * (b.h + 2);
      const c = { ...b, y: b.y + dy };
      if (!placed.some((p) => c.x < p.x + p.w && p.x < c.x + c.w && c.y < p.y + p.h && p.y < c.y + c.h)) {
        placed.push(c);
        return dy;
      }
    }
  });
}
