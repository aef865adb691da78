/**
 * The client-connection view: D3 owns this SVG (design.md §5). Servers on top, client sessions below,
 * a line per open connection, and every packet on a client connection flying along it. Watch events
 * are large, orange and labelled with their type and path, so a write's ripple is visible. `tick`
 * only writes transforms, so an animation frame stays cheap with many clients.
 */
import { select } from 'd3';
import type { ClientMessageView, ClientView, ServerView } from '../../worker/protocol.ts';
import { packetPoint, wireLayout, type WireLayout } from '../layout/wire.ts';
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
  tick(t: number): void;
  destroy(): void;
}

const W = 900, H = 220;

/** Creates the view inside `svg`. */
export function createWireView(svg: SVGSVGElement): WireViewHandle {
  const root = select(svg).attr('viewBox', `0 0 ${W} ${H}`).attr('preserveAspectRatio', 'xMidYMid meet');
  const gLinks = root.append('g').attr('class', 'wlinks');
  const gNodes = root.append('g').attr('class', 'wnodes');
  const gMsgs = root.append('g').attr('class', 'wmsgs');
  let layout: WireLayout = wireLayout([], [], W, H);
  let moving: { el: SVGGElement; m: ClientMessageView; a: { x: number; y: number }; b: { x: number; y: number } }[] = [];

  function update(servers: readonly ServerView[], clients: readonly ClientView[], messages: readonly ClientMessageView[], labels: WireLabels) {
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
        g.append('rect').attr('x', -30).attr('y', -13).attr('width', 60).attr('height', 26).attr('rx', 6);
        g.append('text').attr('y', 5);
        return g;
      })
      .attr('transform', (c) => `translate(${layout.clients.get(c.name)!.x},${layout.clients.get(c.name)!.y})`)
      .attr('data-state', (c) => c.state)
      .attr('aria-label', (c) => labels.client(c))
      .call((g) => g.select('text').text((c) => (c.name.length > 8 ? `${c.name.slice(0, 7)}…` : c.name)));
    const shown = messages.filter((m) => layout.servers.has(m.server) && layout.clients.has(m.client));
    const sel = gMsgs.selectAll<SVGGElement, ClientMessageView>('g.cmsg').data(shown, (m) => m.id)
      .join((e) => {
        const g = e.append('g').attr('class', 'cmsg').attr('role', 'img');
        g.append('circle');
        g.append('text').attr('x', 9).attr('y', 4);
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
      moving.push({ el: this, m, a: m.up ? c : s, b: m.up ? s : c });
    });
  }

  function tick(t: number) {
    for (const { el, m, a, b } of moving) {
      const p = packetPoint(a, b, m.sentAt, m.deliverAt, t);
      el.setAttribute('transform', `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
    }
  }

  return { update, tick, destroy: () => void root.selectAll('*').remove() };
}
