import { useT } from '../i18n/useT.ts';
import { ScenariosMenu } from '../scenarios/ScenariosMenu.tsx';
import { ScenarioTitle } from '../scenarios/ScenarioInfo.tsx';
import { TeachingControls } from '../scenarios/TeachingControls.tsx';
import { shareMoment } from '../scenarios/teachingStore.ts';
import { act, selectBranch, useRunStore } from '../state/runStore.ts';
import { linksAfter } from '../views/pending.ts';

/** The branch menu, shown once acting while rewound has made a second branch. */
function BranchSelect() {
  const t = useT();
  const branch = useRunStore((s) => s.frame?.branch ?? 0);
  const branches = useRunStore((s) => s.frame?.branches);
  if (!branches || branches.length < 2) return null;
  return (
    <label className="branch-select">
      <span>{t('branch.label')}</span>
      <select value={branch} onChange={(e) => selectBranch(Number(e.currentTarget.value))}>
        {branches.map((b) => (
          <option key={b.id} value={b.id}>
            {b.parent === null ? t('branch.main', { actions: b.actions }) : t('branch.fork', { id: b.id, step: b.forkStep, actions: b.actions })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Share, and the link it made in a popover under the button (it never pushes the stage down). */
function ShareControl() {
  const t = useT();
  const canShare = useRunStore((s) => s.frame !== null && !s.frame.replay);
  const shareUrl = useRunStore((s) => s.shareUrl);
  return (
    <span className="share-control">
      <button type="button" onClick={shareMoment} disabled={!canShare}>{t('controls.share')}</button>
      {shareUrl && (
        <label className="share-url">
          <span>{t('controls.shareDone')}</span>
          <input readOnly value={shareUrl} aria-label={t('controls.shareLabel')} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => useRunStore.setState({ shareUrl: null })}>{t('panel.close')}</button>
        </label>
      )}
    </span>
  );
}

/** The run's toolbar: Scenarios and the scenario's title, branches, Heal (when a link is broken), Share, teaching controls, shortcuts, the invariant badge. */
export function RunToolbar() {
  const t = useT();
  // Links as they will be once actions taken while paused are carried out: Heal shows at once after a cut.
  const broken = useRunStore((s) => (s.frame ? linksAfter(s.frame).some((l) => l.state !== 'up') : false));
  const inv = useRunStore((s) => s.frame?.invariant);
  return (
    <div className="run-toolbar">
      <ScenariosMenu />
      <ScenarioTitle />
      <BranchSelect />
      {broken && <button type="button" onClick={() => act({ do: 'heal' })}>{t('controls.heal')}</button>}
      <ShareControl />
      <TeachingControls />
      <button type="button" className="shortcuts-button" onClick={() => useRunStore.setState({ shortcutsOpen: true })}>{t('controls.shortcutsShort')}</button>
      {inv && (
        <span className={`badge ${inv.ok ? 'ok' : 'bad'}`} data-testid="invariant-badge">
          {inv.ok ? t('invariant.ok') : t('invariant.broken', { property: inv.property, detail: inv.detail })}
        </span>
      )}
    </div>
  );
}
