/**
 * The ring view: D3 owns this SVG (design.md §5). Servers on a ring, links between them, messages
 * flying from sender to receiver. `update` joins a new frame (keyed, so only changes are touched);
 * `tick` follows the playback clock. A message's flight is a compositor animation
 * (flightAnimations.ts): the main thread works only at the worker's frames, when time jumps or changes
 * pace, and for countdown arcs; in dot mode (hundreds of messages) the canvas is drawn every frame.
 */
import { select, type Selection } from 'd3';
import type { Frame, LinkView, MessageView, ServerView } from '../../worker/protocol.ts';
import { DETAIL_LINE_EM, detailChars, detailRooms, fitDetail, LABEL_GAP, serverBoxes, type DetailLevel, type Rect, type RingLayout } from '../layout/ring.ts';
import { NO_TICK, type PlayClock } from '../playback/clock.ts';
import { setAttr, setText } from '../playback/domWrites.ts';
import { clockNow } from './flightAnimations.ts';
import { createRingMessages } from './ringMessages.ts';
import { activate, said } from './ringControls.ts';
import { STATE_COLOURS } from './palette.ts';
import { linkKey, linksAfter, pendingLook } from './pending.ts';

/** Text the view needs, already translated. */
export interface RingLabels {
  server(s: ServerView): string;
  link(l: LinkView): string;
  message(m: MessageView): string;
  /** The accessible name of the messages drawn as dots: how many are in flight. */
  dots(count: number): string;
  detail(s: ServerView): readonly string[];
  /** A change queued while paused, said with the step that makes it: "stops at step 7". */
  coming(kind: 'stop' | 'start' | 'lost', step: number | null): string;
}

/** What the view reports back to the app. */
export interface RingCallbacks {
  onServer(sid: number): void;
  onLink(l: LinkView): void;
  onMessage(id: number): void;
  onDrop(id: number): void;
  /** A message is pointed at (hover or keyboard focus), or no longer (null): the stage shows its card. */
  onMessagePointed(id: number | null): void;
}

/** A live ring view. */
export interface RingView {
  update(frame: Frame, labels: RingLabels, selected: number | null, selectedMessage: number | null): void;
  /** Follows the playback clock; returns within how many wall ms it wants the next tick. */
  tick(clock: PlayClock): number;
  /** The drawing's size in CSS pixels (the stage's box): the ring is laid out again to fill it. */
  resize(width: number, height: number): void;
  destroy(): void;
}

/** Above this many servers, only broken links are drawn (1275 lines for 51 would hide everything). */
const ALL_LINKS_UP_TO = 12;

/** Fewest wall ms between redraws of the countdown arcs (each redraw makes a page update). */
const ARC_TICK_MS = 250;
/**
 * Steps of a countdown arc per turn (7.5° each): what a redraw moves it by. At the default speed a wait
 * of 200 ms takes 10 s, and arcs redraw every ARC_TICK_MS anyway; in slower motion finer steps would
 * redraw the page four times a second for a pixel or two (0.1 ms of main-thread task per displayed
 * frame in the bench's 5-server window at 1/100).
 */
const ARC_STEPS = 48;

