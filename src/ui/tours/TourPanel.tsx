import type { TourStep } from '../../worker/protocol.ts';
import { useT } from '../i18n/useT.ts';
import { localizedText } from '../scenarios/localized.ts';
import { goToTourStep, moveTour, useTeachingStore } from '../scenarios/teachingStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import { useTourHighlight } from './useTourHighlight.ts';
import { useTourKeys } from './useTourKeys.ts';

/** A stable empty tour: a selector returning a fresh [] would re-render forever (zustand 5). */
const NO_TOUR: readonly TourStep[] = [];

/**
 * The guided tour: the narration of the step shown, what to look at (outlined in the view), Back and
 * Next. Each step is an exact moment of the run, so Back shows precisely what was shown before.
 */
export function TourPanel() {
  const t = useT();
  const lang = useViewStore((s) => s.language);
  const tour = useTeachingStore((s) => s.info?.tour ?? NO_TOUR);
  const index = useTeachingStore((s) => s.tourIndex);
  useTourKeys();
  useTourHighlight(index === null ? null : tour[index] ?? null);
  if (tour.length === 0) return null;
  if (index === null) {
    return (
      <div className="tour tour-idle">
        <button type="button" className="primary" onClick={() => goToTourStep(0)}>{t('teach.tourStart', { n: tour.length })}</button>
        <span className="hint">{t('teach.tourHint')}</span>
      </div>
    );
  }
  const step = tour[index];
  const look = localizedText(step?.look, lang);
  return (
    <section className="tour" aria-label={t('teach.tour')} data-testid="tour">
      <p className="tour-count" aria-live="polite">{t('teach.tourStep', { i: index + 1, n: tour.length })}</p>
      <p className="tour-text" data-testid="tour-text">{localizedText(step?.text, lang)}</p>
      {look && (
        <p className="tour-look">
          <strong>{t('teach.lookAt')}</strong> {look}
        </p>
      )}
      <div className="tour-buttons">
        <button type="button" onClick={() => moveTour(-1)} disabled={index === 0}>{t('teach.back')}</button>
        <button type="button" className="primary" onClick={() => moveTour(1)} disabled={index === tour.length - 1}>{t('teach.next')}</button>
        <button type="button" onClick={() => goToTourStep(null)}>{t('teach.tourEnd')}</button>
      </div>
    </section>
  );
}
