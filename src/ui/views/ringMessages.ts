/**
 * The ring's flying messages (issue 12): one element per message, whose flight is a compositor
 * animation kept in step with the playback clock (flightAnimations.ts), its label's sides planned ahead
 * (layout/labelPlan.ts); or, above DOTS_ABOVE messages, dots on a canvas drawn every animation frame.
 * Between the worker's frames the main thread has nothing to do for the elements.
 */
import type { Selection } from 'd3';
import { kindOf, type Frame, type MessageView } from '../../worker/protocol.ts';
import { messagePoint, type Point, type Rect } from '../layout/ring.ts';
import { messageLabelText, type LabelSpot } from '../layout/messageLabels.ts';
import { flightEnd, planLabels, type Flight, type SpotChange } from '../layout/labelPlan.ts';
import { EVERY_FRAME, NO_TICK, type PlayClock } from '../playback/clock.ts';
import { setAttr } from '../playback/domWrites.ts';
import { animateFlight, clockNow, follow, labelKeyframes, labelTransform } from './flightAnimations.ts';
import { createMessageDots, type DotPath } from './messageDots.ts';
import { groupOf, MESSAGE_COLOURS } from './palette.ts';
import { pendingLook } from './pending.ts';
import { activate, said } from './ringControls.ts';
import type { RingCallbacks, RingLabels } from './ringView.ts';

/** Above this many messages in flight they are drawn as dots without labels (the panels keep the numbers). */
export const DOTS_ABOVE = 150;
/** How far ahead (wall ms) the labels' sides are planned while playing; the plan is renewed before it runs out. */
const PLAN_AHEAD_MS = 500;

/** What the messages need of the ring's layout. */
export interface MessageGeometry {
  pos(sid: number): Point;
  readonly nodeRadius: number;
  /** The servers' circles and text blocks, which labels keep clear of. */
  readonly obstacles: readonly Rect[];
  readonly width: number;
  readonly height: number;
  /** Font size of the labels in CSS px. */
  readonly msgPx: number;
}

/** The message layer of one ring view. */
export interface RingMessages {
  /** Joins a frame's messages (or draws them as dots). */
  draw(frame: Frame, labels: RingLabels, selectedMessage: number | null, small: boolean, geometry: MessageGeometry): void;
  /** Follows the clock; returns within how many wall ms it wants the next tick. */
  tick(clock: PlayClock): number;
  resize(width: number, height: number): void;
  destroy(): void;
}

