import { useEffect } from 'react';
import type { TourStep } from '../../worker/protocol.ts';
import { onFrame } from '../state/runStore.ts';

/** The element each panel name of a tour refers to. */
const PANEL_SELECTORS: Readonly<Record<string, string>> = {
  ensemble: '.ensemble-region', tally: '.server-panel', code: '.pseudo-code', log: '.log-panel', lamport: '.lamport',
  timeline: '.time-controls', lock: '.lock-workspace', tree: '.data-workspace', txnlogs: '.txn-logs', history: '.history-strip',
};
const ATTR = 'data-tour-highlight';

function apply(step: TourStep): void {
  for (const el of document.querySelectorAll(`[${ATTR}]`)) el.removeAttribute(ATTR);
  for (const sid of step.highlight?.servers ?? []) {
    // D3 keeps each server's view as the element's datum; its id is language-independent (the label is not).
    for (const el of document.querySelectorAll('.ensemble-region g.server')) {
      if ((el as Element & { __data__?: { id?: number } }).__data__?.id === sid) el.setAttribute(ATTR, 'server');
    }
  }
  const sel = step.highlight?.panel ? PANEL_SELECTORS[step.highlight.panel] : undefined;
  if (sel) document.querySelector(sel)?.setAttribute(ATTR, 'panel');
}

/**
 * Outlines what the tour step points at: servers on the ring and a panel. The ring is D3's to draw, so
 * the outline is an attribute that CSS styles; it is re-applied on every frame in case D3 replaced nodes.
 */
export function useTourHighlight(step: TourStep | null): void {
  useEffect(() => {
    if (!step) return;
    apply(step);
    const off = onFrame(() => requestAnimationFrame(() => apply(step)));
    return () => {
      off();
      for (const el of document.querySelectorAll(`[${ATTR}]`)) el.removeAttribute(ATTR);
    };
  }, [step]);
}
