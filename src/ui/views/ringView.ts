/**
 * The ring view: D3 owns this SVG (design.md §5). Servers on a ring, links between them, messages
 * flying from sender to receiver. `update` joins a new frame (keyed, so only changes are touched);
 * `tick` moves messages and countdown arcs for the virtual time of an animation frame.
 */
import { select, type Selection } from 'd3';
import { kindOf, type Frame, type LinkView, type MessageView, type ServerView } from '../../worker/protocol.ts';
import { LABEL_GAP, messagePoint, progressAt, ringLayout, type RingLayout } from '../layout/ring.ts';
import { groupOf, MESSAGE_COLOURS, STATE_COLOURS } from './palette.ts';
import { linkKey, linksAfter, pendingLook, type Coming } from './pending.ts';
import { spaceActivatesFocus } from '../playback/useKeyboard.ts';

/** Text the view needs, already translated. */
export interface RingLabels {
  server(s: ServerView): string;
  link(l: LinkView): string;
  message(m: MessageView): string;
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

/** Lines in a server's text block (state, round, vote, epochs, last zxid) and their spacing (em). */
const DETAIL_LINES = 5, DETAIL_LINE_EM = 1.2;
/** Above this many servers, only broken links are drawn (1275 lines for 51 would hide everything). */
const ALL_LINKS_UP_TO = 12;

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
  let waitSel: Selection<SVGPathElement, ServerView, SVGGElement, unknown> | null = null;
  /** Per-message geometry computed once per frame, so a tick only interpolates and writes a transform. */
  let moving: Moving[] = [];
  let last: Parameters<RingView['update']> | null = null;
  let fontPx = 13;
  let showDetail = true;

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

