import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { ReplaySearchBar } from '../replay/ReplaySearchBar.tsx';
import { seekStep, useRunStore } from '../state/runStore.ts';

/** The event log in ZooKeeper 3.8's format; clicking a line goes to the moment after its step. */
export function LogPanel() {
  const t = useT();
  const log = useRunStore((s) => s.frame?.log);
  const step = useRunStore((s) => s.frame?.step ?? 0);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = listRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [log]);
  return (
    <section className="log-panel" aria-label={t('log.heading')}>
      <p className="hint">{t('log.hint')}</p>
      <ReplaySearchBar />
      {!log?.length ? (
        <p className="hint">{t('log.empty')}</p>
      ) : (
        <ol className="log" ref={listRef} data-testid="event-log">
          {log.map((l, i) => (
            <li key={`${l.step}-${i}`} data-current={l.step === step - 1 ? 'true' : undefined}>
              <button type="button" className="log-line" onClick={() => seekStep(l.step + 1)}
                title={l.source && t('log.source', { file: l.source.file, lines: l.source.endLine > l.source.line ? `${l.source.line}–${l.source.endLine}` : l.source.line })}>
                {l.text}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
