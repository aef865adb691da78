import { usePhraseText, useT } from '../i18n/useT.ts';
import { loadPreset } from '../state/runStore.ts';
import { useReplayStore } from './replayStore.ts';

/** Lines listed at once in the "not understood" table; the count above it is always complete. */
const LIST_CAP = 500;

/**
 * What the open replay holds: the files, each server's final state, the notifications, and every line
 * that was not understood (file, line, reason) — counted and listed, never silently dropped.
 */
export function ReplayBanner() {
  const t = useT();
  const text = usePhraseText();
  const info = useReplayStore((s) => s.info);
  const sample = useReplayStore((s) => s.openSample);
  if (!info) return null;
  const shown = info.unparsed.slice(0, LIST_CAP);
  return (
    <section className="replay-banner" aria-labelledby="replay-banner-heading" data-testid="replay-banner">
      <h2 id="replay-banner-heading">{t('replay.bannerHeading', { files: info.files.length })}</h2>
      <p>
        {t('replay.summary', { notifications: info.notifications, messages: info.messages, unparsed: info.unparsed.length })}
        {info.originMs !== null && ` ${t('replay.origin', { time: new Date(info.originMs).toISOString().replace('T', ' ').replace('Z', '') })}`}
      </p>
      {sample && (
        <div data-testid="replay-sample">
          <h3>{t(sample.title)}</h3>
          <p>{t(sample.explain)}</p>
          <details>
            <summary>{t('replay.sampleText')}</summary>
            <pre className="sample-text">{sample.text}</pre>
          </details>
        </div>
      )}
      <p data-testid="replay-layouts">{t('replay.layouts', { list: info.layouts.map((l) => `${l.file}: ${t(`replay.layout.${l.layout}` as 'replay.layout.zookeeper')}`).join('; ') })}</p>
      {info.clockShifts.map((c) => (
        <p key={c.server} data-testid="clock-shift">{t('replay.clockShift', { id: c.server, shift: `${c.shiftMs > 0 ? '+' : '−'}${(Math.abs(c.shiftMs) / 1000).toFixed(3)}` })}</p>
      ))}
      {Object.keys(info.skipped).length > 0 && (
        <p data-testid="replay-skipped">{t('replay.skipped', { blank: info.skipped['blank'] ?? 0, fence: info.skipped['fence'] ?? 0, comment: info.skipped['comment'] ?? 0, heading: info.skipped['heading'] ?? 0 })}</p>
      )}
      <ul className="replay-servers">
        {info.servers.map((s) => (
          <li key={s.id}>
            {t('replay.serverLine', { id: s.id, state: s.finalState, leader: s.leader ?? '-', files: s.files.join(', '), lines: s.lines })}
          </li>
        ))}
      </ul>
      {info.unparsed.length > 0 && (
        <details data-testid="unparsed">
          <summary>{t('replay.unparsedHeading', { n: info.unparsed.length })}</summary>
          <table className="unparsed-table">
            <thead><tr><th scope="col">{t('replay.colFile')}</th><th scope="col">{t('replay.colLine')}</th><th scope="col">{t('replay.colReason')}</th><th scope="col">{t('replay.colText')}</th></tr></thead>
            <tbody>
              {shown.map((u) => (
                <tr key={`${u.file}:${u.line}`}><td>{u.file}</td><td>{u.line}</td><td>{text(u.reason)}</td><td><code>{u.text}</code></td></tr>
              ))}
            </tbody>
          </table>
          {info.unparsed.length > shown.length && <p className="hint">{t('replay.unparsedMore', { n: info.unparsed.length - shown.length })}</p>}
        </details>
      )}
      <p className="hint">{t('replay.hint')}</p>
      <button type="button" onClick={() => loadPreset('three')}>{t('replay.back')}</button>
    </section>
  );
}
