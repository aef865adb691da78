import type { KeyboardEvent, PointerEvent } from 'react';
import { useT } from '../i18n/useT.ts';
import { DOCK_PCT, SIDE_PCT, type Region } from '../layout/panels.ts';
import { resizeRegion, usePanelStore } from '../state/panelStore.ts';

/** The percentage a pointer at (x, y) gives the region, measured in the workbench's box. */
function pctAt(region: Region, box: DOMRect, x: number, y: number): number {
  return region === 'side' ? (100 * (box.right - x)) / box.width : (100 * (box.bottom - y)) / box.height;
}

/**
 * The handle between the stage and the side column (or the dock): drag it, or focus it and use the
 * arrow keys (a WAI-ARIA window splitter). The size is remembered and goes into share links.
 */
export function Splitter({ region }: { region: Region }) {
  const t = useT();
  const pct = usePanelStore((s) => (region === 'side' ? s.sidePct : s.dockPct));
  const range = region === 'side' ? SIDE_PCT : DOCK_PCT;
  const onPointerDown = (ev: PointerEvent<HTMLDivElement>) => {
    const handle = ev.currentTarget;
    const bench = handle.closest('.workbench');
    if (!bench) return;
    handle.setPointerCapture(ev.pointerId);
    const move = (e: globalThis.PointerEvent) => resizeRegion(region, pctAt(region, bench.getBoundingClientRect(), e.clientX, e.clientY));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
    ev.preventDefault();
  };
  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    // Growing the region: ← widens the side column, ↑ raises the dock.
    const grow: Readonly<Record<string, number>> = region === 'side' ? { ArrowLeft: 2, ArrowRight: -2 } : { ArrowUp: 2, ArrowDown: -2 };
    const d = grow[ev.key];
    if (d === undefined) return;
    // These arrows resize; they must not also step the run.
    ev.preventDefault();
    ev.stopPropagation();
    resizeRegion(region, pct + d);
  };
  return (
    <div
      className={`splitter splitter-${region}`} role="separator" tabIndex={0}
      aria-orientation={region === 'side' ? 'vertical' : 'horizontal'}
      aria-label={t(region === 'side' ? 'panels.resizeSide' : 'panels.resizeDock')}
      aria-valuemin={range.min} aria-valuemax={range.max} aria-valuenow={pct}
      onPointerDown={onPointerDown} onKeyDown={onKeyDown}
    />
  );
}
