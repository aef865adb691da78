import { useRovingTabs } from '../components/useRovingTabs.ts';
import { useT } from '../i18n/useT.ts';
import { usePanelStore } from '../state/panelStore.ts';
import { PANEL_BODIES } from './registry.tsx';
import { PANEL_SLOTS } from './slots.ts';

function show(id: string): void {
  usePanelStore.setState({ phoneTab: id });
}

/** On a phone the panels are tabs under the stage (WAI-ARIA tabs: ←/→ move between them), one shown at a time. */
export function PhoneSheet() {
  const t = useT();
  const tab = usePanelStore((s) => s.phoneTab);
  const ids = PANEL_SLOTS.map((p) => p.id);
  const current = ids.includes(tab) ? tab : ids[0];
  const { refs, onKey } = useRovingTabs(ids, current, show);
  return (
    <div className="phone-sheet">
      <div className="phone-tabs" role="tablist" aria-label={t('teach.panels')} onKeyDown={onKey}>
        {PANEL_SLOTS.map((p) => (
          <button
            key={p.id} type="button" role="tab" id={`ptab-${p.id}`} aria-controls="phone-panel" aria-selected={p.id === current}
            tabIndex={p.id === current ? 0 : -1} ref={(el) => { refs.current[p.id] = el; }} onClick={() => show(p.id)}
          >
            {t(p.short)}
          </button>
        ))}
      </div>
      <section className="pframe phone-panel" id="phone-panel" role="tabpanel" aria-labelledby={`ptab-${current}`} data-panel={current} data-open="true">
        <div className="pframe-body">{PANEL_BODIES[current]?.()}</div>
      </section>
    </div>
  );
}
