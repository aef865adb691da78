import { useEffect } from 'react';
import { moveTour, useTeachingStore } from '../scenarios/teachingStore.ts';

/** Keys a presenter clicker sends: PageDown and `.` (or the "blank screen" key) forward, PageUp back. */
const FORWARD = new Set(['PageDown', '.']);
const BACKWARD = new Set(['PageUp']);

function typing(el: EventTarget | null): boolean {
  const e = el as HTMLElement | null;
  return !!e && (e.isContentEditable || e.tagName === 'TEXTAREA' || (e.tagName === 'INPUT' && (e as HTMLInputElement).type !== 'range'));
}

/**
 * While a tour runs, the clicker's keys move through the tour instead of stepping single events. The
 * listener runs in the capture phase so the stepping shortcuts (a bubbling window listener) never see them.
 */
export function useTourKeys(): void {
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (useTeachingStore.getState().tourIndex === null || ev.ctrlKey || ev.metaKey || ev.altKey || typing(ev.target)) return;
      const delta = FORWARD.has(ev.key) ? 1 : BACKWARD.has(ev.key) ? -1 : 0;
      if (delta === 0) return;
      ev.preventDefault();
      ev.stopImmediatePropagation();
      moveTour(delta);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
