import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps a scrolling element (a log, a console) scrolled to its end whenever `dep` changes. In a layout
 * effect, before the page is painted, so the scroll is part of the update that drew the new lines instead
 * of a page update of its own.
 */
export function useScrolledToEnd(ref: RefObject<HTMLElement | null>, dep: unknown): void {
  useLayoutEffect(() => {
    if (ref.current) scrollToEnd(ref.current);
  }, [ref, dep]);
}

function scrollToEnd(box: Element): void {
  box.scrollTop = box.scrollHeight;
}
