import { usePhraseText, useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';

/** A broken share link, a failed worker, or what a memory budget dropped, said plainly. */
export function Notices() {
  const t = useT();
  const text = usePhraseText();
  const linkProblem = useRunStore((s) => s.linkProblem);
  const workerError = useRunStore((s) => s.workerError);
  const dropped = useRunStore((s) => s.frame?.dropped ?? null);
  return (
    <>
      {linkProblem && <p className="notice" role="alert">{t('link.problem', { problem: text(linkProblem) })}</p>}
      {workerError && <p className="notice" role="alert">{t('worker.error', { message: text(workerError) })}</p>}
      {dropped && (
        <p className="notice" role="status" data-testid="budget-notice">
          {dropped.historyBeforeStep > 0 ? t('budget.history', { t: Math.round(dropped.historyBeforeTime) }) : t('budget.checkpoints', { n: dropped.checkpointsThinned })}
        </p>
      )}
    </>
  );
}
