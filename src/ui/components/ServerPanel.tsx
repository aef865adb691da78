import { kindOf } from '../../worker/protocol.ts';
import { useT } from '../i18n/useT.ts';
import { act, selectServer, useRunStore } from '../state/runStore.ts';
import { messageText } from './labels.ts';
import { TallyPanel } from './TallyPanel.tsx';
import { MessageFaults } from '../faults/MessageFaults.tsx';
import { ServerFaults } from '../faults/ServerFaults.tsx';

/** The selected message: its fields, and a button to drop it. */
function MessageCard() {
  const t = useT();
  const id = useRunStore((s) => s.selectedMessage);
  const m = useRunStore((s) => s.frame?.messages.find((x) => x.id === id));
  const replay = useRunStore((s) => s.frame?.replay === true);
  if (!m) return null;
  return (
    <div className="message-card" data-testid="message-card">
      <h3>{t('message.heading', { id: m.id, kind: kindOf(m.payload), from: m.from, to: m.to })}</h3>
      <p>{messageText(t, m)}</p>
      <p className="hint">{t('message.timing', { sent: m.sentAt, deliver: m.deliverAt })}</p>
      {!replay && <MessageFaults m={m} />}
      <p className="hint">{t('message.hint')}</p>
    </div>
  );
}

/** The server menu (stop, start, isolate, cut) and the vote tally of the selected server. */
export function ServerPanel() {
  const t = useT();
  const frame = useRunStore((s) => s.frame);
  const sid = frame?.selected ?? null;
  const server = frame?.servers.find((s) => s.id === sid);
  return (
    <section className="panel server-panel" aria-label={server ? t('panel.server', { id: server.id }) : t('panel.serverHint')}>
      <MessageCard />
      {server ? (
        <div className="server-menu" role="group" aria-label={t('panel.server', { id: server.id })}>
          <h3>{t('panel.server', { id: server.id })} · {server.state}</h3>
          <div className="buttons">
            {/* What real servers did (a log replay) cannot be changed: no faults then. */}
            {frame?.replay ? null : server.state === 'STOPPED' ? (
              <button type="button" onClick={() => act({ do: 'start', server: server.id })}>{t('action.start')}</button>
            ) : (
              <>
                <button type="button" onClick={() => act({ do: 'stop', server: server.id, signal: 'TERM' })}>{t('action.stopTerm')}</button>
                <button type="button" onClick={() => act({ do: 'stop', server: server.id, signal: 'KILL' })}>{t('action.stopKill')}</button>
              </>
            )}
            {!frame?.replay && <button type="button" onClick={() => act({ do: 'isolate', server: server.id })}>{t('action.isolate')}</button>}
            {!frame?.replay && <button type="button" onClick={() => act({ do: 'cutAll', server: server.id })}>{t('action.cutAll')}</button>}
            <button type="button" onClick={() => selectServer(null)}>{t('panel.close')}</button>
          </div>
          {!frame?.replay && server.state !== 'STOPPED' && <ServerFaults sid={server.id} />}
        </div>
      ) : (
        <p className="hint">{t('panel.serverHint')}</p>
      )}
      {frame?.tally && <TallyPanel tally={frame.tally} />}
    </section>
  );
}
