/**
 * The Web Worker entry (design.md §4): commands are handled one at a time, in order, so replies never
 * overtake each other.
 */
import { dispatch } from './dispatch';
import type { Command } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<Command>) => {
  for (const r of dispatch(ev.data)) scope.postMessage(r);
};
