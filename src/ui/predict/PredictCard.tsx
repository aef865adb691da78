import './predict.css';
import type { Choice, DecidingMark, Question } from '../../worker/protocol.ts';
import { reasonKey, reasonParams } from '../explain/pseudocode.ts';
import type { MessageKey } from '../i18n/en.ts';
import { DICTIONARIES } from '../i18n/languages.ts';
import type { TFunction } from '../i18n/useT.ts';
import { useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';
import { answer, dismissReveal, usePredictStore } from './predictStore.ts';

function choiceText(t: TFunction, c: Choice): string {
  return t(`predict.choice.${c.key}` as MessageKey, c.params);
}

/** The deciding mark in words: the rule panel's sentence for election marks, predict's own for the rest. */
function ruleText(t: TFunction, m: DecidingMark): string {
  const params = reasonParams(m);
  if (m.code.startsWith('zab.sync.')) return t('predict.reason.zab.sync', { ...params, mode: m.code.slice(9).toUpperCase() });
  const own = `predict.reason.${m.code}`;
  if (own in DICTIONARIES.en) return t(own as MessageKey, params);
  const key = reasonKey(m.code);
  return key in DICTIONARIES.en ? t(key, params) : m.code;
}

function Asking({ q }: { q: Question }) {
  const t = useT();
  return (
    <fieldset className="predict-choices">
      <legend>{t(`predict.q.${q.kind}` as MessageKey, q.params)}</legend>
      {q.choices.map((c) => (
        <button key={c.id} type="button" onClick={() => answer(q, c.id)}>{choiceText(t, c)}</button>
      ))}
    </fieldset>
  );
}

function Reveal({ q, chosen }: { q: Question; chosen: string }) {
  const t = useT();
  const right = chosen === q.answer;
  const correct = q.choices.find((c) => c.id === q.answer);
  return (
    <div className="predict-reveal" data-right={right ? 'true' : 'false'}>
      <p className="predict-verdict" role="status">{right ? t('predict.right') : t('predict.wrong', { answer: correct ? choiceText(t, correct) : q.answer })}</p>
      <p data-testid="predict-rule" data-rule={q.mark.code}>{t('predict.rule', { rule: ruleText(t, q.mark) })}</p>
      <p className="hint">{t(`predict.why.${q.kind}` as MessageKey)}</p>
      <button type="button" className="primary" onClick={dismissReveal}>{t('predict.continue')}</button>
    </div>
  );
}

/** The question before the next step, or the reveal after the learner answered it. */
export function PredictCard() {
  const t = useT();
  const question = useRunStore((s) => s.frame?.question ?? null);
  const answered = usePredictStore((s) => s.answered);
  if (!question && !answered) return null;
  return (
    <section className="predict-card" aria-label={t('predict.heading')} data-testid="predict-card">
      <h3>{t('predict.heading')}</h3>
      {answered ? <Reveal q={answered.question} chosen={answered.chosen} /> : question && <Asking q={question} />}
    </section>
  );
}
