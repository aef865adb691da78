/**
 * The Web Worker entry (design.md §4): commands are handled one at a time, in order, so replies never
 * overtake each other. A load is computed a chunk at a time between messages (so Cancel is heard), and
 * every command's replies end with `handled` (so the app can tell a busy worker from a stalled one).
 */
import { FramePatcher } from '../playback/frame-patch';
import { dispatch, isLoading, pumpLoad } from './dispatch';
import { onReplayProgress } from './dispatch-replay';
import type { Command, DebugFault, Reply } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const patcher = new FramePatcher();
/** A load's chunks run back to back for about this long before the worker looks at its messages again. */
const SLICE_MS = 30;

/** A frame goes as a patch against the one posted before; a newly opened run starts whole. */
function wire(r: Reply): Reply {
  if (r.type === 'loaded') patcher.reset();
  return r.type === 'frame' ? { type: 'framePatch', patch: patcher.patch(r.frame) } : r;
}

function post(replies: readonly Reply[]): void {
  for (const r of replies) scope.postMessage(wire(r));
}

let pumping = false;

/** Schedules the next slice of the load in progress after the messages already queued. */
function pumpSoon(): void {
  if (pumping || !isLoading()) return;
  pumping = true;
  setTimeout(() => {
    pumping = false;
    const end = performance.now() + SLICE_MS;
    let replies: Reply[];
    // Only the slice's last progress is posted: the app shows where the load is, not every chunk.
    do replies = pumpLoad(performance.now());
    while (isLoading() && performance.now() < end);
    post(replies);
    pumpSoon();
  }, 0);
}

/** A fault armed by the debug hook, waiting for a command of its type. */
let armed: { fault: DebugFault; on: string } | null = null;

/** The supervisor's test hook (the app sends it only with ?debug=worker): fail the way a real failure would. */
function fail(fault: DebugFault): void {
  if (fault === 'throw') throw new Error('debug: an uncaught error in the worker');
  if (fault === 'exit') scope.close();
  // A hang answers nothing, ever: the app must notice by itself and restart the worker.
  else for (;;) { /* hang */ }
}

// Reading a big log takes a while: its progress is posted as it goes, not after.
onReplayProgress((r) => scope.postMessage(r));

scope.onmessage = (ev: MessageEvent<Command>) => {
  const cmd = ev.data;
  try {
    if (cmd.type === 'debugFault') {
      armed = cmd.on === undefined ? null : { fault: cmd.fault, on: cmd.on };
      if (cmd.on === undefined) fail(cmd.fault);
    } else if (armed?.on === cmd.type) {
      const { fault } = armed;
      armed = null;
      fail(fault);
    } else {
      post(dispatch(cmd, performance.now()));
    }
  } finally {
    // Even after an uncaught error (reported to the app as one), the command was handled: not a stall.
    post([{ type: 'handled' }]);
    pumpSoon();
  }
};
