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