/** Creates the ring view inside `svg`. */
export function createRingView(svg: SVGSVGElement, cb: RingCallbacks): RingView {
  let W = 900, H = 640;
  const root = select(svg).attr('viewBox', `0 0 ${W} ${H}`).attr('preserveAspectRatio', 'xMidYMid meet');
  const gLinks = root.append('g').attr('class', 'links');
  const gServers = root.append('g').attr('class', 'servers');
  const gMsgs = root.append('g').attr('class', 'messages');
  let layout: RingLayout | null = null;
  let layoutKey = '';
  /** Bumped whenever the ring is laid out again (new servers, text size or stage size). */
  let layoutVersion = 0;
  let waitSel: Selection<SVGPathElement, ServerView, SVGGElement, unknown> | null = null;
  const messages = createRingMessages(svg, gMsgs, cb);
  messages.resize(W, H);
  /** The clock last given (the messages follow it; the countdown arcs are drawn at its moment). */
  let clock: PlayClock = { t: 0, wall: 0, rate: 0 };
  /** What each server was last drawn from, so an unchanged one is not written again. */
  const drawnAs = new WeakMap<Element, string>();
  let last: Parameters<RingView['update']> | null = null;
  let fontPx = 13;
  /** Font size of the message labels (CSS --stage-msg-px), and what labels must keep clear of. */
  let msgPx = 12;
  let obstacles: Rect[] = [];
  let detail: DetailLevel = 'full';

  /** Where a server's text block goes (outside the ring), as the text's x, first baseline and anchor. */
  function labelAt(s: ServerView, lines: number): { x: number; y: number; anchor: string } {
    const r = layout!.nodeRadius;
    const side = layout!.labelSides.get(s.id) ?? 'below';
    const g = r + LABEL_GAP, lineH = DETAIL_LINE_EM * fontPx, blockH = lines * lineH;
    if (side === 'below') return { x: 0, y: g + fontPx * 0.85, anchor: 'middle' };
    if (side === 'above') return { x: 0, y: -g - blockH + fontPx * 0.85, anchor: 'middle' };
    return { x: side === 'right' ? g : -g, y: -blockH / 2 + fontPx * 0.85, anchor: side === 'right' ? 'start' : 'end' };
  }

  function pos(id: number) {
    return layout!.positions.get(id) ?? { x: W / 2, y: H / 2 };
  }

  /** What the last drawing used: a part whose input is the same object as then is not touched again. */
  let drawn: { layout: number; labels: RingLabels | null; links: Frame['links'] | null; servers: Frame['servers'] | null; selected: number | null; messages: Frame['messages'] | null; selectedMessage: number | null; pending: Frame['pending'] } = {
    layout: -1, labels: null, links: null, servers: null, selected: null, messages: null, selectedMessage: null, pending: undefined,
  };

  function update(frame: Frame, labels: RingLabels, selected: number | null, selectedMessage: number | null) {
    last = [frame, labels, selected, selectedMessage];
    const small = frame.servers.length <= 9;
    const was = drawn;
    if (layoutKey === '' || was.servers !== frame.servers || was.labels !== labels) relayoutIfNeeded(frame, labels, small);
    // Frames carry unchanged parts as the same objects (frame-patch.ts): most frames while playing only move time.
    // Actions queued while paused (frame.pending) change how links, servers and messages look.
    const same = was.layout === layoutVersion && was.labels === labels && was.pending === frame.pending;
    if (!same || was.links !== frame.links) drawLinks(frame, labels);
    if (!same || was.servers !== frame.servers || was.selected !== selected) drawServers(frame, labels, selected);
    if (!same || was.messages !== frame.messages || was.selectedMessage !== selectedMessage) {
      messages.draw(frame, labels, selectedMessage, small, { pos, nodeRadius: layout!.nodeRadius, obstacles, width: W, height: H, msgPx });
    }
    drawn = { layout: layoutVersion, labels, links: frame.links, servers: frame.servers, selected, messages: frame.messages, selectedMessage, pending: frame.pending };
    tick(clock);
  }

  /** Lays the ring out again when the servers or the size of their text blocks changed. */
  function relayoutIfNeeded(frame: Frame, labels: RingLabels, small: boolean) {
    const chars = small ? detailChars(frame.servers.flatMap((s) => labels.detail(s))) : 0;
    const key = `${frame.servers.map((s) => `${s.id}${s.observer ? 'o' : ''}`).join(',')}/${chars}`;
    if (key === layoutKey) return;
    // The text's size follows the stage's font sizes (larger in classroom mode), read from CSS.
    const css = getComputedStyle(svg);
    fontPx = parseFloat(css.getPropertyValue('--stage-detail-px')) || 13;
    msgPx = parseFloat(css.getPropertyValue('--stage-msg-px')) || 12;
    const none = { width: 0, height: 0 };
    const rooms = small ? detailRooms(chars, fontPx) : { full: none, state: none };
    // A stage too small for the text blocks shows less text rather than squeezing servers onto each other.
    ({ layout, level: detail } = fitDetail(frame.servers, W, H, rooms.full, rooms.state));
    obstacles = serverBoxes(layout);
    layoutKey = key;
    layoutVersion++;
  }

  function drawLinks(frame: Frame, labels: RingLabels) {
    // Actions taken while paused show at once: links in the state they will have, servers that will stop
    // crossed out, messages that will be dropped struck through (data-pending, styled in CSS).
    const look = pendingLook(frame);
    const after = linksAfter(frame);
    const links = frame.servers.length <= ALL_LINKS_UP_TO ? after : after.filter((l) => l.state !== 'up');
    gLinks.selectAll<SVGGElement, LinkView>('g.link')
      .data(links, linkKey)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'link').attr('tabindex', 0).attr('role', 'button');
        g.append('line').attr('class', 'link-hit');
        g.append('line').attr('class', 'link-line');
        // Handlers read the element's datum when they fire: bound once, they see every later frame's link.
        return g.on('click', (_e, l) => cb.onLink(l)).on('keydown', (e: KeyboardEvent, l) => activate(() => cb.onLink(l))(e));
      })
      .attr('data-state', (l) => l.state)
      .attr('data-pending', (l) => (look.links.has(linkKey(l)) ? 'true' : null))
      .attr('aria-label', (l) => labels.link(l))
      .each(function (l) {
        const a = pos(l.a), b = pos(l.b);
        select(this).selectAll('line').attr('x1', a.x).attr('y1', a.y).attr('x2', b.x).attr('y2', b.y);
      });
  }

  function drawServers(frame: Frame, labels: RingLabels, selected: number | null) {
    const r = layout!.nodeRadius;
    const look = pendingLook(frame);
    const all = gServers.selectAll<SVGGElement, ServerView>('g.server')
      .data(frame.servers, (s) => s.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'server');
        // The button is the circle and its number; the text block beside it is outside the button, so its
        // accessible name (which spells the block out) contains all of the button's visible text.
        const button = g.append('g').attr('class', 'server-button').attr('tabindex', 0).attr('role', 'button');
        button.append('circle').attr('class', 'server-body');
        button.append('path').attr('class', 'server-cross');
        button.append('path').attr('class', 'server-wait');
        button.append('text').attr('class', 'server-id').attr('text-anchor', 'middle').attr('dominant-baseline', 'central');
        g.append('text').attr('class', 'server-detail').attr('text-anchor', 'middle');
        button.on('click', (_e, s) => cb.onServer(s.id)).on('keydown', (e: KeyboardEvent, s) => activate(() => cb.onServer(s.id))(e));
        return g;
      });
    waitSel = all.select<SVGPathElement>('path.server-wait');
    // A server drawn from the same state, layout, words and selection as before is not touched.
    const context = `${layoutVersion}|`;
    const servers = all.filter(function (s) {
      const sig = `${context}${s.id === selected}|${JSON.stringify(look.running.get(s.id) ?? null)}|${JSON.stringify(s)}`;
      if (drawnAs.get(this) === sig && drawn.labels === labels) return false;
      drawnAs.set(this, sig);
      return true;
    });
    servers
      .attr('transform', (s) => `translate(${pos(s.id).x},${pos(s.id).y})`)
      .attr('data-state', (s) => s.state)
      .attr('data-selected', (s) => (s.id === selected ? 'true' : null));
    servers.select('g.server-button')
      .attr('aria-label', (s) => said(labels, labels.server(s), look.running.get(s.id), (running) => (running ? 'start' : 'stop')))
      .attr('data-pending', (s) => {
        const c = look.running.get(s.id);
        return c ? (c.value ? 'start' : 'stop') : null;
      });
    servers.select('circle.server-body').attr('r', r).attr('fill', (s) => STATE_COLOURS[s.state]);
    const k = (r * 0.8).toFixed(1);
    servers.select('path.server-cross').attr('d', `M-${k},-${k}L${k},${k}M${k},-${k}L-${k},${k}`);
    servers.select('text.server-id').attr('font-size', Math.max(9, r * 0.75)).text((s) => s.id);
    servers.select('text.server-detail')
      .each(function (s) {
        const lines = detail === 'full' ? labels.detail(s) : detail === 'state' ? labels.detail(s).slice(0, 1) : [];
        const at = labelAt(s, lines.length);
        select(this).attr('text-anchor', at.anchor).attr('y', at.y)
          .selectAll<SVGTSpanElement, string>('tspan')
          .data(lines)
          .join('tspan')
          .attr('x', at.x)
          .attr('dy', (_d, i) => (i === 0 ? 0 : `${DETAIL_LINE_EM}em`))
          .attr('class', (_d, i) => (i === 0 ? 'detail-state' : null))
          // Only a changed line is written: replacing a text node costs a text layout.
          .each(function (d) { setText(this, d); });
      });
  }

  /** Follows the clock: the messages, and the countdown arcs in steps of 1/ARC_STEPS of a turn. */
  function tick(c: PlayClock): number {
    clock = c;
    if (!layout) return NO_TICK;
    const want = messages.tick(c);
    let arcsWant = NO_TICK;
    const t = clockNow(c);
    const ring = layout.nodeRadius + 5;
    waitSel?.each(function (s) {
      const w = s.wait;
      const steps = w ? Math.round(ARC_STEPS * Math.min(1, Math.max(0, (w.until - t) / w.ms))) : 0;
      // Redrawn every step of the fastest arc, all at once: waiting for each arc's own next step would
      // wake the page at each arc's moment in turn, as often as there are arcs.
      if (w && c.rate > 0 && steps > 0) arcsWant = Math.min(arcsWant, w.ms / ARC_STEPS / c.rate);
      const d = arc(ring, steps / ARC_STEPS);
      // Written only when it changes: a path's `d` costs a parse and a layout.
      if ((this.getAttribute('d') ?? '') === d) return;
      if (d === '') this.removeAttribute('d');
      else this.setAttribute('d', d);
      if (w) setAttr(this, 'data-kind', w.kind);
    });
    // All arcs move in the same tick, at most every ARC_TICK_MS (a worker's frame redraws them too, and
    // the loop counts from there): one arc per tick out of step with the others would wake the page, and
    // make a frame, several times as often.
    return Math.min(want, Math.max(ARC_TICK_MS, arcsWant));
  }

  return {
    update,
    tick,
    resize(width, height) {
      if (width < 1 || height < 1 || (width === W && height === H)) return;
      W = width;
      H = height;
      root.attr('viewBox', `0 0 ${W} ${H}`);
      messages.resize(W, H);
      layoutKey = '';
      if (last) update(...last);
    },
    destroy() {
      root.selectAll('*').remove();
      messages.destroy();
    },
  };
}

/** An arc from 12 o'clock, clockwise, covering `fraction` of a circle. */
function arc(r: number, fraction: number): string {
  if (fraction <= 0) return '';
  const a = Math.min(fraction, 0.9999) * 2 * Math.PI;
  const x = r * Math.sin(a), y = -r * Math.cos(a);
  return `M0,${-r}A${r},${r} 0 ${a > Math.PI ? 1 : 0} 1 ${x.toFixed(2)},${y.toFixed(2)}`;
}
