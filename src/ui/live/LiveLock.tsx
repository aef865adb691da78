import { useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { lockLive, useLiveStore } from './liveStore.ts';

const CONTENDERS = ['a', 'b', 'c'] as const;

/**
 * The lock recipe against the real ensemble: each contender is its own ZooKeeper session (held by the
 * bridge) that creates an ephemeral sequential node under the lock path and watches its predecessor.
 */
export function LiveLock() {
  const t = useT();
  const [path, setPath] = useState('/locks');
  const enabled = useLiveStore((s) => s.link.kind === 'open' && !!s.hello?.commandsEnabled);
  const locks = useLiveStore((s) => s.locks);
  const validPath = /^\/[^\s]*[^/\s]$/.test(path);
  return (
    <section className="panel live-lock" aria-labelledby="live-lock-heading">
      <h3 id="live-lock-heading">{t('live.lockHeading')}</h3>
      <p className="hint">{t('live.lockIntro')}</p>
      <label>
        <span>{t('live.lockPath')}</span>
        <input value={path} onChange={(e) => setPath(e.currentTarget.value)} aria-invalid={!validPath} spellCheck={false} />
      </label>
      <ul className="lock-contenders" data-testid="live-lock">
        {CONTENDERS.map((c) => {
          const l = locks[c];
          const holds = l?.state === 'acquired' || l?.state === 'waiting';
          return (
            <li key={c}>
              <span className={`lock-state lock-${l?.state ?? 'idle'}`}>
                {t('live.contender', { name: c })}: {l ? t(`live.lock.${l.state}`, { node: l.node, waitingFor: l.waitingFor ?? '-' }) : t('live.lock.idle')}
              </span>
              <button type="button" disabled={!enabled || !validPath || holds} onClick={() => lockLive(c, 'acquire', path)}>{t('live.acquire', { name: c })}</button>
              <button type="button" disabled={!enabled || l?.state !== 'acquired'} onClick={() => lockLive(c, 'release', path)}>{t('live.release', { name: c })}</button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
