import { useState } from 'react';
import type { ClientView } from '../../worker/protocol.ts';
import { useT } from '../i18n/useT.ts';
import { actAndSettle, nextSessionName, SETTLE_MS } from '../state/clientActions.ts';
import { useRunStore } from '../state/runStore.ts';

/** Opens a new zkCli session connected to the chosen server. */
function NewClient() {
  const t = useT();
  const servers = useRunStore((s) => s.frame?.servers);
  // Select the stable array and derive names here: a selector returning a new array would re-render forever.
  const clients = useRunStore((s) => s.frame?.clients);
  const [server, setServer] = useState<number | null>(null);
  const sid = server ?? servers?.[0]?.id ?? 1;
  return (
    <form className="new-client" onSubmit={(e) => {
      e.preventDefault();
      // An empty first line starts the process (and its session) without running a command.
      actAndSettle({ do: 'client', session: nextSessionName('c', (clients ?? []).map((c) => c.name)), servers: [sid], command: '' });
    }}>
      <label>
        <span>{t('clients.newServer')}</span>
        <select value={sid} onChange={(e) => setServer(Number(e.currentTarget.value))}>
          {servers?.map((s) => <option key={s.id} value={s.id}>{`${t('tree.server', { id: s.id })} · ${s.state}`}</option>)}
        </select>
      </label>
      <button type="submit" className="primary">{t('clients.open')}</button>
    </form>
  );
}

function Row({ c }: { c: ClientView }) {
  const t = useT();
  // Whether the expiry is still ahead, not the time itself: a frame that only moves time re-renders no row.
  const expiresLater = useRunStore((s) => c.expiresAt !== null && c.expiresAt > (s.frame?.t ?? 0));
  const gone = c.state === 'CLOSED' || c.state === 'EXPIRED';
  return (
    <tr data-state={c.state}>
      <th scope="row">{c.name}</th>
      <td className="mono">{c.sessionId}</td>
      <td>{t('clients.timeout', { ms: c.timeout })}</td>
      <td>{c.server ?? '–'}</td>
      <td>
        <span className={`cstate s-${c.state}`}>{c.state}</span>
        {c.killed && !gone && <span className="hint"> · {t('clients.killed')}</span>}
        {c.killed && !gone && c.expiresAt !== null && expiresLater && <span className="hint"> · {t('clients.expires', { t: c.expiresAt })}</span>}
      </td>
      <td className="row-actions">
        <button type="button" disabled={gone || c.killed} aria-label={t('clients.killName', { name: c.name })} onClick={() => actAndSettle({ do: 'kill', session: c.name })}>
          {t('clients.kill')}
        </button>
        <button type="button" disabled={gone || c.killed} aria-label={t('clients.closeName', { name: c.name })}
          onClick={() => actAndSettle({ do: 'client', session: c.name, servers: [], command: 'close' })}>
          {t('clients.close')}
        </button>
      </td>
    </tr>
  );
}

/** Every client session: name, session id, timeout, server and state, with Kill and Close. */
export function ClientsPanel() {
  const t = useT();
  const clients = useRunStore((s) => s.frame?.clients);
  return (
    <section className="panel clients-panel" aria-label={t('clients.heading')}>
      <h3>{t('clients.heading')}</h3>
      {!clients?.length ? <p className="hint">{t('clients.empty')}</p> : (
        <table className="clients-table">
          <thead>
            <tr>
              {(['name', 'session', 'timeout', 'server', 'state', 'actions'] as const).map((k) => <th key={k} scope="col">{t(`clients.col.${k}`)}</th>)}
            </tr>
          </thead>
          <tbody>{clients.map((c) => <Row key={c.name} c={c} />)}</tbody>
        </table>
      )}
      <NewClient />
      <p className="hint">{t('clients.hint', { ms: SETTLE_MS })}</p>
    </section>
  );
}
