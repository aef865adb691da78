import { useId } from 'react';
import { useT } from '../i18n/useT.ts';

/**
 * The region where the ensemble view goes. It holds no view yet: the worker and the ring view plug in
 * here (design.md §5: D3 owns an SVG created on a ref inside this region).
 */
export function EnsembleRegion() {
  const t = useT();
  const headingId = useId();
  return (
    <section className="ensemble-region" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ensemble.heading')}</h2>
      <p className="empty-state">{t('ensemble.empty')}</p>
    </section>
  );
}
