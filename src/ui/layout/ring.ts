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

/** The size of each server's text block (state, round, vote, epochs, last zxid). */
export interface LabelRoom {
  readonly width: number;
  readonly height: number;
}

/** Where a server's text block sits: on the outside of the ring, so messages (inside it) never cross it. */
export type LabelSide = 'above' | 'below' | 'left' | 'right';

/** The side of the text block of a server at `angle` (radians, 0 = 3 o'clock, clockwise). */
export function labelSide(angle: number): LabelSide {
  const dy = Math.sin(angle), dx = Math.cos(angle);
  // 0.45, not 0.5: the lower pair of a 3-ring sits at exactly 30° below the horizontal.
  if (dy <= -0.45) return 'above';
  if (dy >= 0.45) return 'below';
  return dx >= 0 ? 'right' : 'left';
}

/** Gap between a server's circle and its text block. */
export const LABEL_GAP = 8;

/**
 * Lays out voters on a circle (first one at the top, clockwise) and observers in a row under it. The
 * circle is as large as the box allows once every server's text block (`room`) fits inside it too.
 */
export function ringLayout(
  servers: readonly { id: number; observer: boolean }[], width: number, height: number, room: LabelRoom = { width: 0, height: 0 },
): RingLayout {
  const voters = servers.filter((s) => !s.observer);
  const observers = servers.filter((s) => s.observer);
  const rowSpace = observers.length > 0 ? Math.min(90 + room.height, height * 0.3) : 0;
  const usableH = height - rowSpace;
  const n = Math.max(voters.length, 1);
  // The node grows with the stage (a projector gets bigger circles), within what n nodes on a ring allow.
  const scale = Math.min(1.5, Math.max(0.7, Math.min(width, usableH) / 480));
  const nodeRadius = Math.max(7, Math.min(38 * scale, (Math.PI * Math.min(width, usableH) * 0.36) / n));
  // The ring's actual extent: for 3 voters the lowest ones sit at half the radius below the centre, not a whole radius.
  const angles = voters.map((_, i) => -Math.PI / 2 + (2 * Math.PI * i) / n);
  const below = Math.max(0, ...angles.map((a) => Math.sin(a)));
  const across = Math.max(0.01, ...angles.map((a) => Math.abs(Math.cos(a))));
  const sideLabels = angles.some((a) => labelSide(a) === 'left' || labelSide(a) === 'right');
  const block = room.height > 0 ? room.height + LABEL_GAP : 0;
  // 8 px above the top block and below the bottom one leave room for the countdown arcs.
  const radiusV = (usableH - 2 * (nodeRadius + block) - 16) / (1 + below);
  const halfW = sideLabels ? nodeRadius + LABEL_GAP + room.width : Math.max(nodeRadius, room.width / 2);
  const radiusH = (width / 2 - halfW - 4) / across;
  const radius = Math.max(10, Math.min(radiusV, radiusH));
  const slack = Math.max(0, usableH - (radius * (1 + below) + 2 * (nodeRadius + block) + 16));
  const center = { x: width / 2, y: 8 + nodeRadius + block + radius + slack / 2 };
  const positions = new Map<number, Point>();
  voters.forEach((s, i) => {
    const a = angles[i];
    positions.set(s.id, { x: center.x + radius * Math.cos(a), y: center.y + radius * Math.sin(a) });
  });
  observers.forEach((s, i) => {
    const step = width / (observers.length + 1);
    positions.set(s.id, { x: step * (i + 1), y: height - rowSpace + nodeRadius + 4 });
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
