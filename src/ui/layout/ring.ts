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
  /** Where each server's text block goes. */
  readonly labelSides: ReadonlyMap<number, LabelSide>;
  /** false when the text blocks could not be kept apart: the view then leaves them out. */
  readonly labelsFit: boolean;
  /** The size of a text block this layout made room for (0 × 0: none). */
  readonly room: LabelRoom;
}

/** The size of each server's text block (state, round, vote, epochs, last zxid). */
export interface LabelRoom {
  readonly width: number;
  readonly height: number;
}

/** Where a server's text block sits: on the outside of the ring, so messages (inside it) never cross it. */
export type LabelSide = 'above' | 'below' | 'left' | 'right';

/**
 * The side of the text block of a server at `angle` (radians, 0 = 3 o'clock, clockwise). `steep` is how
 * far up or down (|sin| of the angle) a server must sit for its block to go over or under it rather than beside it.
 */
export function labelSide(angle: number, steep = 0.45): LabelSide {
  const dy = Math.sin(angle), dx = Math.cos(angle);
  // 0.45, not 0.5: the lower pair of a 3-ring sits at exactly 30° below the horizontal.
  if (dy <= -steep) return 'above';
  if (dy >= steep) return 'below';
  return dx >= 0 ? 'right' : 'left';
}

/** Gap between a server's circle and its text block. */
export const LABEL_GAP = 8;

/** The ring's geometry for one placement of the text blocks. */
function fit(angles: readonly number[], sides: readonly LabelSide[], width: number, usableH: number, nodeRadius: number, room: LabelRoom) {
  const below = Math.max(0, ...angles.map((a) => Math.sin(a)));
  const across = Math.max(0.01, ...angles.map((a) => Math.abs(Math.cos(a))));
  const block = room.height > 0 ? room.height + LABEL_GAP : 0;
  const topBlock = sides.includes('above') ? block : 0;
  const lowest = angles.reduce((m, a, i) => (Math.sin(a) > Math.sin(angles[m]) ? i : m), 0);
  // The lowest server's block, under it or beside it (centred on it: half a block below its centre).
  const bottomBlock = sides[lowest] === 'below' ? block : Math.max(0, room.height / 2 - nodeRadius);
  // 8 px above the top block and below the bottom one leave room for the countdown arcs.
  const radiusV = (usableH - 2 * nodeRadius - topBlock - bottomBlock - 16) / (1 + below);
  const sideLabels = sides.includes('left') || sides.includes('right');
  const halfW = sideLabels ? nodeRadius + LABEL_GAP + room.width : Math.max(nodeRadius, room.width / 2);
  const radiusH = (width / 2 - halfW - 4) / across;
  const radius = Math.max(10, Math.min(radiusV, radiusH));
  // Two blocks on the same side of the ring (both under it, say) must not run into each other.
  let needed = 0;
  for (let i = 0; i < angles.length; i++) {
    for (let j = i + 1; j < angles.length; j++) {
      if (sides[i] !== sides[j] || (sides[i] !== 'above' && sides[i] !== 'below')) continue;
      const dx = Math.abs(Math.cos(angles[i]) - Math.cos(angles[j]));
      needed = Math.max(needed, (room.width + LABEL_GAP) / Math.max(dx, 0.01));
    }
  }
  const slack = Math.max(0, usableH - (radius * (1 + below) + 2 * nodeRadius + topBlock + bottomBlock + 16));
  // Neighbours on the ring must stay clear of each other too.
  const apart = angles.length < 2 || 2 * radius * Math.sin(Math.PI / angles.length) >= 2.4 * nodeRadius;
  return { radius, fits: apart && radius >= needed, centerY: 8 + nodeRadius + topBlock + radius + slack / 2 };
}

