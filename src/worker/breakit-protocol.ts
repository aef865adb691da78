/**
 * The Break it worker's protocol (issue 18): a second worker, so the run on screen stays responsive while
 * a search runs. The UI imports these types only.
 */
import type { Finding } from '../playback/breakit';
import type { BreakItOptions } from '../playback/breakit';

export type { BreakItOptions, FaultKind, Finding, FindingKind } from '../playback/breakit';

/** Commands to the Break it worker. */
export type BreakItCommand =
  | { readonly type: 'start'; readonly search: number; readonly options: BreakItOptions }
  | { readonly type: 'cancel'; readonly search: number };

/** Replies: progress after each chunk (with the findings so far), the end, or a refusal. */
export type BreakItReply =
  | { readonly type: 'progress'; readonly search: number; readonly done: number; readonly total: number; readonly seedsPerSec: number; readonly findings: readonly Finding[] }
  | { readonly type: 'finished'; readonly search: number; readonly cancelled: boolean; readonly done: number; readonly total: number; readonly findings: readonly Finding[] }
  | { readonly type: 'refused'; readonly search: number; readonly problem: string };
