/**
 * What each panel shows. To add a panel: a slot in slots.ts (id, default region, title key) and its
 * component here; it then gets a frame (collapse, move), a Panels-menu entry, a phone tab, a place in
 * share links, and tours can point at it by id (`highlight.panel`).
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { LogPanel } from '../components/LogPanel.tsx';
import { PseudoCode } from '../components/PseudoCode.tsx';
import { ServerPanel } from '../components/ServerPanel.tsx';
import { TxnLogPanel } from '../history/TxnLogPanel.tsx';
import { StoryPanel } from '../tours/StoryPanel.tsx';

// Loaded after first render to keep the initial bundle small.
const LamportPanel = lazy(() => import('../components/LamportPanel.tsx'));

/** The body of each panel, by id. */
export const PANEL_BODIES: Readonly<Record<string, () => ReactNode>> = {
  story: () => <StoryPanel />,
  tally: () => <ServerPanel />,
  code: () => <PseudoCode />,
  log: () => <LogPanel />,
  txnlogs: () => <TxnLogPanel />,
  lamport: () => (
    <Suspense fallback={null}>
      <LamportPanel />
    </Suspense>
  ),
};
