/**
 * The client-connection view: D3 owns this SVG (design.md §5). Servers on top, client sessions below,
 * a line per open connection, and every packet on a client connection flying along it. Watch events
 * are large, orange and labelled with their type and path, so a write's ripple is visible. `tick`
 * only writes transforms, so an animation frame stays cheap with many clients.
 */
import { select } from 'd3';
import type { ClientMessageView, ClientView, ServerView } from '../../worker/protocol.ts';
import { clockAt, EVERY_FRAME, NO_TICK, type PlayClock } from '../playback/clock.ts';
import { packetPoint, stackLabels, wireLayout, type WireLayout } from '../layout/wire.ts';
import { STATE_COLOURS } from './palette.ts';

/** Text the view needs, already translated. */
export interface WireLabels {
  client(c: ClientView): string;
  server(s: ServerView): string;
  message(m: ClientMessageView): string;
}

/** A live view. */
export interface WireViewHandle {
  update(servers: readonly ServerView[], clients: readonly ClientView[], messages: readonly ClientMessageView[], labels: WireLabels): void;
  /** Draws the packets at the clock's moment; asks for every animation frame while they move. */
  tick(clock: PlayClock): number;
  /** The drawing's width in CSS pixels: it is drawn at one unit a pixel, so its text keeps its CSS size. */
  resize(width: number): void;
  destroy(): void;
}

/** A packet being drawn: its element, label and (for a watch event) trail, and its two ends. */
interface Moving {
  readonly el: SVGGElement;
  readonly label: SVGTextElement;
  readonly trail: SVGLineElement | null;
  readonly m: ClientMessageView;
  readonly a: { x: number; y: number };
  readonly b: { x: number; y: number };
  readonly labelW: number;
}

