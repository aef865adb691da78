import type { MouseEvent } from 'react';
import { useT } from '../i18n/useT.ts';
import { useDataStore } from '../state/dataStore.ts';

/** The stage's id: the ensemble drawing and its transport, where the skip link takes keyboard users. */
export const STAGE_ID = 'stage';

/**
 * The first Tab stop: jumps past the header and toolbars to the stage (on the Cluster tab, where the stage
 * is). It moves focus itself rather than following `#stage`: the page's fragment is the share link.
 * Embedded (?embed=1) the header is hidden, so the page's name stays here as a heading for screen readers.
 */
export function SkipLink() {
  const t = useT();
  const onStage = useDataStore((s) => s.tab === 'cluster');
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    document.getElementById(STAGE_ID)?.focus();
  };
  return (
    <nav className="skip-nav" aria-label={t('skip.label')}>
      <h1 className="embed-title">{t('app.name')}</h1>
      {onStage && <a className="skip-link" href={`#${STAGE_ID}`} onClick={skip}>{t('skip.toStage')}</a>}
    </nav>
  );
}
