import { useId } from 'react';
import { useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';
import { ClusterView } from './ClusterView.tsx';
import { Legend } from './Legend.tsx';
import { MessageCard } from './MessageCard.tsx';
import { PredictCard } from '../predict/PredictCard.tsx';
import { HistoryStrip } from '../history/HistoryStrip.tsx';
import { STAGE_ID } from './SkipLink.tsx';

/** The ensemble on the stage: the ring view (D3 owns its SVG), the legend beside it when open, the prediction question and the message card under it. */
export function EnsembleRegion() {
  const t = useT();
  const headingId = useId();
  const loaded = useRunStore((s) => s.frame !== null);
  return (
    <section className="ensemble-region" id={STAGE_ID} tabIndex={-1} aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">{t('ensemble.heading')}</h2>
      <div className="ring-row">
        <div className="ring-box">
          {!loaded && <p className="empty-state">{t('ensemble.empty')}</p>}
          <ClusterView />
        </div>
        <Legend />
      </div>
      <HistoryStrip />
      <PredictCard />
      <MessageCard />
    </section>
  );
}