/** Creates the view inside `svg`. */
export function createWireView(svg: SVGSVGElement): WireViewHandle {
  let W = 900, H = 220, fontPx = 13;
  const root = select(svg).attr('preserveAspectRatio', 'xMidYMid meet');
  const gLinks = root.append('g').attr('class', 'wlinks');
  const gNodes = root.append('g').attr('class', 'wnodes');
  const gMsgs = root.append('g').attr('class', 'wmsgs');
  let layout: WireLayout = wireLayout([], [], W, H);
  let moving: Moving[] = [];
  let last: Parameters<WireViewHandle['update']> | null = null;
  /** Watch events in flight at the last update: one that is gone has reached its client. */
  let watchesInFlight = new Map<number, string>();

  function update(servers: readonly ServerView[], clients: readonly ClientView[], messages: readonly ClientMessageView[], labels: WireLabels) {
    last = [servers, clients, messages, labels];
    // Sized from the CSS font (13 px, 18 px in classroom mode): room for a server row, a client row and stacked labels.
    fontPx = parseFloat(getComputedStyle(svg).fontSize) || 13;
    H = Math.round(15 * fontPx);
    root.attr('viewBox', `0 0 ${W} ${H}`).attr('height', H);
    layout = wireLayout(servers.map((s) => s.id), clients.map((c) => c.name), W, H);
    const open = clients.filter((c) => c.server !== null && layout.servers.has(c.server));
    gLinks.selectAll<SVGLineElement, ClientView>('line').data(open, (c) => c.name).join('line')
      .attr('x1', (c) => layout.clients.get(c.name)!.x).attr('y1', (c) => layout.clients.get(c.name)!.y)
      .attr('x2', (c) => layout.servers.get(c.server!)!.x).attr('y2', (c) => layout.servers.get(c.server!)!.y);
    gNodes.selectAll<SVGGElement, ServerView>('g.wserver').data(servers, (s) => s.id)
      .join((e) => {
        const g = e.append('g').attr('class', 'wserver').attr('role', 'img');
        g.append('circle').attr('r', 18);
        g.append('text').attr('y', 5);
        return g;
      })
      .attr('transform', (s) => `translate(${layout.servers.get(s.id)!.x},${layout.servers.get(s.id)!.y})`)
      .attr('aria-label', (s) => labels.server(s))
      .call((g) => g.select('circle').attr('fill', (s) => STATE_COLOURS[s.state]))
      .call((g) => g.select('text').text((s) => String(s.id)));
    gNodes.selectAll<SVGGElement, ClientView>('g.wclient').data(clients, (c) => c.name)
      .join((e) => {
        const g = e.append('g').attr('class', 'wclient').attr('role', 'img');
        g.append('rect').attr('rx', 6);
        g.append('text').attr('dy', '0.35em');
        return g;
      })
      .call((g) => {
        const w = 8 * 0.62 * fontPx + 14, h = 1.9 * fontPx;
        g.select('rect').attr('x', -w / 2).attr('y', -h / 2).attr('width', w).attr('height', h);
      })
      .attr('transform', (c) => `translate(${layout.clients.get(c.name)!.x},${layout.clients.get(c.name)!.y})`)
      .attr('data-state', (c) => c.state)
      .attr('aria-label', (c) => labels.client(c))
      .call((g) => g.select('text').text((c) => (c.name.length > 8 ? `${c.name.slice(0, 7)}…` : c.name)));
    const shown = messages.filter((m) => layout.servers.has(m.server) && layout.clients.has(m.client));
    const sel = gMsgs.selectAll<SVGGElement, ClientMessageView>('g.cmsg').data(shown, (m) => m.id)
      .join((e) => {
        const g = e.append('g').attr('class', 'cmsg').attr('role', 'img');
        g.filter((m) => m.kind === 'watch').append('line').attr('class', 'trail');
        g.append('circle');
        g.append('text').attr('x', 11).attr('dy', '0.35em');
        return g;
      })
      .attr('data-kind', (m) => m.kind)
      .attr('aria-label', (m) => labels.message(m))
      .call((g) => g.select('circle').attr('r', (m) => (m.kind === 'watch' ? 8 : m.kind === 'ping' ? 3 : 5)))
      // Pings are heartbeat noise: no label.
      .call((g) => g.select('text').text((m) => (m.kind === 'ping' ? '' : m.label)));
    moving = [];
    sel.each(function (m) {
      const c = layout.clients.get(m.client)!, s = layout.servers.get(m.server)!;
      const label = this.querySelector('text')!;
      moving.push({ el: this, label, trail: this.querySelector('line.trail'), m, a: m.up ? c : s, b: m.up ? s : c, labelW: (label.textContent ?? '').length * 0.62 * fontPx });
    });
    // A watch event that has landed makes its client's box pulse (a CSS animation, restarted by flipping the value).
    const now = new Map(shown.filter((m) => m.kind === 'watch').map((m) => [m.id, m.client]));
    const landed = new Set([...watchesInFlight].filter(([id]) => !now.has(id)).map(([, client]) => client));
    watchesInFlight = now;
    gNodes.selectAll<SVGGElement, ClientView>('g.wclient').filter((c) => landed.has(c.name))
      .attr('data-watched', function () { return this.getAttribute('data-watched') === 'a' ? 'b' : 'a'; });
  }

  function tick(clock: PlayClock): number {
    const t = clockAt(clock, performance.now());
    const boxes = moving.map(({ el, m, a, b, labelW, trail }) => {
      const p = packetPoint(a, b, m.sentAt, m.deliverAt, t);
      el.setAttribute('transform', `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
      // A watch event drags a trail from where it left: a short trip is still seen as a movement.
      trail?.setAttribute('x2', (a.x - p.x).toFixed(1));
      trail?.setAttribute('y2', (a.y - p.y).toFixed(1));
      return { x: p.x + 11, y: p.y - 0.6 * fontPx, w: labelW, h: 1.2 * fontPx };
    });
    // Labels of packets that travel together (the watch events of one write) are stacked, not drawn over each other.
    const shifts = stackLabels(boxes.map((b, i) => (moving[i].labelW > 0 ? b : { ...b, w: 0 })));
    moving.forEach((v, i) => v.label.setAttribute('y', String(shifts[i])));
    return moving.length > 0 && clock.rate > 0 ? EVERY_FRAME : NO_TICK;
  }

  return {
    update,
    tick,
    resize(width) {
      if (width < 1 || Math.round(width) === W) return;
      W = Math.round(width);
      if (last) update(...last);
    },
    destroy: () => void root.selectAll('*').remove(),
  };
}
