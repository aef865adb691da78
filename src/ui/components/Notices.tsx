import { usePhraseText, useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';
import { LoadProgress, WorkerFailureNotice } from './Supervision.tsx';

/** A broken share link, a run being opened, a failed worker, or what a memory budget dropped, said plainly. */
export function Notices() {
  const t = useT();
  const text = usePhraseText();
  const linkProblem = useRunStore((s) => s.linkProblem);
  const dropped = useRunStore((s) => s.frame?.dropped ?? null);
  return (
    <>
      {linkProblem && <p className="notice" role="alert">{t('link.problem', { problem: text(linkProblem) })}</p>}
      <LoadProgress />
      <WorkerFailureNotice />
      {dropped && (
        <p className="notice" role="status" data-testid="budget-notice">
          {dropped.historyBeforeStep > 0 ? t('budget.history', { t: Math.round(dropped.historyBeforeTime) }) : t('budget.checkpoints', { n: dropped.checkpointsThinned })}
        </p>
      )}
    </>
  );
}
