/**
 * The flights of messages and the sides of their labels, planned ahead (issue 12). While a run plays,
 * the compositor moves the messages; the main thread only plans, at each worker frame, where every
 * label will sit for the rest of the flights: the sides messageLabels.ts picks, at instants spread over
 * the time left, for all labels together (so they avoid the servers and each other as they move).
 */
import { placeMessageLabels, type LabelSpot, type PlacedLabel } from './messageLabels.ts';
import { progressAt, type Point, type Rect } from './ring.ts';

/** A message's straight flight from rim to rim; a lost one stops where it died. */
export interface Flight {
  readonly ax: number;
  readonly ay: number;
  readonly dx: number;
  readonly dy: number;
  readonly sentAt: number;
  readonly deliverAt: number;
  readonly lostAt: number | null;
}

/** Where a flight's message is at virtual time t. */
export function flightPoint(f: Flight, t: number): Point {
  const p = progressAt(f.sentAt, f.deliverAt, f.lostAt !== null && t >= f.lostAt ? f.lostAt : t);
  return { x: f.ax + f.dx * p, y: f.ay + f.dy * p };
}

/** When a flight stops moving (arrived, or died): only its times count. */
export const flightEnd = (f: Pick<Flight, 'sentAt' | 'deliverAt' | 'lostAt'>): number => Math.max(f.sentAt, Math.min(f.deliverAt, f.lostAt ?? Infinity));

/** A labelled flight to plan: its label's size, and the side it was drawn on last (kept while clear, no flicker). */
export interface LabelledFlight extends Flight {
  readonly width: number;
  readonly height: number;
  readonly prefer?: LabelSpot;
}

/** From `at` on (until the next change), the label sits as placed (null: left out, no clear side). */
export interface SpotChange {
  readonly at: number;
  readonly placed: PlacedLabel | null;
}

/**
 * Most instants × labels × sides considered per plan: with many messages in flight the instants are
 * fewer, so planning stays about as cheap as placing labels on a few animation frames used to be.
 */
const PLAN_WORK = 40_000;
const MAX_INSTANTS = 48, MIN_INSTANTS = 4;

/**
 * The sides of the labels of `flights` from virtual time `from` to `until` (or until the last flight
 * stops, if sooner): for each flight, its changes in time order (the first at `from`). With `until` =
 * `from` (standing still), the labels are placed exactly as placeMessageLabels places them; moving,
 * each side is chosen clear of the servers all the way to the next instant.
 */
export function planLabels(flights: readonly LabelledFlight[], from: number, until: number, servers: readonly Rect[], bounds: Rect): SpotChange[][] {
  const plans: SpotChange[][] = flights.map(() => []);
  if (flights.length === 0) return plans;
  const end = Math.max(from, Math.min(until, Math.max(...flights.map(flightEnd))));
  const n = end > from ? Math.max(MIN_INSTANTS, Math.min(MAX_INSTANTS, Math.floor(PLAN_WORK / (8 * flights.length)))) : 1;
  const prefer: (LabelSpot | undefined)[] = flights.map((f) => f.prefer);
  const instant = (i: number) => (n === 1 ? from : Math.min(end, from + ((end - from) * i) / (n - 1)));
  for (let i = 0; i < n; i++) {
    const at = instant(i), next = instant(i + 1);
    // A side is kept until the next instant: it must be clear while the dot moves there.
    const placed = placeMessageLabels(
      flights.map((f, k) => ({ at: flightPoint(f, at), to: n === 1 ? undefined : flightPoint(f, next), width: f.width, height: f.height, prefer: prefer[k] })),
      servers,
      bounds,
    );
    placed.forEach((p, k) => {
      const plan = plans[k], last = plan[plan.length - 1];
      if (last && sameSpot(last.placed, p)) return;
      plan.push({ at, placed: p });
      prefer[k] = p?.spot;
    });
  }
  return plans;
}

const sameSpot = (a: PlacedLabel | null, b: PlacedLabel | null) => (a === null || b === null ? a === b : a.spot === b.spot);
