import { useT } from '../i18n/useT.ts';
import type { TFunction } from '../i18n/useT.ts';
import type { MarkView } from '../../worker/protocol.ts';
import { explainedMark, LOOK_FOR_LEADER, reasonKey, reasonParams, ruleOf, type CodeLine } from '../explain/pseudocode.ts';
import { branchOf, SYNC_FOLLOWER, syncMark } from '../explain/syncFollower.ts';
import { useRunStore } from '../state/runStore.ts';

interface Shown {
  readonly heading: string;
  readonly listLabel: string;
  readonly lines: readonly CodeLine[];
  readonly rule: string | null;
  readonly reason: string;
  readonly code: string;
}

/** What the panel shows for a step's marks: syncFollower when the leader chose a sync, else lookForLeader. */
function shownFor(t: TFunction, marks: readonly MarkView[] | undefined): Shown {
  const sync = marks ? syncMark(marks) : null;
  if (sync) {
    const branch = branchOf(sync);
    const mode = sync.code === 'zab.sync.trunc' ? 'TRUNC' : sync.code === 'zab.sync.snap' ? 'SNAP' : 'DIFF';
    const branchText = t(`history.branch.${branch}`);
    return {
      heading: t('code.syncHeading'), listLabel: t('code.syncListLabel'), lines: SYNC_FOLLOWER, rule: branch, code: sync.code,
      reason: t('reason.zab.sync', { ...reasonParams(sync), mode, branchText }),
    };
  }
  const mark = marks ? explainedMark(marks) : null;
  return {
    heading: t('code.heading'), listLabel: t('code.listLabel'), lines: LOOK_FOR_LEADER, rule: mark ? ruleOf(mark.code) : null, code: mark?.code ?? '',
    reason: mark ? t(reasonKey(mark.code), reasonParams(mark)) : t('code.idle'),
  };
}

/** The rule of the last step highlighted in its pseudo-code (lookForLeader or syncFollower), and why it fired. */
export function PseudoCode() {
  const t = useT();
  const marks = useRunStore((s) => s.frame?.marks);
  const shown = shownFor(t, marks);
  return (
    <section className="panel pseudo-code" aria-labelledby="code-heading">
      <h3 id="code-heading">{shown.heading}</h3>
      <p className="reason" data-testid="rule-reason" data-rule={shown.code}>{shown.reason}</p>
      <ol className="code" aria-label={shown.listLabel}>
        {shown.lines.map((line, i) => {
          const on = shown.rule !== null && line.rule === shown.rule;
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
