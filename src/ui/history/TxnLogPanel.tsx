import { useId } from 'react';
import type { ServerHistory } from '../../worker/protocol.ts';
import { useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';
import { BroadcastSection } from './BroadcastSection.tsx';
import { factsOf, logItems, syncText } from './historyText.ts';

/** Most items listed per server; older ones are counted, not listed (the strip still shows them). */
const ITEMS_PER_SERVER = 300;

function SyncLine({ h }: { h: ServerHistory }) {
  const t = useT();
  if (!h.sync) return null;
  const s = syncText(t, h.sync);
  return (
    <div className="history-sync" data-testid={`sync-${h.sid}`} data-mode={h.sync.mode} data-stage={h.sync.stage}>
      <strong>{s.title}</strong> · <span>{s.stage}</span>
      <p>{t(`history.mode.${h.sync.mode}`)}</p>
      <p>{s.reason}</p>
    </div>
  );
}

function ServerLog({ h, needed }: { h: ServerHistory; needed: number }) {
  const t = useT();
  const headingId = useId();
  const { items, omitted } = logItems(t, h.runs, needed, ITEMS_PER_SERVER);
  return (
    <section className="history-server" aria-labelledby={headingId} data-running={h.running ? 'true' : 'false'}>
      <h3 id={headingId}>{t('history.server', { id: h.sid })}</h3>
      {!h.running && <p className="history-stopped">{t('history.stopped')}</p>}
      <p className="history-facts">{factsOf(t, h).join(' · ')}</p>
      <SyncLine h={h} />
      {omitted > 0 && <p className="hint">{t('history.more', { count: omitted })}</p>}
      <ul className="history-list" aria-label={t('history.listLabel', { id: h.sid })}>
        {h.snapshot && (
          <li className="history-item" data-kind="snapshot" aria-label={t('history.snapshot', { zxid: h.snapshot })}>
            {t('history.snapshotShort', { zxid: h.snapshot })}
          </li>
        )}
        {items.length === 0 && !h.snapshot && <li className="hint">{t('history.empty')}</li>}
        {items.map((it) => (
          <li key={it.key} className="history-item" data-state={it.state} data-on-disk={it.onDisk ? 'true' : 'false'} aria-label={it.text}>
            {it.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The "Transaction logs" region: every server's log as a list, its snapshot, epochs and sync; then broadcast. */
export function TxnLogPanel() {
  const histories = useRunStore((s) => s.frame?.histories);
  const voters = useRunStore((s) => s.frame?.voters ?? 0);
  if (!histories || histories.length === 0) return null;
  const needed = Math.floor(voters / 2) + 1;
  return (
    // Not a landmark of its own: its panel frame is the region "Transaction logs" (one landmark per name).
    <div className="txn-logs">
      {/* It scrolls on its own when the servers' logs are long: focusable, so the keyboard can scroll it. */}
      <div className="history-servers" tabIndex={0}>
        {histories.map((h) => <ServerLog key={h.sid} h={h} needed={needed} />)}
      </div>
      <BroadcastSection />
    </div>
  );
}
