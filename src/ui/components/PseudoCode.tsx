import { useT } from '../i18n/useT.ts';
import { codeFor, explainedMark, isSyncMark, LOOK_FOR_LEADER, reasonKey, reasonParams } from '../explain/pseudocode.ts';
import { useRunStore } from '../state/runStore.ts';

/**
 * The rule of the last step highlighted in its pseudo-code (lookForLeader, or syncFollower for a learner
 * sync), why it fired in one sentence, and for a sync the leader's own log lines as ZooKeeper writes them.
 */
export function PseudoCode() {
  const t = useT();
  const marks = useRunStore((s) => s.frame?.marks);
  const mark = marks ? explainedMark(marks) : null;
  const { lines, rule } = mark ? codeFor(mark) : { lines: LOOK_FOR_LEADER, rule: null };
  const sync = mark !== null && isSyncMark(mark.code);
  const zkLog = sync ? String(mark.args.pathLog ?? '') : '';
  return (
    <section className="pseudo-code" aria-labelledby="code-heading">
      <h3 id="code-heading">{t(sync ? 'code.headingSync' : 'code.heading')}</h3>
      <p className="reason" data-testid="rule-reason" data-rule={mark?.code ?? ''}>
        {mark ? t(reasonKey(mark.code), reasonParams(mark, t)) : t('code.idle')}
      </p>
      {zkLog !== '' && (
        <figure className="zk-log" data-testid="rule-zk-log">
          <figcaption>{t('code.zkLog')}</figcaption>
          <pre>{zkLog}</pre>
        </figure>
      )}
      <ol className="code" aria-label={t(sync ? 'code.listLabelSync' : 'code.listLabel')}>
        {lines.map((line, i) => {
          const on = rule !== null && line.rule === rule;
          return (
            <li key={i} style={{ paddingLeft: `${line.indent * 1.2}em` }} data-active={on ? 'true' : undefined} aria-current={on ? 'step' : undefined}>
              <code>{t(line.key)}</code>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
