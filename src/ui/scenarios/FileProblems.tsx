import { usePhraseText, useT } from '../i18n/useT.ts';
import { useTeachingStore } from './teachingStore.ts';

/** Each problem of a file that could not be opened, one per line; the run shown is unchanged. */
export function FileProblems() {
  const t = useT();
  const text = usePhraseText();
  const problems = useTeachingStore((s) => s.fileProblems);
  if (!problems) return null;
  return (
    <div className="notice file-problems" role="alert">
      <p>{t('teach.fileInvalid', { n: problems.length })}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{text(p)}</li>
        ))}
      </ul>
      <button type="button" onClick={() => useTeachingStore.setState({ fileProblems: null })}>{t('teach.dismiss')}</button>
    </div>
  );
}
