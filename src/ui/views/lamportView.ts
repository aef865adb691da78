/**
 * The space-time diagram (ShiViz-style), drawn by D3: server columns, message arrows from send to
 * delivery, lost ones ending in a cross, and a cursor at the moment shown.
 */
import { select } from 'd3';
import type { Frame, TraceMessage } from '../../worker/protocol.ts';
import { spaceTime } from '../layout/spacetime.ts';
import { groupOf, MESSAGE_COLOURS } from './palette.ts';

/** A live space-time diagram. */
export interface LamportView {
  /** Draws a frame; messages whose id is in `marked` (a replay search's hits) are drawn marked. */
  update(frame: Frame, marked?: ReadonlySet<number>): void;
  /** The drawing's size in CSS pixels (its panel's box): the diagram is drawn again to fill it. */
  resize(width: number, height: number): void;
  destroy(): void;
}

/** Width and height of the drawing, and the window of virtual time it shows. */
export const LAMPORT = { width: 420, height: 260, windowMs: 400 } as const;

/** Distinct clip-path ids for the diagrams on one page. */
let clipIds = 0;

/**
 * Creates the diagram in `svg`; clicking it calls `onSeek` with the virtual time clicked.
 * Arrows are drawn whole in virtual-time units inside a group whose transform scrolls and scales the
 * window, and clipped at the moment shown: a frame that only moves time rewrites one attribute, not
 * every arrow (51 voters keep 400 arrows on screen). Cut at t, a whole arrow shows exactly the part
 * already travelled, since a message moves linearly from send to delivery.
 */
export function createLamportView(svg: SVGSVGElement, onSeek: (t: number) => void): LamportView {
  const { windowMs } = LAMPORT;
  let width: number = LAMPORT.width, height: number = LAMPORT.height;
  let last: Frame | null = null;
  let lastMarked: ReadonlySet<number> = new Set();
  /** What each arrow was last written from: it is rewritten only when that changes. */
  const drawnAs = new WeakMap<SVGLineElement, string>();
  let drawnColumns = '';
  const root = select(svg).attr('viewBox', `0 0 ${width} ${height}`);
  const clipId = `lt-clip-${++clipIds}`;
  const clipRect = root.append('defs').append('clipPath').attr('id', clipId).append('rect');
  const gCols = root.append('g').attr('class', 'lt-cols');
  const gMsgs = root.append('g').attr('class', 'lt-msgs').attr('clip-path', `url(#${clipId})`);
  const gTime = gMsgs.append('g');
  const cursor = root.append('line').attr('class', 'lt-cursor');
  let scale = spaceTime([], width, height, 0, windowMs);
  root.on('click', (ev: MouseEvent) => {
    const box = svg.getBoundingClientRect();
    onSeek(Math.max(0, scale.timeAt(((ev.clientY - box.top) / box.height) * height)));
  });

  return {
    update(frame, marked = new Set()) {
      last = frame;
      lastMarked = marked;
      const sids = frame.servers.map((s) => s.id);
      // Early in a run the window shrinks to what has happened, so the first messages are legible.
      const first = frame.trace.length ? frame.trace[0].sentAt : frame.t;
      const span = Math.max(20, Math.min(windowMs, frame.t - first + 5));
      scale = spaceTime(sids, width, height, frame.t, span);
      // The columns change only with the servers or the size: a frame that moves time leaves them be.
      const columns = `${sids.join(',')}|${width}|${height}`;
      if (columns !== drawnColumns) {
        drawnColumns = columns;
        const cols = gCols.selectAll<SVGGElement, number>('g').data(sids, (d) => d)
          .join((enter) => {
            const g = enter.append('g');
            g.append('line');
            g.append('text').attr('y', 14).attr('text-anchor', 'middle');
            return g;
          });
        cols.select('line').attr('x1', (d) => scale.x(d)).attr('x2', (d) => scale.x(d)).attr('y1', 20).attr('y2', height);
        cols.select('text').attr('x', (d) => scale.x(d)).text((d) => (sids.length <= 15 || d % 5 === 0 ? d : ''));
      }
      // Times are drawn relative to a minute-aligned origin, so hours into a run keep sub-pixel precision.
      const origin = Math.floor(frame.t / 60_000) * 60_000;
      const y0 = scale.y(origin), k = scale.y(origin + 1) - y0;
      gTime.attr('transform', `translate(0,${y0}) scale(1,${k})`);
      clipRect.attr('x', -1).attr('y', -height).attr('width', width + 2).attr('height', height + scale.y(frame.t));
      const context = `${origin}|${width}|${sids.join(',')}`;
      gTime.selectAll<SVGLineElement, TraceMessage>('line').data(frame.trace, (m) => m.id)
        .join((enter) => enter.append('line').attr('vector-effect', 'non-scaling-stroke'))
        .filter(function (m) {
          const sig = `${context}|${m.kind}|${m.from}|${m.to}|${m.sentAt}|${m.deliverAt}|${m.delivered}|${marked.has(m.id)}`;
          if (drawnAs.get(this) === sig) return false;
          drawnAs.set(this, sig);
          return true;
        })
        .attr('stroke', (m) => MESSAGE_COLOURS[groupOf(m.kind)])
        .attr('data-lost', (m) => (m.delivered === false ? 'true' : null))
        .attr('data-match', (m) => (marked.has(m.id) ? 'true' : null))
        .attr('x1', (m) => scale.x(m.from)).attr('y1', (m) => m.sentAt - origin)
        .attr('x2', (m) => scale.x(m.to)).attr('y2', (m) => m.deliverAt - origin);
      cursor.attr('x1', 0).attr('x2', width).attr('y1', scale.y(frame.t)).attr('y2', scale.y(frame.t));
    },
    resize(w, h) {
      if (w < 1 || h < 1 || (w === width && h === height)) return;
      width = w;
      height = h;
      root.attr('viewBox', `0 0 ${width} ${height}`);
      if (last) this.update(last, lastMarked);
    },
    destroy() {
      root.on('click', null);
      root.selectAll('*').remove();
    },
  };
}
