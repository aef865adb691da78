/**
 * The app's end of the worker protocol: starts the simulation worker, routes its replies and watches it
 * (issue 11 point 7): an `error` event or a stall is reported to `onFailure`, once. The worker module is
 * referenced by URL only, so none of its code lands in the main bundle.
 */
import { m, type Command, type Phrase, type Reply } from '../../worker/protocol.ts';
import { STALL_MS, Watchdog } from './watchdog.ts';

/** A connection to the simulation worker. */
export interface WorkerClient {
  send(cmd: Command): void;
  terminate(): void;
}

/** What went wrong with the worker: what it said when it failed, or how long it has been silent. */
export type WorkerFailure = { readonly kind: 'error'; readonly message: Phrase } | { readonly kind: 'stalled'; readonly quietMs: number };

/** How often the watchdog looks. */
const WATCH_EVERY_MS = 1_000;
/** The stall bound with the supervisor's test hook (?debug=worker), so a test of a hang ends soon. */
const DEBUG_STALL_MS = 3_000;

/**
 * Starts the worker; `onReply` receives every reply in order, `onFailure` a crash or a stall (and null
 * when a stalled worker answers after all).
 */
export function startWorker(onReply: (r: Reply) => void, onFailure: (f: WorkerFailure | null) => void): WorkerClient {
  const worker = new Worker(new URL('../../worker/entry.ts', import.meta.url), { type: 'module', name: 'zkscope-sim' });
  const debug = new URLSearchParams(location.search).get('debug') === 'worker';
  const dog = new Watchdog(performance.now(), debug ? DEBUG_STALL_MS : STALL_MS);
  let stalled = false;
  worker.onmessage = (ev: MessageEvent<Reply>) => {
    dog.heard(ev.data, performance.now());
    if (stalled) {
      // It answered after all: the stall notice goes.
      stalled = false;
      onFailure(null);
    }
    if (ev.data.type !== 'handled') onReply(ev.data);
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    onFailure({ kind: 'error', message: ev.message ? m`${ev.message}` : m`the simulation worker failed` });
  };
  const watch = setInterval(() => {
    const quiet = dog.stalledFor(performance.now());
    if (quiet !== null && !stalled) {
      stalled = true;
      onFailure({ kind: 'stalled', quietMs: quiet });
    }
  }, WATCH_EVERY_MS);
  return {
    send: (cmd) => {
      dog.sent(performance.now());
      worker.postMessage(cmd);
    },
    terminate: () => {
      clearInterval(watch);
      worker.terminate();
    },
  };
}
