import { useT } from '../i18n/useT.ts';
import { PANEL_SLOTS } from '../panels/slots.ts';
import { setPanelOpen, usePanelStore } from '../state/panelStore.ts';

/** Expand or collapse the panels around the stage (a disclosure with one checkbox per panel; links carry the choice). */
export function PanelsMenu() {
  const t = useT();
  const open = usePanelStore((s) => s.open);
  return (
    <details className="dropdown panels-menu">
      <summary>{t('teach.panels')}</summary>
      <fieldset className="dropdown-body">
        <legend className="visually-hidden">{t('teach.panels')}</legend>
        {PANEL_SLOTS.map((p) => (
          <label key={p.id}>
            <input type="checkbox" checked={open.includes(p.id)} onChange={(e) => setPanelOpen(p.id, e.currentTarget.checked)} />
            {t(p.title)}
          </label>
        ))}
        <p className="hint">{t('panels.menuHint')}</p>
      </fieldset>
    </details>
  );
}
