import { useId, useState, type FormEvent } from 'react';
import { usePhraseText, useT } from '../i18n/useT.ts';
import { seekStep, useRunStore } from '../state/runStore.ts';
import { searchReplay, setElectionsOnly, useReplaySearch } from './replaySearch.ts';

/**
 * Search and the elections-only filter of an open replay (issue 17), shown above the event log: a query
 * by server, state, zxid, round or text finds events anywhere in the run; a hit goes to the moment after
 * it. Log text is only ever rendered as text.
 */
export function ReplaySearchBar() {
  const t = useT();
  const text = usePhraseText();
  const replay = useRunStore((s) => s.frame?.replay === true);
  const electionsOnly = useReplaySearch((s) => s.electionsOnly);
  const result = useReplaySearch((s) => s.result);
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const helpId = useId();
  if (!replay) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    searchReplay(draft);
  };
  return (
    <div className="replay-search" data-testid="replay-search">
      <form role="search" onSubmit={submit}>
        <label htmlFor={inputId}>{t('search.label')}</label>
        <input id={inputId} type="search" value={draft} aria-describedby={helpId} placeholder="server:3 state:LEADING"
          onChange={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit">{t('search.go')}</button>
        <label className="inline">
          <input type="checkbox" checked={electionsOnly} onChange={(e) => setElectionsOnly(e.currentTarget.checked)} />
          {t('search.electionsOnly')}
        </label>
      </form>
      <p id={helpId} className="hint">{t('search.help')}</p>
      {result?.error && <p role="alert" className="notice">{text(result.error)}</p>}
      {result && !result.error && (
        <div role="status">
          <p>{result.total > result.hits.length ? t('search.countCapped', { n: result.total, shown: result.hits.length }) : t('search.count', { n: result.total })}</p>
          <ol className="search-hits" data-testid="search-hits">
            {result.hits.map((h) => (
              <li key={h.step}>
                <button type="button" className="log-line" onClick={() => seekStep(h.step + 1)} title={t('search.where', { file: h.file, line: h.line })}>
                  {h.text}
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
