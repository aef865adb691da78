import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/en.ts';
import { MESSAGE_COLOURS, STATE_COLOURS, type MessageGroup } from '../views/palette.ts';

const GROUPS = Object.keys(MESSAGE_COLOURS) as MessageGroup[];

/** What the colours mean: server states and message kinds. */
export function Legend() {
  const t = useT();
  return (
    <details className="legend" open>
      <summary>{t('legend.heading')}</summary>
      <ul aria-label={t('legend.states')}>
        {Object.entries(STATE_COLOURS).map(([state, colour]) => (
          <li key={state}>
            <span className="swatch round" style={{ background: colour }} aria-hidden="true" />
            {state}
          </li>
        ))}
      </ul>
      <ul aria-label={t('legend.messages')}>
        {GROUPS.map((g) => (
          <li key={g}>
            <span className="swatch" style={{ background: MESSAGE_COLOURS[g] }} aria-hidden="true" />
            {t(`legend.${g}` as MessageKey)}
          </li>
        ))}
        <li>
          <span className="swatch lost" aria-hidden="true" />
          {t('legend.lost')}
        </li>
        <li>
          <span className="swatch arc" aria-hidden="true" />
          {t('legend.wait')}
        </li>
      </ul>
    </details>
  );
}
