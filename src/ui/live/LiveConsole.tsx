import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT.ts';
import { runLive, useLiveStore } from './liveStore.ts';
import { useScrolledToEnd } from '../components/useScrolledToEnd.ts';

/** A zkCli console on the real ensemble, one ZooKeeper session per session name (run by the bridge). */
export function LiveConsole() {
  const t = useT();
  const [session, setSession] = useState('cli1');
  const [line, setLine] = useState('');
  const enabled = useLiveStore((s) => s.link.kind === 'open' && !!s.hello?.commandsEnabled);
  const lines = useLiveStore((s) => s.consoles[session]);
  const out = useRef<HTMLOListElement>(null);
  useScrolledToEnd(out, lines);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (line.trim() === '' || !enabled) return;
    runLive(session, line.trim());
    setLine('');
  };
  return (
    <section className="panel live-console" aria-labelledby="live-console-heading">
      <h3 id="live-console-heading">{t('live.consoleHeading')}</h3>
      {!enabled && <p className="hint">{t('live.commandsNeeded')}</p>}
      <ol className="console-output" ref={out} role="log" aria-label={t('live.consoleOutput', { session })} data-testid="live-console-output">
        {(lines ?? []).map((l, i) => <li key={i}>{l}</li>)}
      </ol>
      <form onSubmit={submit} className="console-form">
        <label>
          <span>{t('live.session')}</span>
          <input value={session} size={6} onChange={(e) => setSession(e.currentTarget.value.replace(/\s/g, '') || 'cli1')} />
        </label>
        <label className="grow">
          <span>{t('live.command')}</span>
          <input value={line} onChange={(e) => setLine(e.currentTarget.value)} disabled={!enabled} placeholder="ls /" spellCheck={false} />
        </label>
        <button type="submit" disabled={!enabled || line.trim() === ''}>{t('live.run')}</button>
      </form>
    </section>
  );
}
