/**
 * The Web Worker entry (design.md §4): commands are handled one at a time, in order, so replies never
 * overtake each other.
 */
import { dispatch } from './dispatch';
import { onReplayProgress } from './dispatch-replay';
import type { Command } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Reading a big log takes a while: its progress is posted as it goes, not after.
onReplayProgress((r) => scope.postMessage(r));

scope.onmessage = (ev: MessageEvent<Command>) => {
  for (const r of dispatch(ev.data)) scope.postMessage(r);
};
