/**
 * The Break it worker: runs a search in chunks of about 50 ms, posting progress after each, and yields
 * between chunks so that a Cancel (or a new search) is read in time.
 */
import { breakItProblem } from '../playback/breakit';
import type { BreakItOptions } from '../playback/breakit';
import { BreakItSearch } from '../playback/breakit-search';
import type { BreakItCommand, BreakItReply } from './breakit-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** The search running now; a new start or a cancel replaces it. */
let current = 0;

function post(r: BreakItReply): void {
  scope.postMessage(r);
}

/** Lets queued messages (a Cancel) run before the next chunk. */
const yieldToMessages = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function run(id: number, o: BreakItOptions): Promise<void> {
  const search = new BreakItSearch(o);
  const started = performance.now();
  let chunk = 4;
  while (!search.done) {
    if (current !== id) {
      post({ type: 'finished', search: id, cancelled: true, ...search.progress() });
      return;
    }
    const t0 = performance.now();
    const p = search.next(chunk);
    const ms = performance.now() - t0;
    // Aim for ~50 ms chunks: progress stays smooth and a Cancel answers within a chunk.
    chunk = Math.max(1, Math.min(500, Math.round(chunk * (50 / Math.max(1, ms)))));
    const seedsPerSec = Math.round(p.done / ((performance.now() - started) / 1000));
    post({ type: 'progress', search: id, seedsPerSec, ...p });
    await yieldToMessages();
  }
  post({ type: 'finished', search: id, cancelled: false, ...search.progress() });
}

scope.onmessage = (ev: MessageEvent<BreakItCommand>) => {
  const cmd = ev.data;
  if (cmd?.type === 'cancel') {
    if (current === cmd.search) current = 0;
    return;
  }
  if (cmd?.type !== 'start') return;
  const problem = breakItProblem(cmd.options);
  if (problem) {
    post({ type: 'refused', search: cmd.search, problem });
    return;
  }
  current = cmd.search;
  void run(cmd.search, cmd.options);
};
