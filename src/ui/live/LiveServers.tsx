import { useT } from '../i18n/useT.ts';
import { useLiveStore } from './liveStore.ts';

/** Each real server's mode, zxid and epoch as `srvr` reported them; an unreachable server is marked. */
export function LiveServers() {
  const t = useT();
  const servers = useLiveStore((s) => s.servers);
  const at = useLiveStore((s) => s.serversAt);
  return (
    <section className="panel" aria-labelledby="live-servers-heading">
      <h3 id="live-servers-heading">{t('live.serversHeading')}</h3>
      {servers.length === 0 ? <p className="hint">{t('live.waiting')}</p> : (
        <table className="live-table" data-testid="live-servers">
          <thead>
            <tr>
              <th scope="col">{t('live.colServer')}</th><th scope="col">{t('live.colMode')}</th><th scope="col">zxid</th>
              <th scope="col">{t('live.colEpoch')}</th><th scope="col">{t('live.colNodes')}</th><th scope="col">{t('live.colConnections')}</th>
            </tr>
          </thead>
          <tbody>
            {servers.map((s) => (
              <tr key={s.address} className={`mode-${s.mode}`}>
                <th scope="row">{s.address}</th>
                <td>{s.mode}{s.error && <span className="hint"> ({s.error})</span>}</td>
                <td><code>{s.zxid ?? '-'}</code></td>
                <td>{s.epoch ?? '-'}</td>
                <td>{s.nodeCount ?? '-'}</td>
                <td>{s.connections ?? '-'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {at !== null && <p className="hint">{t('live.polledAt', { time: new Date(at).toLocaleTimeString() })}</p>}
    </section>
  );
}
