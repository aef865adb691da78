import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { regionOf } from '../layout/panels.ts';
import { movePanel, setPanelOpen, usePanelStore } from '../state/panelStore.ts';
import type { PanelInfo } from './slots.ts';

/** A small arrow drawn in SVG (no font needed): right when collapsed, down when open. */
function Chevron({ open }: { open: boolean }) {
  return (
    <svg className="chevron" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
      <path d={open ? 'M1,3 L5,7 L9,3' : 'M3,1 L7,5 L3,9'} fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

/** The move glyph: a box with an arrow to the other region (bottom when in the side column, side when docked). */
function MoveGlyph({ toDock }: { toDock: boolean }) {
  return (
    <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
      <rect x="1" y="1" width="12" height="12" rx="2" fill="none" stroke="currentColor" strokeWidth="1.4" />
      {toDock ? <rect x="2" y="8" width="10" height="4" fill="currentColor" /> : <rect x="8" y="2" width="4" height="10" fill="currentColor" />}
    </svg>
  );
}

/**
 * A panel around the stage: a header that collapses or expands it and a button that moves it between
 * the side column and the bottom dock; the body scrolls inside itself.
 */
export function PanelFrame({ slot, children }: { slot: PanelInfo; children: ReactNode }) {
  const t = useT();
  const bodyId = useId();
  const open = usePanelStore((s) => s.open.includes(slot.id));
  const region = usePanelStore((s) => regionOf(s, slot));
  const title = t(slot.title);
  return (
    <section className="pframe" data-panel={slot.id} data-open={open ? 'true' : 'false'} aria-label={title}>
      <header className="pframe-head">
        <h2>
          <button type="button" className="pframe-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setPanelOpen(slot.id, !open)}>
            <Chevron open={open} />
            <span>{title}</span>
          </button>
        </h2>
        <button
          type="button" className="pframe-move icon"
          aria-label={t(region === 'side' ? 'panels.toDock' : 'panels.toSide', { panel: title })}
          title={t(region === 'side' ? 'panels.toDock' : 'panels.toSide', { panel: title })}
          onClick={() => movePanel(slot.id, region === 'side' ? 'dock' : 'side')}
        >
          <MoveGlyph toDock={region === 'side'} />
        </button>
      </header>
      {open && (
        // Focusable so that keyboard users can scroll a panel that scrolls inside itself (axe: scrollable-region-focusable).
        <div className="pframe-body" id={bodyId} tabIndex={0}>
          {children}
        </div>
      )}
    </section>
  );
}
