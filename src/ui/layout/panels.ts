/**
 * The workbench's panel layout as plain data: which panels are open, where each one sits (the side
 * column or the bottom dock) and how big the side column and the dock are. Pure functions: the
 * defaults, a clamp, and the codec to and from the names a share link carries (`#v2.` links keep a list
 * of panel names; an old link's plain list of open panels still reads the same).
 */

/** Where a panel sits around the stage. */
export type Region = 'side' | 'dock';

/** The panel layout. */
export interface PanelLayout {
  /** Open (expanded) panels; the others show only their header. */
  readonly open: readonly string[];
  /** The region of each panel that is not in its default region. */
  readonly moved: Readonly<Record<string, Region>>;
  /** Width of the side column, % of the workbench width. */
  readonly sidePct: number;
  /** Height of the dock, % of the workbench height. */
  readonly dockPct: number;
}

/** Bounds that keep the stage the largest thing on screen. */
export const SIDE_PCT = { min: 18, max: 45, initial: 30 } as const;
export const DOCK_PCT = { min: 12, max: 55, initial: 24 } as const;

/** A panel as the layout knows it: its id and where it sits unless moved. */
export interface PanelSlot {
  readonly id: string;
  readonly region: Region;
}

/** The layout a first visit gets: every panel open, each in its own region, default sizes. */
export function defaultLayout(slots: readonly PanelSlot[]): PanelLayout {
  return { open: slots.map((s) => s.id), moved: {}, sidePct: SIDE_PCT.initial, dockPct: DOCK_PCT.initial };
}

/** The region a panel is in now. */
export function regionOf(layout: PanelLayout, slot: PanelSlot): Region {
  return layout.moved[slot.id] ?? slot.region;
}

/** `value` within [min, max], rounded to a whole percent; NaN gives `fallback`. */
export function clampPct(value: number, range: { readonly min: number; readonly max: number }, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.round(Math.min(range.max, Math.max(range.min, value)));
}

/**
 * The names a share link carries: the open panels' ids (as links always did), `side.<id>` / `dock.<id>`
 * for a moved panel, `w.<pct>` and `h.<pct>` for the sizes (letters, digits, `.` only: the link codec's rule).
 */
export function layoutToNames(layout: PanelLayout): string[] {
  const moved = Object.entries(layout.moved).map(([id, region]) => `${region}.${id}`);
  return [...layout.open, ...moved, `w.${layout.sidePct}`, `h.${layout.dockPct}`];
}

/** Reads the names of a link back into a layout; unknown panels and malformed names are ignored. */
export function layoutFromNames(names: readonly string[], slots: readonly PanelSlot[]): PanelLayout {
  const known = new Map(slots.map((s) => [s.id, s]));
  const open: string[] = [];
  const moved: Record<string, Region> = {};
  let sidePct: number = SIDE_PCT.initial;
  let dockPct: number = DOCK_PCT.initial;
  for (const name of names) {
    const [head, ...rest] = name.split('.');
    const tail = rest.join('.');
    if (known.has(name)) {
      if (!open.includes(name)) open.push(name);
    } else if ((head === 'side' || head === 'dock') && known.has(tail)) {
      if (known.get(tail)!.region !== head) moved[tail] = head;
    } else if (head === 'w') sidePct = clampPct(Number(tail), SIDE_PCT, SIDE_PCT.initial);
    else if (head === 'h') dockPct = clampPct(Number(tail), DOCK_PCT, DOCK_PCT.initial);
  }
  return { open, moved, sidePct, dockPct };
}
