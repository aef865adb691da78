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

/**
 * Creates the dot canvas over `svg` (inside the SVG's parent, which positions both). The dots are
 * written as pixels into one image put on the canvas each animation frame: thousands of squares cost a
 * fraction of a millisecond that way, where as drawing calls they cost several (canvas without a GPU).
 */
export function createMessageDots(svg: SVGSVGElement): MessageDots {
  const canvas = document.createElement('canvas');
  canvas.className = 'ring-dots';
  canvas.setAttribute('aria-hidden', 'true');
  // Out of the page while there are no dots: a canvas is a layer of its own, handed to the compositor
  // again at every page update even when blank.
  canvas.hidden = true;
  svg.after(canvas);
  const ctx = canvas.getContext('2d');
  let scale = 1;
  let image: ImageData | null = null;
  let pixels = new Uint32Array(0);
  let groups: { colour: string; rgb: number; paths: DotPath[] }[] = [];
  let chosen: DotPath | null = null;
  let shown = false;

  function clear(): void {
    if (!shown) return;
    ctx?.setTransform(1, 0, 0, 1, 0, 0);
    ctx?.clearRect(0, 0, canvas.width, canvas.height);
    canvas.hidden = true;
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
      groups = [...by].map(([colour, list]) => ({ colour, rgb: packedRgb(colour), paths: list }));
    },
    draw(t) {
      if (!ctx || !image) return;
      shown = true;
      if (canvas.hidden) canvas.hidden = false;
      pixels.fill(0);
      const size = Math.max(1, Math.round(DOT_PX * scale));
      const half = size / 2;
      const frame = { pixels, width: image.width, height: image.height };
      for (const g of groups) {
        const opaque = (g.rgb | 0xff000000) >>> 0;
        for (const p of g.paths) {
          const m = p.m;
          const dies = m.lostAt !== null && t >= m.lostAt;
          const k = progressAt(m.sentAt, m.deliverAt, dies ? m.lostAt! : t);
          // A lost message fades out between the moment it died and its would-be delivery.
          const colour = dies ? withAlpha(g.rgb, Math.max(0.15, 1 - progressAt(m.lostAt!, m.deliverAt, t))) : opaque;
          paintSquare(frame, (p.ax + p.dx * k) * scale - half, (p.ay + p.dy * k) * scale - half, size, colour);
        }
      }
      ctx.putImageData(image, 0, 0);
      if (chosen) {
        const k = progressAt(chosen.m.sentAt, chosen.m.deliverAt, t);
        ctx.setTransform(scale, 0, 0, scale, 0, 0);
        ctx.strokeStyle = chosen.colour;
        ctx.lineWidth = 2;
        ctx.strokeRect(chosen.ax + chosen.dx * k - SELECTED_PX / 2, chosen.ay + chosen.dy * k - SELECTED_PX / 2, SELECTED_PX, SELECTED_PX);
      }
    },
    resize(width, height) {
      scale = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      image = ctx && canvas.width > 0 && canvas.height > 0 ? ctx.createImageData(canvas.width, canvas.height) : null;
      pixels = image ? new Uint32Array(image.data.buffer) : new Uint32Array(0);
      shown = true;
    },
    clear,
    destroy() {
      canvas.remove();
    },
  };
}

/** An image's pixels as 32-bit words (RGBA bytes, so red is the low byte on little-endian machines). */
export interface Pixels {
  readonly pixels: Uint32Array;
  readonly width: number;
  readonly height: number;
}

/** `#rrggbb` as a pixel word without alpha (red in the low byte, as ImageData lays it out). */
export function packedRgb(hex: string): number {
  const v = parseInt(hex.slice(1, 7), 16);
  return ((v & 0xff) << 16) | (v & 0xff00) | ((v >> 16) & 0xff);
}

/** A pixel word of `rgb` with opacity `alpha` (0–1). */
export function withAlpha(rgb: number, alpha: number): number {
  return ((rgb & 0xffffff) | (Math.round(alpha * 255) << 24)) >>> 0;
}

/** Fills a `size`×`size` square at (x, y) (rounded to whole pixels), clipped to the image. */
export function paintSquare(img: Pixels, x: number, y: number, size: number, colour: number): void {
  const x0 = Math.max(0, Math.round(x)), y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(img.width, Math.round(x) + size), y1 = Math.min(img.height, Math.round(y) + size);
  // Plain stores: for squares a few pixels wide, a fill() call per row costs more than the pixels.
  const px = img.pixels, w = img.width;
  for (let row = y0; row < y1; row++) {
    const end = row * w + x1;
    for (let i = row * w + x0; i < end; i++) px[i] = colour;
  }
}
