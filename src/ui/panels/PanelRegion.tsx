import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/useT.ts';
import { regionOf, type Region } from '../layout/panels.ts';
import { usePanelStore } from '../state/panelStore.ts';
import { PanelFrame } from './PanelFrame.tsx';
import { PANEL_BODIES } from './registry.tsx';
import { PANEL_SLOTS } from './slots.ts';

/** The ids of the panels in `region`, in display order (a stable array while nothing moves). */
export function usePanelsIn(region: Region): string[] {
  return usePanelStore(useShallow((s) => PANEL_SLOTS.filter((p) => regionOf(s, p) === region).map((p) => p.id)));
}

/** The side column or the bottom dock: its panels, each in a frame. */
export function PanelRegion({ region }: { region: Region }) {
  const t = useT();
  const ids = usePanelsIn(region);
  if (ids.length === 0) return null;
  return (
    <div className={`region region-${region}`} role="region" aria-label={t(region === 'side' ? 'panels.side' : 'panels.dock')}>
      {ids.map((id) => {
        const slot = PANEL_SLOTS.find((p) => p.id === id)!;
        return (
          <PanelFrame key={id} slot={slot}>
            {PANEL_BODIES[id]?.()}
          </PanelFrame>
        );
      })}
    </div>
  );
}
