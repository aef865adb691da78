import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps an element scrolled to its end whenever `dep` changes (a log, a console). In a layout effect,
 * before the page is painted, so the scroll is part of the update that drew the new lines instead of a
 * page update of its own. With `orFrame`, an element that has no height of its own (it grows with its
 * lines, as the event log does in the dock) has its panel frame's body scrolled instead.
 */
export function useScrolledToEnd(ref: RefObject<HTMLElement | null>, dep: unknown, orFrame = false): void {
  useLayoutEffect(() => {
    const el = ref.current;
    const box = el && orFrame && el.scrollHeight <= el.clientHeight + 1 ? el.closest('.pframe-body') : el;
    if (box) scrollToEnd(box);
  }, [ref, dep, orFrame]);
}

function scrollToEnd(box: Element): void {
  box.scrollTop = box.scrollHeight;
}
