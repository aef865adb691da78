import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/en.ts';
import { setLegendOpen, useStageStore } from '../state/stageStore.ts';
import { MESSAGE_COLOURS, STATE_COLOURS, type MessageGroup } from '../views/palette.ts';

const GROUPS = Object.keys(MESSAGE_COLOURS) as MessageGroup[];

/** The button that opens and closes the legend (the legend is collapsed by default). */
export function LegendToggle() {
  const t = useT();
  const open = useStageStore((s) => s.legendOpen);
  return (
    <button type="button" className="legend-toggle" aria-expanded={open} aria-controls="stage-legend" onClick={() => setLegendOpen(!open)}>
      {t('legend.heading')}
    </button>
  );
}

/**
 * What every mark on the stage means: server states, message kinds, and each glyph of the drawing. It
 * opens in a column of its own beside the ring (under it on a phone), so it never covers a server.
 */
export function Legend() {
  const t = useT();
  const open = useStageStore((s) => s.legendOpen);
  if (!open) return null;
  return (
    <aside className="legend" id="stage-legend" aria-label={t('legend.heading')} data-testid="legend">
      <h2 className="legend-heading">{t('legend.states')}</h2>
      <ul>
        {Object.entries(STATE_COLOURS).map(([state, colour]) => (
          <li key={state}>
            <span className="swatch round" style={{ background: colour }} aria-hidden="true" />
            {state}
          </li>
        ))}
      </ul>
      <h2 className="legend-heading">{t('legend.messages')}</h2>
      <ul>
        {GROUPS.map((g) => (
          <li key={g}>
            <span className="swatch round" style={{ background: MESSAGE_COLOURS[g] }} aria-hidden="true" />
            {t(`legend.${g}` as MessageKey)}
          </li>
        ))}
        <li><span className="swatch lost" aria-hidden="true" />{t('legend.lost')}</li>
        <li><span className="glyph mono" aria-hidden="true">3·r1</span>{t('legend.voteLabel')}</li>
      </ul>
      <h2 className="legend-heading">{t('legend.marks')}</h2>
      <ul>
        <li><span className="swatch arc" aria-hidden="true" />{t('legend.wait')}</li>
        <li><span className="swatch ring-selected" aria-hidden="true" />{t('legend.selected')}</li>
        <li><span className="swatch ring-tour" aria-hidden="true" />{t('legend.tour')}</li>
        <li><span className="swatch line" aria-hidden="true" />{t('legend.link')}</li>
        <li><span className="swatch line cut" aria-hidden="true" />{t('legend.cut')}</li>
        <li><span className="swatch line partitioned" aria-hidden="true" />{t('legend.partitioned')}</li>
        <li><span className="glyph mono" aria-hidden="true">e1</span>{t('legend.epochGlyph')}</li>
        <li><span className="glyph pending-stop" aria-hidden="true">✕</span>{t('legend.pendingStop')}</li>
        <li><span className="swatch ring-pending-start" aria-hidden="true" />{t('legend.pendingStart')}</li>
        <li><span className="glyph mono pending-lost" aria-hidden="true">3·r1</span>{t('legend.pendingLost')}</li>
      </ul>
    </aside>
  );
}
