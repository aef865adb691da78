import { useT } from '../i18n/useT.ts';
import { useLiveStore } from './liveStore.ts';

/** The client connections (`cons`) and the watches per session (`wchc`) of every server. */
export function LiveSessions() {
  const t = useT();
  const sessions = useLiveStore((s) => s.sessions);
  const watches = useLiveStore((s) => s.watches);
  return (
    <section className="panel" aria-labelledby="live-sessions-heading">
      <h3 id="live-sessions-heading">{t('live.sessionsHeading', { n: sessions.length })}</h3>
      {sessions.length === 0 ? <p className="hint">{t('live.none')}</p> : (
        <table className="live-table" data-testid="live-sessions">
          <thead>
            <tr><th scope="col">{t('live.colSession')}</th><th scope="col">{t('live.colServer')}</th><th scope="col">{t('live.colClient')}</th><th scope="col">{t('live.colTimeout')}</th><th scope="col">{t('live.colLastOp')}</th></tr>
          </thead>
          <tbody>
            {sessions.map((s, i) => (
              <tr key={`${s.server}-${s.client}-${i}`}>
                <td><code>{s.sessionId ?? '-'}</code></td><td>{s.server}</td><td>{s.client}</td><td>{s.timeoutMs ?? '-'}</td><td>{s.lastOperation ?? '-'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{t('live.watchesHeading', { n: watches.reduce((n, w) => n + w.paths.length, 0) })}</h4>
      {watches.length === 0 ? <p className="hint">{t('live.none')}</p> : (
        <ul className="live-watches">
          {watches.map((w) => <li key={`${w.server}-${w.sessionId}`}><code>{w.sessionId}</code> @ {w.server}: {w.paths.join(', ')}</li>)}
        </ul>
      )}
    </section>
  );
}
