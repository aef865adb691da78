import { PRESETS, type PresetId } from '../../worker/protocol.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useT } from '../i18n/useT.ts';
import { act, loadPreset, selectBranch, share, useRunStore } from '../state/runStore.ts';

/** Scenario picker, branch menu, Share, Heal and the invariant badge. */
export function RunToolbar() {
  const t = useT();
  const frame = useRunStore((s) => s.frame);
  const preset = useRunStore((s) => s.preset);
  const shareUrl = useRunStore((s) => s.shareUrl);
  const inv = frame?.invariant;
  return (
    <div className="run-toolbar">
      <label>
        <span>{t('scenario.label')}</span>
        <select value={preset ?? 'shared'} onChange={(e) => loadPreset(e.currentTarget.value as PresetId)}>
          {preset === null && <option value="shared">{t('preset.shared')}</option>}
          {PRESETS.map((p) => (
            <option key={p} value={p}>{t(`preset.${p}` as MessageKey)}</option>
          ))}
        </select>
      </label>
      {frame && frame.branches.length > 1 && (
        <label>
          <span>{t('branch.label')}</span>
          <select value={frame.branch} onChange={(e) => selectBranch(Number(e.currentTarget.value))}>
            {frame.branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.parent === null ? t('branch.main', { actions: b.actions }) : t('branch.fork', { id: b.id, step: b.forkStep, actions: b.actions })}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" onClick={() => act({ do: 'heal' })} disabled={!frame || frame.links.every((l) => l.state === 'up')}>
        {t('controls.heal')}
      </button>
      <button type="button" onClick={share} disabled={!frame}>{t('controls.share')}</button>
      <button type="button" onClick={() => useRunStore.setState({ shortcutsOpen: true })}>{t('controls.shortcuts')}</button>
      {inv && (
        <span className={`badge ${inv.ok ? 'ok' : 'bad'}`} data-testid="invariant-badge">
          {inv.ok ? t('invariant.ok') : t('invariant.broken', { property: inv.property, detail: inv.detail })}
        </span>
      )}
      {shareUrl && (
        <label className="share-url">
          <span>{t('controls.shareDone')}</span>
          <input readOnly value={shareUrl} aria-label={t('controls.shareLabel')} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
