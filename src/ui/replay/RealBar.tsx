import { lazy, Suspense, useEffect } from 'react';
import './real.css';
import { useT } from '../i18n/useT.ts';
import { setLiveOpen, useLiveStore } from '../live/liveStore.ts';
import { ReplayBanner } from './ReplayBanner.tsx';
import { connectReplaySearch } from './replaySearch.ts';
import { connectReplay, setReplayDialog, useReplayStore } from './replayStore.ts';

// Both are secondary: loaded on first use so the initial bundle stays small.
const ReplayDialog = lazy(() => import('./ReplayDialog.tsx'));
const LivePanel = lazy(() => import('../live/LivePanel.tsx'));

/**
 * The way to real ZooKeeper (issue 7): "Open server logs…" opens the Replay logs dialog, which plays real
 * server logs in the cluster view; "Live ensemble" shows a real ensemble through the local bridge. (The
 * first avoids the word "play", which the time controls' Play button owns for tests and screen readers.)
 * The buttons sit in the File menu; the views they open are RealViews.
 */
export function RealBar() {
  const t = useT();
  const liveOpen = useLiveStore((s) => s.open);
  return (
    <div className="real-bar" role="group" aria-label={t('real.group')}>
      <button type="button" onClick={() => setReplayDialog(true)} aria-haspopup="dialog">{t('real.replay')}</button>
      <button type="button" aria-pressed={liveOpen} onClick={() => setLiveOpen(!liveOpen)}>{t('real.live')}</button>
    </div>
  );
}

/** The Replay logs dialog, the live ensemble panel and the replay banner, when open. */
export function RealViews() {
  const dialogOpen = useReplayStore((s) => s.dialogOpen);
  const liveOpen = useLiveStore((s) => s.open);
  useEffect(() => connectReplay(), []);
  useEffect(() => connectReplaySearch(), []);
  return (
    <>
      <Suspense fallback={null}>
        {dialogOpen && <ReplayDialog />}
        {liveOpen && <LivePanel />}
      </Suspense>
      <ReplayBanner />
    </>
  );
}
