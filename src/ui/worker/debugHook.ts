/**
 * The supervisor's test hook (issue 11 point 7), installed only when the page is opened with
 * `?debug=worker`: `window.__zkDebug.fault('throw' | 'hang' | 'exit', on?)` makes the simulation worker fail
 * now, or when the next command of type `on` arrives (e.g. 'replayLogs'). It can only break this tab's own
 * worker, which the supervisor then offers to restart; without the parameter nothing is installed.
 */
import type { DebugFault } from '../../worker/protocol.ts';
import { post } from '../state/runStore.ts';

/** What tests reach through `window.__zkDebug`. */
export interface DebugHook {
  fault(fault: DebugFault, on?: string): void;
}

/** Installs the hook if the page's address has `?debug=worker`. */
export function installDebugHook(): void {
  if (new URLSearchParams(location.search).get('debug') !== 'worker') return;
  const hook: DebugHook = { fault: (fault, on) => post({ type: 'debugFault', fault, ...(on === undefined ? {} : { on }) }) };
  (window as unknown as { __zkDebug: DebugHook }).__zkDebug = hook;
}
