import type { ReactNode } from 'react';
import { useRovingTabs } from './useRovingTabs.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useT } from '../i18n/useT.ts';
import { setTab, useDataStore, type WorkspaceTab } from '../state/dataStore.ts';

const TABS: readonly WorkspaceTab[] = ['cluster', 'data', 'lock', 'breakit'];

/**
 * The workspace tabs (WAI-ARIA tabs pattern: ←/→ move between tabs, only the open panel is rendered),
 * so the data views sit next to the cluster view without crowding it.
 */
export function WorkspaceTabs({ panels, extra }: { panels: Record<WorkspaceTab, () => ReactNode>; extra?: ReactNode }) {
  const t = useT();
  const tab = useDataStore((s) => s.tab);
  const { refs, onKey } = useRovingTabs(TABS, tab, setTab);
  return (
    <>
      <div className="stage-bar">
        <div className="workspace-tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKey}>
          {TABS.map((id) => (
            <button
              key={id} type="button" role="tab" id={`tab-${id}`} aria-controls={`panel-${id}`} aria-selected={tab === id}
              tabIndex={tab === id ? 0 : -1} ref={(el) => { refs.current[id] = el; }} onClick={() => setTab(id)}
            >
              {t(`tabs.${id}` as MessageKey)}
            </button>
          ))}
        </div>
        {extra}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {panels[tab]()}
      </div>
    </>
  );
}
