import { memo, useDeferredValue, useMemo, useRef } from 'react';
import type { LogLineView } from '../../worker/protocol.ts';
import { useT } from '../i18n/useT.ts';
import { ReplaySearchBar } from '../replay/ReplaySearchBar.tsx';
import { seekStep, useRunStore } from '../state/runStore.ts';
import { useScrolledToEnd } from './useScrolledToEnd.ts';

/** The event log in ZooKeeper 3.8's format; clicking a line goes to the moment after its step. */
export function LogPanel() {
  const t = useT();
  // A step of 51 voters replaces the whole window of lines: React renders and lays them out after the
  // stage's frame (a deferred value), so the ring keeps moving while the log catches up.
  const log = useDeferredValue(useRunStore((s) => s.frame?.log));
  const step = useDeferredValue(useRunStore((s) => s.frame?.step ?? 0));
  return (
    <section className="log-panel" aria-label={t('log.heading')}>
      <p className="hint">{t('log.hint')}</p>
      <ReplaySearchBar />
      {!log?.length ? <p className="hint">{t('log.empty')}</p> : <LogLines log={log} step={step} />}
    </section>
  );
}

/** The lines of the log, scrolled to the newest; rendered again only for a new log or step. */
const LogLines = memo(function LogLines({ log, step }: { log: readonly LogLineView[]; step: number }) {
  const t = useT();
  const listRef = useRef<HTMLOListElement>(null);
  const lineKeys = useMemo(() => stableKeys(log), [log]);
  useScrolledToEnd(listRef, log);
  return (
    <ol className="log" ref={listRef} data-testid="event-log">
      {log.map((l, i) => (
        <li key={lineKeys[i]} data-current={l.step === step - 1 ? 'true' : undefined}>
          <button type="button" className="log-line" onClick={() => seekStep(l.step + 1)}
            title={l.source && t('log.source', { file: l.source.file, lines: l.source.endLine > l.source.line ? `${l.source.line}–${l.source.endLine}` : l.source.line })}>
            {l.text}
          </button>
        </li>
      ))}
    </ol>
  );
});

/**
 * A key per line that stays the same while the log's window slides: the step and the line's place
 * counted from the end of its step (the window loses a step's first lines, never its last ones), so
 * React keeps the lines it already drew instead of rebuilding all of them every step.
 */
export function stableKeys(log: readonly { readonly step: number }[]): string[] {
  const keys = new Array<string>(log.length);
  let n = 0;
  for (let i = log.length - 1; i >= 0; i--) {
    n = i < log.length - 1 && log[i + 1].step === log[i].step ? n + 1 : 0;
    keys[i] = `${log[i].step}-${n}`;
  }
  return keys;
}