/** Creates the message layer in `gMsgs` (and its dot canvas beside `svg`). */
export function createRingMessages(svg: SVGSVGElement, gMsgs: Selection<SVGGElement, unknown, null, undefined>, cb: RingCallbacks): RingMessages {
  /** The messages drawn as elements, each with its flight's animation. */
  let moving: Moving[] = [];
  /** The clock last given, the clock the animations follow, and until when (virtual ms) the labels are planned. */
  let clock: PlayClock = { t: 0, wall: 0, rate: 0 };
  let synced: PlayClock | null = null;
  let planUntil = -Infinity;
  /** Each message element's flight animation, with the flight it was made for. */
  const flights = new WeakMap<Element, { key: string; anim: Animation }>();
  const labelAnims = new WeakMap<Element, Animation>();
  /** Each label's text width, measured once it is laid out. */
  const labelWidths = new WeakMap<Element, number>();
  /** What each message was last drawn from, so an unchanged one is not written again. */
  const drawnAs = new WeakMap<Element, string>();
  let drawnLabels: RingLabels | null = null;
  let geo: MessageGeometry = { pos: () => ({ x: 0, y: 0 }), nodeRadius: 0, obstacles: [], width: 0, height: 0, msgPx: 12 };
  /** Above DOTS_ABOVE messages they are dots on a canvas (messageDots.ts), not elements. */
  const dots = createMessageDots(svg);
  let dotMode = false;
  /** Messages gone from the frame that are finishing their flight (see leave), by id. */
  const leaving = new Map<number, SVGGElement>();

  function draw(frame: Frame, labels: RingLabels, selectedMessage: number | null, small: boolean, geometry: MessageGeometry) {
    geo = geometry;
    const { pos, nodeRadius: r } = geometry;
    const relabel = drawnLabels !== labels;
    drawnLabels = labels;
    const look = pendingLook(frame);
    const paths = frame.messages.map((m) => {
      const a = messagePoint(pos(m.from), pos(m.to), 0, r), b = messagePoint(pos(m.from), pos(m.to), 1, r);
      return { m, colour: MESSAGE_COLOURS[groupOf(kindOf(m.payload))], ax: a.x, ay: a.y, dx: b.x - a.x, dy: b.y - a.y };
    });
    dotMode = frame.messages.length > DOTS_ABOVE;
    if (dotMode) {
      // Hundreds of messages: dots on the canvas, and no element per message.
      gMsgs.selectAll<SVGGElement, unknown>('g.msg').each(function () { discard(this); });
      for (const [id, el] of leaving) dropLeaving(id, el);
      gMsgs.attr('role', 'img').attr('aria-label', labels.dots(frame.messages.length));
      moving = [];
      dots.set(paths, selectedMessage);
      return;
    }
    dots.clear();
    gMsgs.attr('role', null).attr('aria-label', null);
    // A message back in the frame (time went back) is drawn afresh: its leaving copy goes.
    if (leaving.size > 0) {
      const ids = new Set(frame.messages.map((m) => m.id));
      for (const [id, el] of leaving) if (ids.has(id)) dropLeaving(id, el);
    }
    const msgSel = gMsgs.selectAll<SVGGElement, MessageView>('g.msg')
      .data(frame.messages, (m) => m.id)
      .join(
        (enter) => {
          const g = enter.append('g').attr('class', 'msg').attr('role', 'button');
          g.append('circle').attr('r', small ? 7 : 4);
          // Anchored at its start: the label's side is a transform (animated on the compositor), its width known.
          if (small) g.append('text').attr('class', 'msg-label').attr('text-anchor', 'start');
          return g
            .on('click', (_e, m) => cb.onMessage(m.id))
            .on('pointerenter focus', (_e, m) => cb.onMessagePointed(m.id))
            .on('pointerleave blur', () => cb.onMessagePointed(null))
            .on('keydown', (e: KeyboardEvent, m) => {
              if (e.key === 'Delete' || e.key === 'Backspace') {
                e.preventDefault();
                cb.onDrop(m.id);
              } else activate(() => cb.onMessage(m.id))(e);
            });
        },
        undefined,
        (exit) => exit.each(function (m) { leave(this, m); }),
      )
      // Written only when they differ: a write is a mutation the page must restyle for, every frame.
      .each(function (m) {
        setAttr(this, 'tabindex', frame.messages.length <= 60 ? '0' : '-1');
        setAttr(this, 'data-selected', m.id === selectedMessage ? 'true' : null);
      });
    // A message keeps its words while on the wire; only entering ones (or a new language, or its loss) are written.
    const changed = msgSel.filter(function (m) {
      const sig = `${m.lostAt}|${m.lostWhy}|${JSON.stringify(look.lost.get(m.id) ?? null)}`;
      if (drawnAs.get(this) === sig && !relabel) return false;
      drawnAs.set(this, sig);
      return true;
    });
    changed
      .attr('data-lost', (m) => (m.lostAt !== null ? 'true' : null))
      .attr('data-pending', (m) => (look.lost.has(m.id) ? 'lost' : null))
      .attr('aria-label', (m) => said(labels, labels.message(m), look.lost.get(m.id), () => 'lost'));
    changed.select('circle').attr('fill', (m) => MESSAGE_COLOURS[groupOf(kindOf(m.payload))]);
    if (small) changed.select('text.msg-label').text((m) => messageLabelText(m.payload));
    const spots = new Map(moving.map((v) => [v.m.id, v.spot]));
    moving = [];
    msgSel.each(function (m, i) {
      const { ax, ay, dx, dy } = paths[i];
      const flight: Flight = { ax, ay, dx, dy, sentAt: m.sentAt, deliverAt: m.deliverAt, lostAt: m.lostAt };
      // A flight already animated (same path, times and fate) keeps its animation.
      const key = `${ax},${ay},${dx},${dy},${m.sentAt},${m.deliverAt},${m.lostAt}`;
      let fly = flights.get(this);
      if (fly?.key !== key) {
        fly?.anim.cancel();
        fly = { key, anim: animateFlight(this, flight, clock) };
        flights.set(this, fly);
      }
      const label = small ? this.querySelector<SVGTextElement>('text.msg-label') : null;
      moving.push({ ...paths[i], el: this, flight, label, width: label ? labelWidth(label) : 0, spot: spots.get(m.id) });
    });
    synced = clock;
    planLabelSides(clockNow(clock));
  }

  /** A label's text width: measured once laid out (the estimate only while the drawing is not shown). */
  function labelWidth(text: SVGTextElement): number {
    const known = labelWidths.get(text);
    if (known) return known;
    const w = text.getComputedTextLength();
    if (w > 0) labelWidths.set(text, w);
    return w > 0 ? w : 0.62 * (text.textContent ?? '').length * geo.msgPx;
  }

  /**
   * A message gone from the frame: removed, unless the clock has not yet brought it to its end (in slow
   * motion the next event's frame is asked for a little ahead, so a delivery shows before the dot
   * arrives). Then it finishes its flight, no longer a control, and goes when its animation ends.
   */
  function leave(el: SVGGElement, m: MessageView) {
    const anim = flights.get(el)?.anim;
    if (!anim || clock.rate === 0 || clockNow(clock) >= flightEnd(m)) return discard(el);
    el.setAttribute('class', 'msg-leaving');
    el.setAttribute('aria-hidden', 'true');
    el.removeAttribute('role');
    el.removeAttribute('tabindex');
    leaving.set(m.id, el);
    void anim.finished.then(() => dropLeaving(m.id, el), () => undefined);
  }

  function dropLeaving(id: number, el: SVGGElement) {
    if (leaving.get(id) !== el) return;
    leaving.delete(id);
    discard(el);
  }

  /** Takes a message's element off the drawing, with its flight. */
  function discard(el: SVGGElement) {
    flights.get(el)?.anim.cancel();
    el.remove();
  }

  function tick(c: PlayClock): number {
    // Time stopped or jumped: what was finishing its flight goes now (the frame of that moment will say what flies).
    if (c !== clock && c.rate !== clock.rate) for (const [id, el] of leaving) dropLeaving(id, el);
    clock = c;
    const t = clockNow(c);
    if (dotMode) {
      dots.draw(t);
      return c.rate > 0 ? EVERY_FRAME : NO_TICK;
    }
    const movesOn = () => moving.some((v) => v.label && flightEnd(v.flight) > planUntil);
    // Time jumped or changed pace: every flight follows the new clock, and the labels are planned again.
    if (c !== synced) {
      for (const v of moving) follow(flights.get(v.el)!.anim, v.m.sentAt, c);
      synced = c;
      planLabelSides(t);
    } else if (c.rate > 0 && t >= planUntil && movesOn()) planLabelSides(t);
    return c.rate > 0 && movesOn() ? (planUntil - t) / c.rate : NO_TICK;
  }

  /**
   * Plans the labels' sides from virtual time t (labelPlan.ts): clear of every server and of each other,
   * for the next PLAN_AHEAD_MS of wall time while playing, or exactly at t when time stands still.
   */
  function planLabelSides(t: number) {
    const withLabel = moving.filter((v) => v.label);
    planUntil = clock.rate > 0 ? t + clock.rate * PLAN_AHEAD_MS : Infinity;
    if (withLabel.length === 0) return;
    const height = 1.2 * geo.msgPx;
    const plans = planLabels(
      withLabel.map((v) => ({ ...v.flight, width: v.width, height, prefer: v.spot ?? undefined })),
      t, clock.rate > 0 ? planUntil : t, geo.obstacles, { x0: 0, y0: 0, x1: geo.width, y1: geo.height },
    );
    withLabel.forEach((v, i) => showPlan(v, plans[i]));
  }

  /** Puts a label where its plan says: one side written once, or a side per stretch of time as an animation. */
  function showPlan(v: Moving, plan: readonly SpotChange[]) {
    const text = v.label!;
    labelAnims.get(text)?.cancel();
    labelAnims.delete(text);
    const first = plan[0]?.placed ?? null;
    v.spot = first?.spot ?? null;
    if (plan.length > 1) {
      setAttr(text, 'display', null);
      const { keyframes, duration } = labelKeyframes(plan, v.width);
      const anim = text.animate(keyframes, { duration, fill: 'both' });
      follow(anim, plan[0].at, clock);
      labelAnims.set(text, anim);
      return;
    }
    setAttr(text, 'display', first ? null : 'none');
    if (!first) return;
    const at = labelTransform(first, v.width);
    setAttr(text, 'transform', `translate(${at.x.toFixed(1)},${at.y.toFixed(1)})`);
  }

  return {
    draw,
    tick,
    resize: (width, height) => dots.resize(width, height),
    destroy: () => dots.destroy(),
  };
}

/** A message drawn as an element: its flight from rim to rim and its label. */
interface Moving extends DotPath {
  readonly el: SVGGElement;
  readonly flight: Flight;
  /** The label's text element (none on a big ring), its width, and the side it is drawn on now (null: hidden). */
  readonly label: SVGTextElement | null;
  readonly width: number;
  spot: LabelSpot | null | undefined;
}
