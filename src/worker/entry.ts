/**
 * The Web Worker entry (design.md §4): commands are handled one at a time, in order, so replies never
 * overtake each other.
 */
import { FramePatcher } from '../playback/frame-patch';
import { dispatch } from './dispatch';
import { onReplayProgress } from './dispatch-replay';
import type { Command, Reply } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const patcher = new FramePatcher();

/** A frame goes as a patch against the one posted before; a newly opened run starts whole. */
function wire(r: Reply): Reply {
  if (r.type === 'loaded') patcher.reset();
  return r.type === 'frame' ? { type: 'framePatch', patch: patcher.patch(r.frame) } : r;
}

// Reading a big log takes a while: its progress is posted as it goes, not after.
onReplayProgress((r) => scope.postMessage(r));

scope.onmessage = (ev: MessageEvent<Command>) => {
  for (const r of dispatch(ev.data)) scope.postMessage(wire(r));
};
