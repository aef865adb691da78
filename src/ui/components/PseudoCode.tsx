import { useT } from '../i18n/useT.ts';
import { explainedMark, LOOK_FOR_LEADER, reasonKey, reasonParams, ruleOf } from '../explain/pseudocode.ts';
import { useRunStore } from '../state/runStore.ts';

/** lookForLeader with the rule of the last step highlighted, and why it fired in one sentence. */
export function PseudoCode() {
  const t = useT();
  const marks = useRunStore((s) => s.frame?.marks);
  const mark = marks ? explainedMark(marks) : null;
  const rule = mark ? ruleOf(mark.code) : null;
  return (
    <section className="pseudo-code" aria-label={t('code.heading')}>
      <p className="reason" data-testid="rule-reason" data-rule={mark?.code ?? ''}>
        {mark ? t(reasonKey(mark.code), reasonParams(mark)) : t('code.idle')}
      </p>
      <ol className="code" aria-label={t('code.listLabel')}>
        {LOOK_FOR_LEADER.map((line, i) => {
          const on = rule !== null && line.rule === rule;
          return (
            <li key={i} style={{ paddingLeft: `${line.indent * 1.2}em` }} data-active={on ? 'true' : undefined} aria-current={on ? 'step' : undefined}>
              <code>{line.text}</code>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
