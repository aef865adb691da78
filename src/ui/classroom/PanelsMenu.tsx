import type { MessageKey } from '../i18n/en.ts';
import { useT } from '../i18n/useT.ts';
import { SECONDARY_PANELS, togglePanel, useTeachingStore } from '../scenarios/teachingStore.ts';

/** Show or hide the secondary panels (a disclosure with one checkbox per panel; links carry the choice). */
export function PanelsMenu() {
  const t = useT();
  const panels = useTeachingStore((s) => s.panels);
  return (
    <details className="dropdown">
      <summary>{t('teach.panels')}</summary>
      <fieldset className="dropdown-body">
        <legend className="visually-hidden">{t('teach.panels')}</legend>
        {SECONDARY_PANELS.map((p) => (
          <label key={p}>
            <input type="checkbox" checked={panels.includes(p)} onChange={(e) => togglePanel(p, e.currentTarget.checked)} />
            {t(`teach.panel.${p}` as MessageKey)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
