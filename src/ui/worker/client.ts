/**
 * The app's end of the worker protocol: starts the simulation worker and routes its replies. The
 * worker module is referenced by URL only, so none of its code lands in the main bundle.
 */
import { m, type Command, type Reply } from '../../worker/protocol.ts';

/** A connection to the simulation worker. */
export interface WorkerClient {
  send(cmd: Command): void;
  terminate(): void;
}

/** Starts the worker; `onReply` receives every reply in order. */
export function startWorker(onReply: (r: Reply) => void): WorkerClient {
  const worker = new Worker(new URL('../../worker/entry.ts', import.meta.url), { type: 'module', name: 'zkscope-sim' });
  worker.onmessage = (ev: MessageEvent<Reply>) => onReply(ev.data);
  worker.onerror = (ev) => onReply({ type: 'error', message: ev.message ? m`${ev.message}` : m`the simulation worker failed to start` });
  return { send: (cmd) => worker.postMessage(cmd), terminate: () => worker.terminate() };
}
