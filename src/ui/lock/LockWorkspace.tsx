import { HERD_LOCK_PATH, LOCK_PATH } from '../../worker/protocol.ts';
import { WirePanel } from '../data/WirePanel.tsx';
import { useT } from '../i18n/useT.ts';
import { LockLane } from './LockLane.tsx';

/** zkCli's default session timeout, which a killed holder's successor waits out. */
const SESSION_TIMEOUT_MS = 30_000;

/** The lock demo (issue 5): the recipe and herd mode side by side, above the client connections. */
export default function LockWorkspace() {
  const t = useT();
  return (
    <section className="lock-workspace" aria-label={t('lock.region')}>
      {/* The tab's heading, for screen readers: each lane's heading (h3) sits under it. */}
      <h2 className="visually-hidden">{t('lock.region')}</h2>
      <div className="lock-intro panel">
        <p>{t('lock.intro')}</p>
        <p className="hint">{t('lock.hint', { ms: SESSION_TIMEOUT_MS })}</p>
      </div>
      <div className="lock-lanes">
        <LockLane path={LOCK_PATH} herd={false} />
        <LockLane path={HERD_LOCK_PATH} herd />
      </div>
      <WirePanel />
    </section>
  );
}
