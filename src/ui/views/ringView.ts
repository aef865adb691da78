/**
 * The ring view: D3 owns this SVG (design.md §5). Servers on a ring, links between them, messages
 * flying from sender to receiver. `update` joins a new frame (keyed, so only changes are touched);
 * `tick` moves messages and countdown arcs for the virtual time of an animation frame.
 */
import { select, type Selection } from 'd3';
import { kindOf, type Frame, type LinkView, type MessageView, type ServerView } from '../../worker/protocol.ts';
import { DETAIL_LINE_EM, detailChars, detailRooms, fitDetail, LABEL_GAP, messagePoint, progressAt, serverBoxes, type DetailLevel, type Rect, type RingLayout } from '../layout/ring.ts';
import { messageLabelText, placeMessageLabels, type LabelRequest, type LabelSpot } from '../layout/messageLabels.ts';
import { createMessageDots, type DotPath } from './messageDots.ts';
import { groupOf, MESSAGE_COLOURS, STATE_COLOURS } from './palette.ts';
import { linkKey, linksAfter, pendingLook, type Coming } from './pending.ts';
import { spaceActivatesFocus } from '../playback/useKeyboard.ts';

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
  tick(t: number): void;
  /** The drawing's size in CSS pixels (the stage's box): the ring is laid out again to fill it. */
  resize(width: number, height: number): void;
  destroy(): void;
}

/** Above this many servers, only broken links are drawn (1275 lines for 51 would hide everything). */
const ALL_LINKS_UP_TO = 12;
/** Above this many messages in flight they are drawn as dots without labels (the panels keep the numbers). */
export const DOTS_ABOVE = 150;

/** A name, with the change queued for it while paused if there is one. */
const said = <T>(labels: RingLabels, name: string, c: Coming<T> | undefined, kind: (v: T) => 'stop' | 'start' | 'lost') =>
  c ? `${name}, ${labels.coming(kind(c.value), c.step)}` : name;

