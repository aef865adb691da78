import type { Page } from '@playwright/test';

/** A box in viewport pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** true when two boxes share some area. */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The share of `box` (0..1) that lies inside the viewport. */
export function shareInViewport(box: Box, vw: number, vh: number): number {
  const w = Math.max(0, Math.min(vw, box.x + box.width) - Math.max(0, box.x));
  const h = Math.max(0, Math.min(vh, box.y + box.height) - Math.max(0, box.y));
  return (w * h) / Math.max(1, box.width * box.height);
}

/** What the layout tests measure on the page, in one round trip. */
export interface StageFacts {
  viewport: { width: number; height: number };
  scrollWidth: number;
  scrollHeight: number;
  ring: Box;
  stage: Box;
  circles: Box[];
  /** Boxes of each server's text block and of each message label on the drawing. */
  serverLabels: Box[];
  messageLabels: Box[];
  /** The smallest rendered font size (px) of any text on the stage, and of the drawing alone. */
  smallestStageTextPx: number;
  smallestDrawingTextPx: number;
}

/** Measures the stage: boxes of the drawing, its servers and labels, overflow and the smallest text. */
export function stageFacts(page: Page): Promise<StageFacts> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const ring = document.querySelector('svg.ring')!;
    const stage = document.querySelector('.stage')!;
    let smallestStageTextPx = Infinity;
    let smallestDrawingTextPx = Infinity;
    // Every text on the stage counts: the ring's, the history strip's, the card's and the transport's.
    for (const el of stage.querySelectorAll('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
      const r = el.getBoundingClientRect();
      if (!own || r.width === 0 || r.height === 0) continue;
      let px = parseFloat(getComputedStyle(el).fontSize);
      // Text in an SVG is scaled by the drawing's transform to the screen.
      const svg = el.closest('svg');
      if (svg && el instanceof SVGGraphicsElement) px *= el.getScreenCTM()?.a ?? 1;
      smallestStageTextPx = Math.min(smallestStageTextPx, px);
      if (svg === ring) smallestDrawingTextPx = Math.min(smallestDrawingTextPx, px);
    }
    return {
      viewport: { width: innerWidth, height: innerHeight },
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      ring: box(ring),
      stage: box(stage),
      circles: [...ring.querySelectorAll('circle.server-body')].map(box),
      serverLabels: [...ring.querySelectorAll('text.server-detail')].filter((t) => t.textContent !== '').map(box),
      // A label the ring left out (no room beside its dot) has no box.
      messageLabels: [...ring.querySelectorAll('text.msg-label')].map(box).filter((b) => b.width > 0),
      smallestStageTextPx,
      smallestDrawingTextPx,
    };
  });
}
