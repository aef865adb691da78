import { useId } from 'react';
import { useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';
import { ClusterView } from './ClusterView.tsx';
import { Legend } from './Legend.tsx';
import { HistoryStrip } from '../history/HistoryStrip.tsx';
import { STAGE_ID } from './SkipLink.tsx';

/** The ensemble: the ring view (D3 owns its SVG) with its legend. */
export function EnsembleRegion() {
  const t = useT();
  const headingId = useId();
  const loaded = useRunStore((s) => s.frame !== null);
  return (
    <section className="ensemble-region" id={STAGE_ID} tabIndex={-1} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ensemble.heading')}</h2>
      {!loaded && <p className="empty-state">{t('ensemble.empty')}</p>}
      <div className="ring-wrap">
        <ClusterView />
        <Legend />
      </div>
      <HistoryStrip />
    </section>
  );
}
