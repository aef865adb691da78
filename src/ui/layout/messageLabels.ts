/**
 * Where each flying message's label goes (issue 10): beside its dot, on the first side where it covers
 * no server circle, no server's text block and no other label. A label with no such side near a server
 * is left out; the message card still shows every field. Pure and cheap enough for every animation frame.
 */
import type { PayloadView } from '../../worker/protocol.ts';
import { overlaps, type Point, type Rect } from './ring.ts';

/** The short text on a flying message: the vote and round of a notification, the packet's name otherwise. */
export function messageLabelText(p: PayloadView): string {
  return p.type === 'notification' ? `${p.leader}·r${p.electionEpoch}` : p.packet;
}

/** Where a label sits relative to its message's dot: on a side, next to it or (far) a label's height further out. */
export type LabelSpot = `${'above' | 'below' | 'right' | 'left'}${'' | '-far'}`;

/** A placed label: its box, the text's anchor point (middle of its first baseline) relative to the dot, and its side. */
export interface PlacedLabel {
  readonly spot: LabelSpot;
  readonly box: Rect;
  readonly dx: number;
  readonly dy: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** One label to place: the dot's position and the label's size. `prefer` keeps last frame's side (no flicker). */
export interface LabelRequest {
  readonly at: Point;
  /** Where the dot will have moved while the label keeps its side: the side must be clear all the way. */
  readonly to?: Point;
  readonly width: number;
  readonly height: number;
  readonly prefer?: LabelSpot;
}

/** Every side a label may take, in the order tried. */
export const LABEL_SPOTS: readonly LabelSpot[] = ['above', 'below', 'right', 'left', 'above-far', 'below-far', 'right-far', 'left-far'];

/** Gap between the dot's centre and the near edge of its label (the dot is 7 units across). */
export const LABEL_CLEARANCE = 10;

/** The label's box and text anchor on one side of the dot. */
export function spotBox(req: LabelRequest, spot: LabelSpot): PlacedLabel {
  const { at, width: w, height: h } = req;
  // Just sent or about to land, a dot sits at a server's rim: one step further out clears the server.
  const c = spot.endsWith('-far') ? LABEL_CLEARANCE + 1.5 * h : LABEL_CLEARANCE;
  // Text baselines sit 0.8 of the box height below its top (descenders under them).
  const base = 0.8 * h;
  if (spot.startsWith('above')) return { spot, box: { x0: at.x - w / 2, x1: at.x + w / 2, y0: at.y - c - h, y1: at.y - c }, dx: 0, dy: -c - h + base, anchor: 'middle' };
  if (spot.startsWith('below')) return { spot, box: { x0: at.x - w / 2, x1: at.x + w / 2, y0: at.y + c, y1: at.y + c + h }, dx: 0, dy: c + base, anchor: 'middle' };
  const y0 = at.y - h / 2;
  if (spot.startsWith('right')) return { spot, box: { x0: at.x + c, x1: at.x + c + w, y0, y1: y0 + h }, dx: c, dy: -h / 2 + base, anchor: 'start' };
  return { spot, box: { x0: at.x - c - w, x1: at.x - c, y0, y1: y0 + h }, dx: -c, dy: -h / 2 + base, anchor: 'end' };
}

/** A label's box on one side all along the dot's straight move from `req.at` to `to` (it covers the boxes at both ends). */
function swept(req: LabelRequest, to: Point, spot: LabelSpot): PlacedLabel {
  const a = spotBox(req, spot), b = spotBox({ ...req, at: to }, spot).box;
  return { ...a, box: { x0: Math.min(a.box.x0, b.x0), y0: Math.min(a.box.y0, b.y0), x1: Math.max(a.box.x1, b.x1), y1: Math.max(a.box.y1, b.y1) } };
}

const inside = (b: Rect, bounds: Rect) => b.x0 >= bounds.x0 && b.y0 >= bounds.y0 && b.x1 <= bounds.x1 && b.y1 <= bounds.y1;

/**
 * Places labels in order. Each takes its preferred side if clear, else the first clear side; a side
 * that only overlaps another message's label is a fallback; a label that would cover a server (or leave
 * `bounds`) on every side is null: not drawn.
 */
export function placeMessageLabels(reqs: readonly LabelRequest[], servers: readonly Rect[], bounds: Rect): (PlacedLabel | null)[] {
  const placed: Rect[] = [];
  return reqs.map((req) => {
    const order = req.prefer ? [req.prefer, ...LABEL_SPOTS.filter((s) => s !== req.prefer)] : LABEL_SPOTS;
    let fallback: PlacedLabel | null = null;
    for (const spot of order) {
      const cand = req.to ? swept(req, req.to, spot) : spotBox(req, spot);
      if (!inside(cand.box, bounds) || servers.some((s) => overlaps(cand.box, s))) continue;
      if (!placed.some((p) => overlaps(cand.box, p))) {
        placed.push(cand.box);
        return cand;
      }
      fallback ??= cand;
    }
    if (fallback) placed.push(fallback.box);
    return fallback;
  });
}
