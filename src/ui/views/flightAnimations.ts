/**
 * Message flights handed to the compositor (issue 12): each flying message of the ring is a Web
 * Animation of its transform (and, once lost, its opacity), timed in virtual milliseconds and kept in
 * step with the playback clock. Between the worker's frames the browser moves the messages on its
 * compositor thread, so the main thread does no work per animation frame. Its label follows a planned
 * list of sides (layout/labelPlan.ts) the same way.
 */
import { clockAt, type PlayClock } from '../playback/clock.ts';
import { flightEnd, flightPoint, type Flight, type SpotChange } from '../layout/labelPlan.ts';
import type { PlacedLabel } from '../layout/messageLabels.ts';

/** Opacity a lost message fades to, reached when 85 % of its would-be flight after its loss has passed. */
const LOST_OPACITY = 0.15;

const translate = (x: number, y: number) => `translate(${x.toFixed(1)}px,${y.toFixed(1)}px)`;

/**
 * A flight's keyframes in virtual ms since it was sent: along its path to the receiver's rim, or for a
 * lost message, to where it died and then fading out where it stopped.
 */
export function flightKeyframes(f: Flight): { keyframes: Keyframe[]; duration: number } {
  const duration = Math.max(0, f.deliverAt - f.sentAt);
  const start = flightPoint(f, f.sentAt), end = flightPoint(f, f.deliverAt);
  if (f.lostAt === null || duration === 0) return { duration, keyframes: [{ transform: translate(start.x, start.y) }, { transform: translate(end.x, end.y) }] };
  const dies = (flightEnd(f) - f.sentAt) / duration;
  const faded = dies + 0.85 * (1 - dies);
  return {
    duration,
    keyframes: [
      { offset: 0, transform: translate(start.x, start.y), opacity: 1 },
      { offset: dies, transform: translate(end.x, end.y), opacity: 1 },
      { offset: faded, transform: translate(end.x, end.y), opacity: LOST_OPACITY },
      { offset: 1, transform: translate(end.x, end.y), opacity: LOST_OPACITY },
    ],
  };
}

/** A message's moving element, animated along its flight from `sentAt` (virtual ms). */
export function animateFlight(el: Element, f: Flight, clock: PlayClock): Animation {
  const { keyframes, duration } = flightKeyframes(f);
  const anim = el.animate(keyframes, { duration, fill: 'both', easing: 'linear' });
  follow(anim, f.sentAt, clock);
  return anim;
}

/**
 * Keeps an animation whose time is virtual ms since `origin` in step with the clock: paused at the
 * clock's moment when it stands still, else running at its rate from where the clock is now.
 */
export function follow(anim: Animation, origin: number, clock: PlayClock): void {
  if (clock.rate === 0) {
    anim.pause();
    anim.currentTime = clock.t - origin;
    return;
  }
  anim.playbackRate = clock.rate;
  // currentTime = (timeline time - startTime) × rate; the document timeline counts performance.now() ms.
  anim.startTime = clock.wall - (clock.t - origin) / clock.rate;
}

/** The label's offset from its dot for a placed side: text anchored at its start, shifted by its width for the others. */
export function labelTransform(p: PlacedLabel, width: number): { x: number; y: number } {
  const shift = p.anchor === 'middle' ? width / 2 : p.anchor === 'end' ? width : 0;
  return { x: p.dx - shift, y: p.dy };
}

/**
 * A label's planned sides as keyframes in virtual ms since the plan's first change: each side held
 * until the next (step easing), a label with no clear side invisible meanwhile.
 */
export function labelKeyframes(plan: readonly SpotChange[], width: number): { keyframes: Keyframe[]; duration: number } {
  const from = plan[0].at, duration = plan[plan.length - 1].at - from;
  const keyframes = plan.map((c): Keyframe => {
    const at = c.placed ? labelTransform(c.placed, width) : null;
    return {
      offset: duration > 0 ? (c.at - from) / duration : 0,
      transform: at ? translate(at.x, at.y) : undefined,
      opacity: at ? 1 : 0,
      easing: 'step-end',
    };
  });
  // A hidden stretch keeps the side it had, so only its opacity changes.
  let lastTransform = keyframes.find((k) => k.transform)?.transform ?? translate(0, 0);
  for (const k of keyframes) lastTransform = k.transform ??= lastTransform;
  return { keyframes, duration };
}

/** Where the clock is now, in virtual ms. */
export const clockNow = (clock: PlayClock): number => clockAt(clock, performance.now());
