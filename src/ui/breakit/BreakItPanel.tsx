import './breakit.css';
import type { Finding } from '../../worker/protocol.ts';
import { BREAKIT_SIZES, FAULT_KINDS, MAX_BREAKIT_SEEDS } from '../../worker/protocol.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useT } from '../i18n/useT.ts';
import { cancelSearch, openFinding, setSearch, startSearch, useBreakItStore } from './breakItStore.ts';

const SEED_CHOICES = [50, 200, 1000, 5000, 20000] as const;

function FindingRow({ f }: { f: Finding }) {
  const t = useT();
  const params = { value: f.value, seed: f.seed, detail: f.detail ?? '', at: f.at };
  return (
    <li className={`finding finding-${f.kind}`} data-kind={f.kind}>
      <span className="finding-what">{t(`breakit.finding.${f.kind}` as MessageKey, params)}</span>
      <span className="hint">{t('breakit.findingSeed', params)}</span>
      <button type="button" aria-label={t('breakit.openLabel', params)} onClick={() => openFinding(f)}>{t('breakit.open')}</button>
    </li>
  );
}

/** Break it: choose an ensemble, a fault mix and seeds, watch the search, open what it found. */
export default function BreakItPanel() {
  const t = useT();
  const s = useBreakItStore();
  const running = s.status === 'running';
  const pct = s.total > 0 ? Math.round((100 * s.done) / s.total) : 0;
  return (
    <section className="panel breakit" aria-labelledby="breakit-heading">
      <h2 id="breakit-heading">{t('breakit.heading')}</h2>
      <p className="hint">{t('breakit.intro')}</p>
      <form className="breakit-form" onSubmit={(e) => { e.preventDefault(); if (!running) startSearch(); }}>
        <label>
          {t('breakit.size')}
          <select value={s.voters} disabled={running} onChange={(e) => setSearch({ voters: Number(e.currentTarget.value) })}>
            {BREAKIT_SIZES.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
        <label>
          {t('breakit.seeds')}
          <select value={s.seeds} disabled={running} onChange={(e) => setSearch({ seeds: Math.min(MAX_BREAKIT_SEEDS, Number(e.currentTarget.value)) })}>
            {SEED_CHOICES.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
        <fieldset disabled={running}>
          <legend>{t('breakit.faults')}</legend>
          {FAULT_KINDS.map((k) => (
            <label key={k}>
              <input
                type="checkbox" checked={s.faults.includes(k)}
                onChange={(e) => setSearch({ faults: e.currentTarget.checked ? FAULT_KINDS.filter((x) => x === k || s.faults.includes(x)) : s.faults.filter((x) => x !== k) })}
              />
              {t(`breakit.fault.${k}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <div className="buttons">
          <button type="submit" className="primary" disabled={running}>{t('breakit.run')}</button>
          <button type="button" disabled={!running} onClick={cancelSearch}>{t('breakit.cancel')}</button>
        </div>
      </form>
      {s.status !== 'idle' && (
        <div className="breakit-progress">
          <div role="progressbar" aria-label={t('breakit.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={`${pct}%`} className="bar">
            <span style={{ width: `${pct}%` }} />
          </div>
          <p role="status">
            {s.status === 'cancelled' ? t('breakit.cancelled', { done: s.done, total: s.total })
              : s.status === 'finished' ? t('breakit.finished', { total: s.total })
                : s.status === 'refused' ? t('breakit.refused', { problem: s.problem ?? '' })
                  : t('breakit.progressText', { done: s.done, total: s.total, rate: s.seedsPerSec })}
          </p>
        </div>
      )}
      {s.status !== 'idle' && (
        <>
          <h3>{t('breakit.findings')}</h3>
          {s.findings.length === 0 ? <p className="hint">{t('breakit.noFindings')}</p> : (
            <ol className="findings" aria-label={t('breakit.findings')}>{s.findings.map((f) => <FindingRow key={`${f.kind}-${f.seed}`} f={f} />)}</ol>
          )}
        </>
      )}
    </section>
  );
}
