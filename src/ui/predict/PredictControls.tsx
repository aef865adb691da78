import type { MessageKey } from '../i18n/en.ts';
import { useT } from '../i18n/useT.ts';
import { QUESTION_KINDS } from '../../worker/protocol.ts';
import { setPredict, toggleKind, usePredictStore } from './predictStore.ts';

/** The transport's Predict switch, the score of this session, and which kinds of question are asked. */
export function PredictControls() {
  const t = useT();
  const enabled = usePredictStore((s) => s.enabled);
  const kinds = usePredictStore((s) => s.kinds);
  const asked = usePredictStore((s) => s.asked);
  const right = usePredictStore((s) => s.right);
  return (
    <div className="predict-controls" role="group" aria-label={t('predict.heading')}>
      <button type="button" role="switch" aria-checked={enabled} title={t('predict.switchHint')} onClick={() => setPredict(!enabled)}>
        {t('predict.switch')}
      </button>
      {asked > 0 && <span className="predict-score" data-testid="predict-score">{t('predict.score', { right, asked })}</span>}
      <details className="dropdown">
        <summary>{t('predict.settings')}</summary>
        <fieldset className="dropdown-body">
          <legend className="visually-hidden">{t('predict.settingsLabel')}</legend>
          {QUESTION_KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" checked={kinds.includes(k)} onChange={() => toggleKind(k)} />
              {t(`predict.kind.${k}` as MessageKey)}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
