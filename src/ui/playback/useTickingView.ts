/**
 * Mounts a D3 view factory on an SVG once and drives it from the playback loop (design.md §5): React
 * never renders inside the SVG, and the view is destroyed with the component.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { PlayClock } from './clock.ts';
import { addTicker } from './loop.ts';

/** A view the playback loop can advance. */
export interface TickingView {
  /** Shows the clock's moment; returns within how many wall ms it wants the next tick (0: every animation frame). */
  tick(clock: PlayClock): number;
  destroy(): void;
}

/** Creates the view on `svgRef` at mount, ticks it as often as it asks, and returns a ref to it. */
export function useTickingView<V extends TickingView>(svgRef: RefObject<SVGSVGElement | null>, create: (svg: SVGSVGElement) => V): RefObject<V | null> {
  const viewRef = useRef<V | null>(null);
  useEffect(() => {
    const view = create(svgRef.current!);
    viewRef.current = view;
    const off = addTicker((clock) => view.tick(clock));
    return () => {
      off();
      view.destroy();
      viewRef.current = null;
    };
    // The factory is read once, at mount: the view lives as long as the component.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return viewRef;
}
