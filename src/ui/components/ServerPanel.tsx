import { useT } from '../i18n/useT.ts';
import { act, selectServer, useRunStore } from '../state/runStore.ts';
import { TallyPanel } from './TallyPanel.tsx';
import { ServerFaults } from '../faults/ServerFaults.tsx';
import { isolatedAfter, pendingLook, stoppedAfter } from '../views/pending.ts';
import { comingText } from './labels.ts';

/** The server menu (stop, start, isolate, cut) and the vote tally of the selected server. */
export function ServerPanel() {
  const t = useT();
  // Narrow selections: the selected server's view object and the tally keep their identity across
  // frames that do not change them, so such frames render nothing here.
  const server = useRunStore((s) => s.frame?.servers.find((x) => x.id === s.frame?.selected));
  const replay = useRunStore((s) => s.frame?.replay === true);
  const tally = useRunStore((s) => s.frame?.tally);
  // What the buttons offer follows the actions already taken while paused, not only the state shown now:
  // after Stop the button reads Start at once, after Isolate it reads Reconnect.
  const stopped = useRunStore((s) => (server && s.frame ? stoppedAfter(s.frame, server.id) : false));
  const isolated = useRunStore((s) => (server && s.frame ? isolatedAfter(s.frame, server.id) : false));
  const coming = useRunStore((s) => (server && s.frame ? pendingLook(s.frame).running.get(server.id) : undefined));
  return (
    <section className="server-panel" aria-label={server ? t('panel.server', { id: server.id }) : t('panel.serverHint')}>
      {server ? (
        <div className="server-menu" role="group" aria-label={t('panel.server', { id: server.id })}>
          <h3>
            {t('panel.server', { id: server.id })} · {server.state}
            {coming && <span className="coming" data-testid="server-coming"> · {comingText(t, coming.value ? 'start' : 'stop', coming.step)}</span>}
          </h3>
          <div className="buttons">
            {/* What real servers did (a log replay) cannot be changed: no faults then. */}
            {replay ? null : stopped ? (
              <button type="button" onClick={() => act({ do: 'start', server: server.id })}>{t('action.start')}</button>
            ) : (
              <>
                <button type="button" onClick={() => act({ do: 'stop', server: server.id, signal: 'TERM' })}>{t('action.stopTerm')}</button>
                <button type="button" onClick={() => act({ do: 'stop', server: server.id, signal: 'KILL' })}>{t('action.stopKill')}</button>
              </>
            )}
            {!replay && (isolated ? (
              <button type="button" onClick={() => act({ do: 'reconnect', server: server.id })}>{t('action.reconnect')}</button>
            ) : (
              <>
                <button type="button" onClick={() => act({ do: 'isolate', server: server.id })}>{t('action.isolate')}</button>
                <button type="button" onClick={() => act({ do: 'cutAll', server: server.id })}>{t('action.cutAll')}</button>
              </>
            ))}
            <button type="button" onClick={() => selectServer(null)}>{t('panel.close')}</button>
          </div>
          {!replay && !stopped && <ServerFaults sid={server.id} />}
        </div>
      ) : (
        <p className="hint">{t('panel.serverHint')}</p>
      )}
      {tally && <TallyPanel tally={tally} />}
    </section>
  );
}