const activate = (fn: () => void) => (ev: KeyboardEvent) => {
  // Space after a mouse click on a server or link plays or pauses (useKeyboard), as after any button.
  if (ev.key === 'Enter' || (ev.key === ' ' && spaceActivatesFocus())) {
    ev.preventDefault();
    ev.stopPropagation();
    fn();
  }
};

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
  /** Per-message geometry computed once per frame, so a tick only interpolates and writes a transform. */
  let moving: Moving[] = [];
  /** Above DOTS_ABOVE messages they are dots on a canvas (messageDots.ts), not elements. */
  const dots = createMessageDots(svg);
  dots.resize(W, H);
  let dotMode = false;
  /** What each element was last drawn from, so an unchanged server or message is not written again. */
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
    if (!same || was.messages !== frame.messages || was.selectedMessage !== selectedMessage) drawMessages(frame, labels, selectedMessage, small);
    drawn = { layout: layoutVersion, labels, links: frame.links, servers: frame.servers, selected, messages: frame.messages, selectedMessage, pending: frame.pending };
    tick(frame.t);
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
          .selectAll('tspan')
          .data(lines)
          .join('tspan')
          .attr('x', at.x)
          .attr('dy', (_d, i) => (i === 0 ? 0 : `${DETAIL_LINE_EM}em`))
          .attr('class', (_d, i) => (i === 0 ? 'detail-state' : null))
          .text((d) => d);
      });
  }

  function drawMessages(frame: Frame, labels: RingLabels, selectedMessage: number | null, small: boolean) {
    const r = layout!.nodeRadius;
    const look = pendingLook(frame);
    const paths = frame.messages.map((m) => {
      const a = messagePoint(pos(m.from), pos(m.to), 0, r), b = messagePoint(pos(m.from), pos(m.to), 1, r);
      return { m, colour: MESSAGE_COLOURS[groupOf(kindOf(m.payload))], ax: a.x, ay: a.y, dx: b.x - a.x, dy: b.y - a.y };
    });
    dotMode = frame.messages.length > DOTS_ABOVE;
    if (dotMode) {
      // Hundreds of messages: dots on the canvas, and no element per message.
      gMsgs.selectAll('g.msg').remove();
      gMsgs.attr('role', 'img').attr('aria-label', labels.dots(frame.messages.length));
      moving = [];
      dots.set(paths, selectedMessage);
      return;
    }
    dots.clear();
    gMsgs.attr('role', null).attr('aria-label', null);
    const msgSel = gMsgs.selectAll<SVGGElement, MessageView>('g.msg')
      .data(frame.messages, (m) => m.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'msg').attr('role', 'button');
        g.append('circle').attr('r', small ? 7 : 4);
        if (small) g.append('text').attr('class', 'msg-label');
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
      })
      .attr('tabindex', frame.messages.length <= 60 ? 0 : -1)
      .attr('data-selected', (m) => (m.id === selectedMessage ? 'true' : null));
    // A message keeps its words while on the wire; only entering ones (or a new language, or its loss) are written.
    const changed = msgSel.filter(function (m) {
      const sig = `${m.lostAt}|${m.lostWhy}|${JSON.stringify(look.lost.get(m.id) ?? null)}`;
      if (drawnAs.get(this) === sig && drawn.labels === labels) return false;
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
      const list = this.transform.baseVal;
      // Writing an SVGTransform avoids re-parsing a transform string for each of hundreds of messages.
      const tr = list.numberOfItems > 0 ? list.getItem(0) : list.appendItem(svg.createSVGTransform());
      const label = small ? this.querySelector<SVGTextElement>('text.msg-label') : null;
      // A label drawn last frame keeps its side; the text element's attributes then need no rewrite.
      const spot = label?.hasAttribute('y') ? spots.get(m.id) : undefined;
      moving.push({ ...paths[i], el: this, tr, faded: false, label, spot, width: 0.62 * messageLabelText(m.payload).length * msgPx });
    });
  }

  function tick(t: number) {
    if (!layout) return;
    if (dotMode) dots.draw(t);
    for (const v of moving) {
      const m = v.m;
      const dies = m.lostAt !== null && t >= m.lostAt;
      const p = progressAt(m.sentAt, m.deliverAt, dies ? m.lostAt! : t);
      v.tr.setTranslate(v.ax + v.dx * p, v.ay + v.dy * p);
      // A lost message fades out between the moment it died and its would-be delivery.
      if (dies) {
        v.el.setAttribute('opacity', String(Math.max(0.15, 1 - progressAt(m.lostAt!, m.deliverAt, t))));
        v.faded = true;
      } else if (v.faded) {
        v.el.removeAttribute('opacity');
        v.faded = false;
      }
    }
    placeLabels();
    const ring = layout.nodeRadius + 5;
    waitSel?.each(function (s) {
      const w = s.wait;
      // In steps of 1/240 of a turn: finer steps are invisible and would rewrite every arc every frame.
      const d = w ? arc(ring, Math.round(240 * Math.min(1, Math.max(0, (w.until - t) / w.ms))) / 240) : '';
      // Written only when it changes: a path's `d` costs a parse and a layout.
      if ((this.getAttribute('d') ?? '') === d) return;
      if (d === '') this.removeAttribute('d');
      else this.setAttribute('d', d);
      if (w) this.setAttribute('data-kind', w.kind);
    });
  }

  /** Puts each message's label on a side of its dot where it covers no server and no server's text. */
  function placeLabels() {
    const withLabel = moving.filter((v) => v.label);
    if (withLabel.length === 0) return;
    const reqs: LabelRequest[] = withLabel.map((v) => ({ at: { x: v.tr.matrix.e, y: v.tr.matrix.f }, width: v.width, height: 1.2 * msgPx, prefer: v.spot ?? undefined }));
    const placed = placeMessageLabels(reqs, obstacles, { x0: 0, y0: 0, x1: W, y1: H });
    withLabel.forEach((v, i) => {
      const p = placed[i], text = v.label!;
      if (!p) {
        if (v.spot !== null) text.setAttribute('display', 'none');
        v.spot = null;
        return;
      }
      if (p.spot === v.spot) return;
      text.removeAttribute('display');
      text.setAttribute('x', String(p.dx));
      text.setAttribute('y', p.dy.toFixed(1));
      text.setAttribute('text-anchor', p.anchor);
      v.spot = p.spot;
    });
  }

  return {
    update,
    tick,
    resize(width, height) {
      if (width < 1 || height < 1 || (width === W && height === H)) return;
      W = width;
      H = height;
      root.attr('viewBox', `0 0 ${W} ${H}`);
      dots.resize(W, H);
      layoutKey = '';
      if (last) update(...last);
    },
    destroy() {
      root.selectAll('*').remove();
      dots.destroy();
    },
  };
}

/** A message being drawn as an element: its transform and straight path from rim to rim. */
interface Moving extends DotPath {
  readonly el: SVGGElement;
  readonly tr: SVGTransform;
  faded: boolean;
  /** The label's text element (none on a big ring), its width, and the side it was drawn on (null: hidden). */
  readonly label: SVGTextElement | null;
  readonly width: number;
  spot: LabelSpot | null | undefined;
}

/** An arc from 12 o'clock, clockwise, covering `fraction` of a circle. */
function arc(r: number, fraction: number): string {
  if (fraction <= 0) return '';
  const a = Math.min(fraction, 0.9999) * 2 * Math.PI;
  const x = r * Math.sin(a), y = -r * Math.cos(a);
  return `M0,${-r}A${r},${r} 0 ${a > Math.PI ? 1 : 0} 1 ${x.toFixed(2)},${y.toFixed(2)}`;
}
