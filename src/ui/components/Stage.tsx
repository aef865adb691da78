import { lazy, Suspense } from 'react';
import { useT } from '../i18n/useT.ts';
import { EnsembleRegion } from './EnsembleRegion.tsx';
import { LegendToggle } from './Legend.tsx';
import { StatusLine } from './StatusLine.tsx';
import { TimeControls } from './TimeControls.tsx';
import { WorkspaceTabs } from './WorkspaceTabs.tsx';

// The data views are loaded after first render to keep the initial bundle small.
const DataWorkspace = lazy(() => import('../data/DataWorkspace.tsx'));
const LockWorkspace = lazy(() => import('../lock/LockWorkspace.tsx'));
const BreakItPanel = lazy(() => import('../breakit/BreakItPanel.tsx'));

const VIEWS = {
  cluster: () => <EnsembleRegion />,
  data: () => (
    <Suspense fallback={null}>
      <DataWorkspace />
    </Suspense>
  ),
  lock: () => (
    <Suspense fallback={null}>
      <LockWorkspace />
    </Suspense>
  ),
  breakit: () => (
    <Suspense fallback={null}>
      <BreakItPanel />
    </Suspense>
  ),
};

/**
 * The stage: the centre of the workbench. The view tabs (cluster, znodes and clients, lock demo) over
 * the drawing, and the transport under it, like a video player's controls.
 */
export function Stage() {
  const t = useT();
  return (
    <section className="stage" aria-label={t('stage.label')} data-testid="stage">
      <WorkspaceTabs
        panels={VIEWS}
        extra={
          <>
            <StatusLine />
            <LegendToggle />
          </>
        }
      />
      <TimeControls />
    </section>
  );
}
