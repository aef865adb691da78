/**
 * View state of the workbench: the panel layout (open panels, moved panels, sizes), remembered in
 * localStorage and carried by share links, plus the panel shown as a tab on a phone.
 */
import { create } from 'zustand';
import { clampPct, defaultLayout, DOCK_PCT, layoutFromNames, layoutToNames, SIDE_PCT, type PanelLayout, type Region } from '../layout/panels.ts';
import { CLASSROOM_COLLAPSED, PANEL_SLOTS } from '../panels/slots.ts';

/** localStorage key of the remembered layout (the names a link would carry). */
export const PANELS_STORAGE_KEY = 'zkscope.panels';

/** The workbench state. */
export interface PanelState extends PanelLayout {
  /** The panel shown on a phone, where panels are tabs under the stage. */
  readonly phoneTab: string;
  /** Open panels before classroom mode collapsed some, to restore on leaving it. */
  readonly beforeClassroom: readonly string[] | null;
}

function remembered(): PanelLayout {
  try {
    const text = globalThis.localStorage?.getItem(PANELS_STORAGE_KEY);
    if (text) {
      const names: unknown = JSON.parse(text);
      if (Array.isArray(names) && names.every((n) => typeof n === 'string')) return layoutFromNames(names, PANEL_SLOTS);
    }
  } catch {
    // Unreadable or unavailable storage: start from the defaults.
  }
  return defaultLayout(PANEL_SLOTS);
}

/** The panel store; subscribe narrowly, e.g. `usePanelStore((s) => s.open)`. */
export const usePanelStore = create<PanelState>()(() => ({ ...remembered(), phoneTab: 'story', beforeClassroom: null }));

usePanelStore.subscribe((s, prev) => {
  if (s.open === prev.open && s.moved === prev.moved && s.sidePct === prev.sidePct && s.dockPct === prev.dockPct) return;
  // Classroom mode's collapsing is for the lesson: the layout remembered is the one from before it.
  if (s.beforeClassroom !== null) return;
  try {
    globalThis.localStorage?.setItem(PANELS_STORAGE_KEY, JSON.stringify(layoutToNames(s)));
  } catch {
    // Not remembering is fine: the layout still applies to this page.
  }
});

/** Opens (expands) or collapses a panel. */
export function setPanelOpen(id: string, open: boolean): void {
  usePanelStore.setState((s) => ({ open: open ? [...s.open.filter((p) => p !== id), id] : s.open.filter((p) => p !== id) }));
}

/** Moves a panel to the side column or the dock. */
export function movePanel(id: string, region: Region): void {
  const home = PANEL_SLOTS.find((p) => p.id === id)?.region;
  usePanelStore.setState((s) => {
    const moved = { ...s.moved };
    if (region === home) delete moved[id];
    else moved[id] = region;
    return { moved };
  });
}

/** Sets the side column's width or the dock's height, in % of the workbench (clamped). */
export function resizeRegion(region: Region, pct: number): void {
  if (region === 'side') usePanelStore.setState((s) => ({ sidePct: clampPct(pct, SIDE_PCT, s.sidePct) }));
  else usePanelStore.setState((s) => ({ dockPct: clampPct(pct, DOCK_PCT, s.dockPct) }));
}

/** The names a share link carries for this layout. */
export function panelLinkNames(): string[] {
  return layoutToNames(usePanelStore.getState());
}

/** Restores the layout a link carried. */
export function applyPanelLinkNames(names: readonly string[]): void {
  usePanelStore.setState(layoutFromNames(names, PANEL_SLOTS));
}

/** Brings a panel into view: expands it and, on a phone, shows its tab. */
export function revealPanel(id: string): void {
  if (!PANEL_SLOTS.some((p) => p.id === id)) return;
  const s = usePanelStore.getState();
  if (!s.open.includes(id)) setPanelOpen(id, true);
  if (s.phoneTab !== id) usePanelStore.setState({ phoneTab: id });
}

/** Classroom mode collapses the secondary panels; leaving it restores what was open before. */
export function classroomPanels(on: boolean): void {
  const s = usePanelStore.getState();
  if (on && s.beforeClassroom === null) {
    usePanelStore.setState({ beforeClassroom: s.open, open: s.open.filter((p) => !CLASSROOM_COLLAPSED.includes(p)) });
  } else if (!on && s.beforeClassroom !== null) {
    usePanelStore.setState({ open: s.beforeClassroom, beforeClassroom: null });
  }
}
