import { useT } from '../i18n/useT.ts';
import { useLiveStore } from './liveStore.ts';

/** The state of the link to the bridge and of the bridge's own ZooKeeper session, announced politely. */
export function LiveStatus() {
  const t = useT();
  const link = useLiveStore((s) => s.link);
  const url = useLiveStore((s) => s.url);
  const hello = useLiveStore((s) => s.hello);
  // The bridge announces its session only when it changes; before the first change, a tree (walked only
  // while connected) says it is up.
  const connection = useLiveStore((s) => s.connection ?? (s.tree.length > 0 ? 'connected' : null));
  const lastError = useLiveStore((s) => s.lastError);
  const servers = useLiveStore((s) => s.servers);
  // Filtered outside the selector: a selector must return a stable value, not a fresh array per call.
  const lost = servers.filter((x) => x.mode === 'unreachable' || x.mode === 'not-serving');
  const linkText =
    link.kind === 'open' ? t('live.linkOpen', { url })
      : link.kind === 'connecting' ? t('live.linkConnecting', { url, attempt: link.attempt })
        : link.kind === 'waiting' ? t('live.linkLost', { url, s: Math.round(link.retryInMs / 1000), reason: link.reason })
          : link.kind === 'refused' ? t(link.because === 'token' ? 'live.refusedToken' : 'live.refusedOrigin', { reason: link.reason, origin: location.origin })
            : t('live.linkClosed');
  return (
    <div className={`live-status live-${link.kind}`}>
      <p role="status" data-testid="live-status">{linkText}</p>
      {link.kind === 'open' && hello && (
        <p>
          {t('live.ensemble', { servers: hello.ensemble.join(', ') })}{' '}
          {connection !== null && `${t(connection === 'connected' ? 'live.sessionUp' : connection === 'expired' ? 'live.sessionExpired' : 'live.sessionDown')} `}
          {t(hello.commandsEnabled ? 'live.commandsOn' : 'live.commandsOff')}
        </p>
      )}
      {link.kind === 'open' && lost.map((x) => (
        <p key={x.address} className="notice" role="alert">{t('live.serverLost', { address: x.address, mode: x.mode, error: x.error ?? '-' })}</p>
      ))}
      {lastError && <p className="notice" role="alert">{t('live.error', { message: lastError })}</p>}
    </div>
  );
}
