import { useEffect, type CSSProperties } from 'react';
import { AppHeader } from './components/AppHeader.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { Notices } from './components/Notices.tsx';
import { ShortcutsDialog } from './components/ShortcutsDialog.tsx';
import { Stage } from './components/Stage.tsx';
import { PanelRegion, usePanelsIn } from './panels/PanelRegion.tsx';
import { PhoneSheet } from './panels/PhoneSheet.tsx';
import { Splitter } from './panels/Splitter.tsx';
import { useIsPhone } from './panels/useIsPhone.ts';
import { installBenchHook } from './playback/benchHook.ts';
import { installDebugHook } from './worker/debugHook.ts';
import { startPlaybackLoop } from './playback/loop.ts';
import { useKeyboard } from './playback/useKeyboard.ts';
import { openBridgeLinkOf } from './live/liveStore.ts';
import { RealViews } from './replay/RealBar.tsx';
import { TeachingRegion } from './scenarios/TeachingRegion.tsx';
import { usePanelStore } from './state/panelStore.ts';
import { connectRun, openLink } from './state/runStore.ts';
import { useDocumentLanguage } from './useDocumentLanguage.ts';
import { installPredict } from './predict/predictStore.ts';

/** The dock's state: absent (no panel in it), only headers (every panel collapsed), or open. */
function useDockState(): 'none' | 'collapsed' | 'open' {
  const ids = usePanelsIn('dock');
  const anyOpen = usePanelStore((s) => ids.some((id) => s.open.includes(id)));
  return ids.length === 0 ? 'none' : anyOpen ? 'open' : 'collapsed';
}

/**
 * The workbench: the stage (the ensemble and its transport) in the middle, the side column and the
 * bottom dock of panels around it, with handles to resize them; on a phone, the panels as tabs under it.
 */
function Workbench() {
  const phone = useIsPhone();
  const sidePct = usePanelStore((s) => s.sidePct);
  const dockPct = usePanelStore((s) => s.dockPct);
  const side = usePanelsIn('side').length > 0;
  const dock = useDockState();
  // Sizes are custom properties set through the CSSOM (the Content-Security-Policy forbids style attributes in markup).
  const vars = { '--side-pct': `${sidePct}%`, '--dock-pct': `${dockPct}%` } as CSSProperties;
  return (
    <main className="workbench" data-side={side ? 'yes' : 'no'} data-dock={dock} style={vars}>
      <Stage />
      {phone ? (
        <PhoneSheet />
      ) : (
        <>
          {side && <Splitter region="side" />}
          <PanelRegion region="side" />
          {dock === 'open' && <Splitter region="dock" />}
          <PanelRegion region="dock" />
        </>
      )}
    </main>
  );
}

/** The app: the header bar (toolbar, language), notices, and the workbench that fills the window. */
export function App() {
  useDocumentLanguage();
  useKeyboard();
  useEffect(() => {
    const stopLoop = startPlaybackLoop();
    installBenchHook();
    installDebugHook();
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
      <ErrorBoundary>
        <div className="notices">
          <Notices />
          <TeachingRegion />
          <RealViews />
        </div>
        <Workbench />
        <ShortcutsDialog />
      </ErrorBoundary>
    </div>
  );
}
