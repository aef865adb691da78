/**
 * The panels around the stage, as the layout knows them (ids, default regions, titles). The React side of
 * each panel is in registry.tsx. To add a panel: add a slot here, its component in registry.tsx and its
 * title key in the i18n files; the Panels menu, collapse/move buttons, phone tabs, links and tours follow.
 */
import type { MessageKey } from '../i18n/en.ts';
import type { PanelSlot } from '../layout/panels.ts';

/** A panel slot with its title. */
export interface PanelInfo extends PanelSlot {
  readonly title: MessageKey;
  /** A one-word name for the phone's panel tabs. */
  readonly short: MessageKey;
}

/** Every panel, in display order within each region. */
export const PANEL_SLOTS: readonly PanelInfo[] = [
  { id: 'story', short: 'panels.short.story', region: 'side', title: 'panels.story' },
  { id: 'tally', short: 'panels.short.tally', region: 'side', title: 'teach.panel.tally' },
  { id: 'code', short: 'panels.short.code', region: 'side', title: 'teach.panel.code' },
  { id: 'lamport', short: 'panels.short.lamport', region: 'dock', title: 'teach.panel.lamport' },
  { id: 'log', short: 'panels.short.log', region: 'dock', title: 'teach.panel.log' },
  { id: 'txnlogs', short: 'panels.short.txnlogs', region: 'dock', title: 'history.heading' },
];

/** Panels classroom mode collapses (a class watches the stage, the story and the tally). */
export const CLASSROOM_COLLAPSED: readonly string[] = ['code', 'log', 'lamport', 'txnlogs'];
