import { useT } from '../i18n/useT.ts';
import { ScenariosMenu } from '../scenarios/ScenariosMenu.tsx';
import { TeachingControls } from '../scenarios/TeachingControls.tsx';
import { TeachingRegion } from '../scenarios/TeachingRegion.tsx';
import { shareMoment } from '../scenarios/teachingStore.ts';
import { act, selectBranch, useRunStore } from '../state/runStore.ts';

/** The Scenarios menu, branch menu, Heal, Share, the teaching controls and the invariant badge; then the scenario's story and tour. */
export function RunToolbar() {
  const t = useT();
  // Narrow selections: each is the same value (or object) across frames that do not change it.
  const loaded = useRunStore((s) => s.frame !== null);
  const replay = useRunStore((s) => s.frame?.replay === true);
  const branch = useRunStore((s) => s.frame?.branch ?? 0);
  const branches = useRunStore((s) => s.frame?.branches);
  const allUp = useRunStore((s) => s.frame?.links.every((l) => l.state === 'up') ?? true);
  const inv = useRunStore((s) => s.frame?.invariant);
  const shareUrl = useRunStore((s) => s.shareUrl);
  return (
    <>
      <div className="run-toolbar">
        <ScenariosMenu />
        {branches && branches.length > 1 && (
          <label>
            <span>{t('branch.label')}</span>
            <select value={branch} onChange={(e) => selectBranch(Number(e.currentTarget.value))}>
              {branches.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.parent === null ? t('branch.main', { actions: b.actions }) : t('branch.fork', { id: b.id, step: b.forkStep, actions: b.actions })}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => act({ do: 'heal' })} disabled={!loaded || allUp}>
          {t('controls.heal')}
        </button>
        <button type="button" onClick={shareMoment} disabled={!loaded || replay}>{t('controls.share')}</button>
        <TeachingControls />
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
      <TeachingRegion />
    </>
  );
}
