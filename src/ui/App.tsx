import { lazy, Suspense, useEffect } from 'react';
import { AppHeader } from './components/AppHeader.tsx';
import { EnsembleRegion } from './components/EnsembleRegion.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { LogPanel } from './components/LogPanel.tsx';
import { Notices } from './components/Notices.tsx';
import { PseudoCode } from './components/PseudoCode.tsx';
import { RunToolbar } from './components/RunToolbar.tsx';
import { ServerPanel } from './components/ServerPanel.tsx';
import { ShortcutsDialog } from './components/ShortcutsDialog.tsx';
import { StatusLine } from './components/StatusLine.tsx';
import { TimeControls } from './components/TimeControls.tsx';
import { WorkspaceTabs } from './components/WorkspaceTabs.tsx';
import { TxnLogPanel } from './history/TxnLogPanel.tsx';
import { installBenchHook } from './playback/benchHook.ts';
import { startPlaybackLoop } from './playback/loop.ts';
import { useKeyboard } from './playback/useKeyboard.ts';
import { openBridgeLinkOf } from './live/liveStore.ts';
import { RealBar } from './replay/RealBar.tsx';
import { connectRun, openLink } from './state/runStore.ts';
import { useDocumentLanguage } from './useDocumentLanguage.ts';
import { PredictCard } from './predict/PredictCard.tsx';
import { PredictControls } from './predict/PredictControls.tsx';
import { installPredict } from './predict/predictStore.ts';

// Secondary panels, loaded after first render to keep the initial bundle small.
const LamportPanel = lazy(() => import('./components/LamportPanel.tsx'));
const DataWorkspace = lazy(() => import('./data/DataWorkspace.tsx'));
const LockWorkspace = lazy(() => import('./lock/LockWorkspace.tsx'));
const BreakItPanel = lazy(() => import('./breakit/BreakItPanel.tsx'));

function ClusterWorkspace() {
  return (
    <>
      <div className="workspace">
        <EnsembleRegion />
        <ServerPanel />
      </div>
      <PredictCard />
      <div className="explain">
        <PseudoCode />
        <TxnLogPanel />
        <LogPanel />
        <Suspense fallback={null}>
          <LamportPanel />
        </Suspense>
      </div>
    </>
  );
}

const PANELS = {
  cluster: () => <ClusterWorkspace />,
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

/** The app: header, the run's toolbar and time controls, then the workspace tabs (cluster, znodes and clients, lock demo). */
export function App() {
  useDocumentLanguage();
  useKeyboard();
  useEffect(() => {
    const stopLoop = startPlaybackLoop();
    installBenchHook();
    const stopPredict = installPredict();
    // The bridge's printed link opens the live panel; any other fragment is a share link.
    const bridged = openBridgeLinkOf(location);
    const disconnect = connectRun(!bridged && location.hash.length > 1 ? location.hash : null);
    // A link pasted into the address bar of this open tab changes only the fragment: open it too. (Share
    // writes its own link with replaceState, which fires no hashchange.)
    const onHashChange = () => {
      if (!openBridgeLinkOf(location) && location.hash.length > 1) openLink(location.hash);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      disconnect();
      stopLoop();
      stopPredict();
    };
  }, []);
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <ErrorBoundary>
          <Notices />
          <RunToolbar />
          <RealBar />
          <TimeControls />
          <PredictControls />
          <StatusLine />
          <WorkspaceTabs panels={PANELS} />
          <ShortcutsDialog />
        </ErrorBoundary>
      </main>
    </div>
  );
}
