import { usePhraseText, useT } from '../i18n/useT.ts';
import { cancelLoad, restartWorker, useRunStore } from '../state/runStore.ts';

/** A run being opened: steps computed of the estimate, and Cancel (the run on screen stays). */
export function LoadProgress() {
  const t = useT();
  const loading = useRunStore((s) => s.loading);
  if (!loading) return null;
  const done = Math.min(loading.stepsDone, loading.stepsTotal);
  return (
    <div className="notice load-progress" role="status" data-testid="load-progress">
      <span>{t('load.progress', { done, total: loading.stepsTotal })}</span>
      <progress max={loading.stepsTotal} value={done} aria-label={t('load.progressLabel')} />
      <button type="button" onClick={cancelLoad}>{t('load.cancel')}</button>
    </div>
  );
}

/**
 * A run not opened or a link not made, said plainly; the worker failed or stalled: what happened, that
 * nothing is lost, and Restart from the last good moment.
 */
export function WorkerFailureNotice() {
  const t = useT();
  const text = usePhraseText();
  const failure = useRunStore((s) => s.workerFailure);
  const loadProblem = useRunStore((s) => s.loadProblem);
  const shareProblem = useRunStore((s) => s.shareProblem);
  return (
    <>
      {shareProblem && <p className="notice" role="alert" data-testid="share-problem">{t('share.refused', { problem: text(shareProblem) })}</p>}
      {loadProblem && <p className="notice" role="alert" data-testid="load-problem">{t('load.refused', { problem: text(loadProblem) })}</p>}
      {failure && (
        <div className="notice worker-failure" role="alert" data-testid="worker-failure">
          <p>{failure.kind === 'error' ? t('worker.error', { message: text(failure.message) }) : t('worker.stalled', { s: Math.round(failure.quietMs / 1000) })}</p>
          <p>{t('worker.keep')}</p>
          <button type="button" onClick={restartWorker}>{t('worker.restart')}</button>
        </div>
      )}
    </>
  );
}