/**
 * Lays out voters on a circle (first one at the top, clockwise) and observers in a row under it. The
 * circle is as large as the box allows once every server's text block (`room`) fits inside it too; when
 * blocks under the ring would run into each other, the lower servers get theirs beside them instead.
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
  const angles = voters.map((_, i) => -Math.PI / 2 + (2 * Math.PI * i) / n);
  let sides = angles.map((a) => labelSide(a));
  let g = fit(angles, sides, width, usableH, nodeRadius, room);
  if (!g.fits) {
    const beside = angles.map((a) => labelSide(a, 0.95));
    const h = fit(angles, beside, width, usableH, nodeRadius, room);
    if (h.fits || h.radius > g.radius) [sides, g] = [beside, h];
  }
  const center = { x: width / 2, y: g.centerY };
  const positions = new Map<number, Point>();
  const labelSides = new Map<number, LabelSide>();
  voters.forEach((s, i) => {
    positions.set(s.id, { x: center.x + g.radius * Math.cos(angles[i]), y: center.y + g.radius * Math.sin(angles[i]) });
    labelSides.set(s.id, sides[i]);
  });
  observers.forEach((s, i) => {
    const step = width / (observers.length + 1);
    positions.set(s.id, { x: step * (i + 1), y: height - rowSpace + nodeRadius + 4 });
    labelSides.set(s.id, 'below');
  });
  return { positions, nodeRadius, center, radius: g.radius, labelSides, labelsFit: g.fits, room };
}

/** Lines in a server's text block (state, round, vote, epochs, last zxid) and their spacing (em). */
export const DETAIL_LINES = 5, DETAIL_LINE_EM = 1.2;

/**
 * The text block's width in characters: its longest line, in steps of 4 characters so the ring is laid
 * out again only when a block grows noticeably (a longer zxid), not every frame.
 */
export function detailChars(lines: readonly string[]): number {
  return 4 * Math.ceil(Math.max(8, ...lines.map((l) => l.length)) / 4);
}

/** Room for the full block (monospace, 0.6 em a character) and for the state word alone (bold sans-serif, LOOKING). */
export function detailRooms(chars: number, fontPx: number): { full: LabelRoom; state: LabelRoom } {
  return {
    full: { width: 0.6 * chars * fontPx, height: DETAIL_LINES * DETAIL_LINE_EM * fontPx },
    state: { width: 0.7 * 9 * fontPx, height: DETAIL_LINE_EM * fontPx },
  };
}

/** How much of each server's text the stage shows: every line, the state word alone, or none. */
export type DetailLevel = 'full' | 'state' | 'none';

/**
 * The largest text the stage can hold: the full block if it fits, else the state word alone (a phone
 * still tells LEADING from LOOKING), else none. The ring never squeezes servers onto each other for text.
 */
export function fitDetail(
  servers: readonly { id: number; observer: boolean }[], width: number, height: number, full: LabelRoom, state: LabelRoom,
): { layout: RingLayout; level: DetailLevel } {
  for (const [level, room] of [['full', full], ['state', state]] as const) {
    if (room.height <= 0) continue;
    const layout = ringLayout(servers, width, height, room);
    if (layout.labelsFit) return { layout, level };
  }
  return { layout: ringLayout(servers, width, height), level: 'none' };
}

/** An axis-aligned box in SVG user units. */
export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** true when two boxes share some area. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The box of the text block of a server at `p`, on its side (the same placement the view draws). */
export function detailBox(p: Point, side: LabelSide, r: number, room: LabelRoom): Rect {
  const g = r + LABEL_GAP;
  if (side === 'above') return { x0: p.x - room.width / 2, x1: p.x + room.width / 2, y0: p.y - g - room.height, y1: p.y - g };
  if (side === 'below') return { x0: p.x - room.width / 2, x1: p.x + room.width / 2, y0: p.y + g, y1: p.y + g + room.height };
  const y0 = p.y - room.height / 2, y1 = p.y + room.height / 2;
  return side === 'right' ? { x0: p.x + g, x1: p.x + g + room.width, y0, y1 } : { x0: p.x - g - room.width, x1: p.x - g, y0, y1 };
}

/** What a message label must stay clear of: every server's circle (with its countdown arc) and text block. */
export function serverBoxes(layout: RingLayout): Rect[] {
  // The countdown arc is drawn 5 units outside the circle, 3 wide.
  const rim = layout.nodeRadius + 7;
  const out: Rect[] = [];
  for (const [id, p] of layout.positions) {
    out.push({ x0: p.x - rim, y0: p.y - rim, x1: p.x + rim, y1: p.y + rim });
    if (layout.room.height > 0) out.push(detailBox(p, layout.labelSides.get(id) ?? 'below', layout.nodeRadius, layout.room));
  }
  return out;
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
