/**
 * Geometry of the space-time (Lamport) diagram: one column per server, time running down over a
 * window that ends at the moment shown. Pure and unit-tested.
 */

/** Scales of the diagram. */
export interface SpaceTime {
  x(sid: number): number;
  y(time: number): number;
  /** The virtual time at a vertical position (for click-to-seek). */
  timeAt(y: number): number;
}

/** Columns for `sids` across `width`; the window [t - windowMs, t] maps to [top, height - bottom]. */
export function spaceTime(sids: readonly number[], width: number, height: number, t: number, windowMs: number): SpaceTime {
  const top = 24, bottom = 8, left = 24, right = 12;
  const col = new Map(sids.map((s, i) => [s, i]));
  const step = sids.length > 1 ? (width - left - right) / (sids.length - 1) : 0;
  const from = t - windowMs;
  const span = height - top - bottom;
  return {
    x: (sid) => left + (col.get(sid) ?? 0) * step + (sids.length > 1 ? 0 : (width - left - right) / 2),
    y: (time) => top + ((time - from) / windowMs) * span,
    timeAt: (y) => from + ((y - top) / span) * windowMs,
  };
}
