import { usePhraseText, useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';

/** A broken share link or a failed worker, said plainly. */
export function Notices() {
  const t = useT();
  const text = usePhraseText();
  const linkProblem = useRunStore((s) => s.linkProblem);
  const workerError = useRunStore((s) => s.workerError);
  return (
    <>
      {linkProblem && <p className="notice" role="alert">{t('link.problem', { problem: text(linkProblem) })}</p>}
      {workerError && <p className="notice" role="alert">{t('worker.error', { message: text(workerError) })}</p>}
    </>
  );
}
