/**
 * Dot mode of the ring (issue 12): with hundreds of messages in flight (51 voters electing), one SVG
 * element per message costs a style, layout and paint of thousands of nodes every animation frame. The
 * messages are then drawn as small squares on one canvas laid over the ring — no labels, no buttons; the
 * panels keep the exact numbers. The canvas sits beside the SVG in the ring's box (an HTML canvas is a
 * layer of its own, so moving the dots does not repaint the servers) and takes no pointer events.
 */
import { progressAt } from '../layout/ring.ts';
import type { MessageView } from '../../worker/protocol.ts';

/** A message's straight path from rim to rim, with its colour. */
export interface DotPath {
  readonly m: MessageView;
  readonly colour: string;
  readonly ax: number;
  readonly ay: number;
  readonly dx: number;
  readonly dy: number;
}

/** The dot canvas of one ring view. */
export interface MessageDots {
  /** Shows these messages (grouped by colour once, so a frame sets each colour once). */
  set(paths: readonly DotPath[], selected: number | null): void;
  /** Draws the dots where they are at virtual time t. */
  draw(t: number): void;
  /** Matches the drawing's size in CSS pixels (the SVG's viewBox). */
  resize(width: number, height: number): void;
  /** Empties the canvas (back to one element per message). */
  clear(): void;
  destroy(): void;
}

/** Side of a dot and of the selected message's mark, in CSS pixels. */
const DOT_PX = 5, SELECTED_PX = 11;

/** Creates the dot canvas over `svg` (inside the SVG's parent, which positions both). */
export function createMessageDots(svg: SVGSVGElement): MessageDots {
  const canvas = document.createElement('canvas');
  canvas.className = 'ring-dots';
  canvas.setAttribute('aria-hidden', 'true');
  svg.after(canvas);
  const ctx = canvas.getContext('2d');
  let W = 0, H = 0, scale = 1;
  let groups: { colour: string; paths: DotPath[] }[] = [];
  let chosen: DotPath | null = null;
  let shown = false;

  function clear(): void {
    if (!shown) return;
    ctx?.setTransform(1, 0, 0, 1, 0, 0);
    ctx?.clearRect(0, 0, canvas.width, canvas.height);
    shown = false;
  }

  return {
    set(paths, selected) {
      const by = new Map<string, DotPath[]>();
      chosen = null;
      for (const p of paths) {
        const list = by.get(p.colour);
        if (list) list.push(p);
        else by.set(p.colour, [p]);
        if (p.m.id === selected) chosen = p;
      }
      groups = [...by].map(([colour, list]) => ({ colour, paths: list }));
    },
    draw(t) {
      if (!ctx) return;
      ctx.setTransform(scale, 0, 0, scale, 0, 0);
      ctx.clearRect(0, 0, W, H);
      shown = true;
      const half = DOT_PX / 2;
      for (const g of groups) {
        ctx.fillStyle = g.colour;
        // One path and one fill per colour: a thousand fillRect calls cost more than the rectangles.
        ctx.globalAlpha = 1;
        ctx.beginPath();
        for (const p of g.paths) {
          const m = p.m;
          if (m.lostAt !== null && t >= m.lostAt) continue;
          const k = progressAt(m.sentAt, m.deliverAt, t);
          ctx.rect(p.ax + p.dx * k - half, p.ay + p.dy * k - half, DOT_PX, DOT_PX);
        }
        ctx.fill();
        for (const p of g.paths) {
          const m = p.m;
          if (m.lostAt === null || t < m.lostAt) continue;
          const k = progressAt(m.sentAt, m.deliverAt, m.lostAt);
          // A lost message fades out between the moment it died and its would-be delivery.
          ctx.globalAlpha = Math.max(0.15, 1 - progressAt(m.lostAt, m.deliverAt, t));
          ctx.fillRect(p.ax + p.dx * k - half, p.ay + p.dy * k - half, DOT_PX, DOT_PX);
        }
      }
      ctx.globalAlpha = 1;
      if (chosen) {
        const k = progressAt(chosen.m.sentAt, chosen.m.deliverAt, t);
        ctx.strokeStyle = chosen.colour;
        ctx.lineWidth = 2;
        ctx.strokeRect(chosen.ax + chosen.dx * k - SELECTED_PX / 2, chosen.ay + chosen.dy * k - SELECTED_PX / 2, SELECTED_PX, SELECTED_PX);
      }
    },
    resize(width, height) {
      W = width;
      H = height;
      scale = window.devicePixelRatio || 1;
      canvas.width = Math.round(W * scale);
      canvas.height = Math.round(H * scale);
      shown = true;
    },
    clear,
    destroy() {
      canvas.remove();
    },
  };
}
