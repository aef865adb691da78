import { useEffect } from 'react';
import type { TourStep } from '../../worker/protocol.ts';
import { PANEL_SLOTS } from '../panels/slots.ts';
import { setTab, useDataStore, type WorkspaceTab } from '../state/dataStore.ts';
import { revealPanel } from '../state/panelStore.ts';
import { onFrame } from '../state/runStore.ts';

/** Stage targets a tour can name, the view tab each needs, and the element to outline. */
const STAGE_TARGETS: Readonly<Record<string, { tab: WorkspaceTab | null; selector: string }>> = {
  ensemble: { tab: 'cluster', selector: '.ensemble-region' },
  timeline: { tab: null, selector: '.time-controls' },
  lock: { tab: 'lock', selector: '.lock-workspace' },
  tree: { tab: 'data', selector: '.data-workspace' },
  history: { tab: 'cluster', selector: '.history-strip' },
};
const ATTR = 'data-tour-highlight';
/** Inside a panel, what a step pointing at it speaks of (below the panel's other content). */
const PANEL_FOCUS: Readonly<Record<string, string>> = { tally: '[data-testid="tally"]' };

function selectorOf(panel: string | undefined): string | null {
  if (!panel) return null;
  if (PANEL_SLOTS.some((p) => p.id === panel)) return `[data-panel="${panel}"]`;
  return STAGE_TARGETS[panel]?.selector ?? null;
}

/** Opens what the step points at: its panel (expanded; its tab on a phone) and the view tab it needs. */
function reveal(step: TourStep): void {
  const panel = step.highlight?.panel;
  if (panel && PANEL_SLOTS.some((p) => p.id === panel)) revealPanel(panel);
  const tab = panel ? STAGE_TARGETS[panel]?.tab : undefined;
  if (tab) setTab(tab);
  // Servers are drawn on the cluster view: a step naming servers (and no other view) shows it.
  else if ((step.highlight?.servers?.length ?? 0) > 0 && useDataStore.getState().tab !== 'cluster') setTab('cluster');
}

function apply(step: TourStep): Element | null {
  for (const el of document.querySelectorAll(`[${ATTR}]`)) el.removeAttribute(ATTR);
  for (const sid of step.highlight?.servers ?? []) {
    // D3 keeps each server's view as the element's datum; its id is language-independent (the label is not).
    for (const el of document.querySelectorAll('.ensemble-region g.server')) {
      if ((el as Element & { __data__?: { id?: number } }).__data__?.id === sid) el.setAttribute(ATTR, 'server');
    }
  }
  const sel = selectorOf(step.highlight?.panel);
  const target = sel ? document.querySelector(sel) : null;
  target?.setAttribute(ATTR, 'panel');
  return target;
}

/** Scrolls the panel's body, and only it (never the page), so that what the step speaks of starts at its top. */
function scrollWithin(panel: Element, id: string | undefined): void {
  const focus = id ? PANEL_FOCUS[id] : undefined;
  const body = panel.querySelector('.pframe-body');
  const el = focus ? body?.querySelector(focus) : null;
  if (body && el) body.scrollTop += el.getBoundingClientRect().top - body.getBoundingClientRect().top;
}

/**
 * Brings what the tour step points at into view and outlines it: servers on the ring and a panel (opened
 * and scrolled to). The ring is D3's to draw, so the outline is an attribute that CSS styles; it is
 * re-applied on every frame in case D3 replaced nodes.
 */
export function useTourHighlight(step: TourStep | null): void {
  useEffect(() => {
    if (!step) return;
    reveal(step);
    // After React has rendered what reveal() opened.
    const first = requestAnimationFrame(() => {
      const target = apply(step);
      target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      if (target) scrollWithin(target, step.highlight?.panel);
    });
    const off = onFrame(() => requestAnimationFrame(() => apply(step)));
    return () => {
      cancelAnimationFrame(first);
      off();
      for (const el of document.querySelectorAll(`[${ATTR}]`)) el.removeAttribute(ATTR);
    };
  }, [step]);
}