  function update(frame: Frame, labels: RingLabels, selected: number | null, selectedMessage: number | null) {
    last = [frame, labels, selected, selectedMessage];
    const small = frame.servers.length <= 9;
    // Text blocks as wide as their longest line (monospace, 0.6 em a character), in steps of 4 characters
    // so the ring is laid out again only when a block grows noticeably (a longer zxid), not every frame.
    const chars = small ? 4 * Math.ceil(Math.max(8, ...frame.servers.flatMap((s) => labels.detail(s)).map((l) => l.length)) / 4) : 0;
    const key = `${frame.servers.map((s) => `${s.id}${s.observer ? 'o' : ''}`).join(',')}/${chars}`;
    if (key !== layoutKey) {
      // The text block's size follows the stage's font size (larger in classroom mode), read from CSS.
      fontPx = parseFloat(getComputedStyle(svg).getPropertyValue('--stage-detail-px')) || 13;
      const room = small ? { width: 0.6 * chars * fontPx, height: DETAIL_LINES * DETAIL_LINE_EM * fontPx } : { width: 0, height: 0 };
      layout = ringLayout(frame.servers, W, H, room);
      // A stage too small for the text blocks drops them rather than squeezing servers onto each other.
      showDetail = small && layout.labelsFit;
      if (small && !showDetail) layout = ringLayout(frame.servers, W, H);
      layoutKey = key;
    }
    const r = layout!.nodeRadius;
    // Actions taken while paused show at once: links in the state they will have, servers that will stop
    // crossed out, messages that will be dropped struck through (data-pending, styled in CSS).
    const look = pendingLook(frame);
    const after = linksAfter(frame);
    const links = frame.servers.length <= ALL_LINKS_UP_TO ? after : after.filter((l) => l.state !== 'up');
    const said = <T>(name: string, c: Coming<T> | undefined, kind: (v: T) => 'stop' | 'start' | 'lost') => (c ? `${name}, ${labels.coming(kind(c.value), c.step)}` : name);
    gLinks.selectAll<SVGGElement, LinkView>('g.link')
      .data(links, (l) => `${l.a}-${l.b}`)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'link').attr('tabindex', 0).attr('role', 'button');
        g.append('line').attr('class', 'link-hit');
        g.append('line').attr('class', 'link-line');
        return g;
      })
      .attr('data-state', (l) => l.state)
      .attr('data-pending', (l) => (look.links.has(linkKey(l)) ? 'true' : null))
      .attr('aria-label', (l) => labels.link(l))
      .on('click', (_e, l) => cb.onLink(l))
      .on('keydown', (e: KeyboardEvent, l) => activate(() => cb.onLink(l))(e))
      .each(function (l) {
        const a = pos(l.a), b = pos(l.b);
        select(this).selectAll('line').attr('x1', a.x).attr('y1', a.y).attr('x2', b.x).attr('y2', b.y);
      });

    const servers = gServers.selectAll<SVGGElement, ServerView>('g.server')
      .data(frame.servers, (s) => s.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'server').attr('tabindex', 0).attr('role', 'button');
        g.append('circle').attr('class', 'server-body');
        g.append('path').attr('class', 'server-cross');
        g.append('path').attr('class', 'server-wait');
        g.append('text').attr('class', 'server-id').attr('text-anchor', 'middle').attr('dominant-baseline', 'central');
        g.append('text').attr('class', 'server-detail').attr('text-anchor', 'middle');
        return g;
      })
      .attr('transform', (s) => `translate(${pos(s.id).x},${pos(s.id).y})`)
      .attr('aria-label', (s) => said(labels.server(s), look.running.get(s.id), (running) => (running ? 'start' : 'stop')))
      .attr('data-state', (s) => s.state)
      .attr('data-pending', (s) => {
        const c = look.running.get(s.id);
        return c ? (c.value ? 'start' : 'stop') : null;
      })
      .attr('data-selected', (s) => (s.id === selected ? 'true' : null))
      .on('click', (_e, s) => cb.onServer(s.id))
      .on('keydown', (e: KeyboardEvent, s) => activate(() => cb.onServer(s.id))(e));
    servers.select('circle.server-body').attr('r', r).attr('fill', (s) => STATE_COLOURS[s.state]);
    const k = (r * 0.8).toFixed(1);
    servers.select('path.server-cross').attr('d', `M-${k},-${k}L${k},${k}M${k},-${k}L-${k},${k}`);
    servers.select('text.server-id').attr('font-size', Math.max(9, r * 0.75)).text((s) => s.id);
    servers.select('text.server-detail')
      .each(function (s) {
        const lines = showDetail ? labels.detail(s) : [];
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
    waitSel = servers.select<SVGPathElement>('path.server-wait');

    const msgSel = gMsgs.selectAll<SVGGElement, MessageView>('g.msg')
      .data(frame.messages, (m) => m.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'msg').attr('role', 'button');
        g.append('circle').attr('r', small ? 7 : 4);
        if (small) g.append('text').attr('class', 'msg-label').attr('y', -11).attr('text-anchor', 'middle');
        return g;
      })
      .attr('tabindex', frame.messages.length <= 60 ? 0 : -1)
      .attr('data-lost', (m) => (m.lostAt !== null ? 'true' : null))
      .attr('data-selected', (m) => (m.id === selectedMessage ? 'true' : null))
      .attr('data-pending', (m) => (look.lost.has(m.id) ? 'lost' : null))
      .attr('aria-label', (m) => said(labels.message(m), look.lost.get(m.id), () => 'lost'))
      .on('click', (_e, m) => cb.onMessage(m.id))
      .on('pointerenter focus', (_e, m) => cb.onMessagePointed(m.id))
      .on('pointerleave blur', () => cb.onMessagePointed(null))
      .on('keydown', (e: KeyboardEvent, m) => {
        if (e.key === 'Delete' || e.key === 'Backspace') {
          e.preventDefault();
          cb.onDrop(m.id);
        } else activate(() => cb.onMessage(m.id))(e);
      });
    msgSel.select('circle').attr('fill', (m) => MESSAGE_COLOURS[groupOf(kindOf(m.payload))]);
    if (small) msgSel.select('text.msg-label').text((m) => (m.payload.type === 'notification' ? `${m.payload.leader}·r${m.payload.electionEpoch}` : m.payload.packet));
    moving = [];
    msgSel.each(function (m) {
      const a = messagePoint(pos(m.from), pos(m.to), 0, r), b = messagePoint(pos(m.from), pos(m.to), 1, r);
      const list = this.transform.baseVal;
      // Writing an SVGTransform avoids re-parsing a transform string for each of hundreds of messages.
      const tr = list.numberOfItems > 0 ? list.getItem(0) : list.appendItem(svg.createSVGTransform());
      moving.push({ el: this, tr, m, ax: a.x, ay: a.y, dx: b.x - a.x, dy: b.y - a.y, faded: false });
    });
    tick(frame.t);
  }

  function tick(t: number) {
    if (!layout) return;
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
    const ring = layout.nodeRadius + 5;
    waitSel?.each(function (s) {
      const w = s.wait;
      if (!w) {
        if (this.hasAttribute('d')) this.removeAttribute('d');
        return;
      }
      const left = Math.min(1, Math.max(0, (w.until - t) / w.ms));
      this.setAttribute('d', arc(ring, left));
      this.setAttribute('data-kind', w.kind);
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
      layoutKey = '';
      if (last) update(...last);
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}

/** A message being drawn: its element, transform and straight path from rim to rim. */
interface Moving {
  readonly el: SVGGElement;
  readonly tr: SVGTransform;
  readonly m: MessageView;
  readonly ax: number;
  readonly ay: number;
  readonly dx: number;
  readonly dy: number;
  faded: boolean;
}

/** An arc from 12 o'clock, clockwise, covering `fraction` of a circle. */
function arc(r: number, fraction: number): string {
  if (fraction <= 0) return '';
  const a = Math.min(fraction, 0.9999) * 2 * Math.PI;
  const x = r * Math.sin(a), y = -r * Math.cos(a);
  return `M0,${-r}A${r},${r} 0 ${a > Math.PI ? 1 : 0} 1 ${x.toFixed(2)},${y.toFixed(2)}`;
}
