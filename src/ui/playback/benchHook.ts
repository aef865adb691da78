/**
 * Measurement hooks for `npm run bench` (bench/ui-bench.ts), installed only when the page is opened
 * with `?bench`: frame-callback script times, and seeks timed from command to frame.
 */
import { onFrame, seekTime } from '../state/runStore.ts';
import { benchSamples } from './loop.ts';

/** What the benchmark reads and drives through `window.__zkBench`. */
export interface BenchHook {
  readonly samples: number[];
  /** Seeks to virtual time t; resolves with the ms from command to frame. */
  seek(t: number): Promise<number>;
  /** The last frame's step, time and number of messages in flight. */
  last(): { step: number; t: number; messages: number; horizon: number } | null;
}

/** Installs the hook if the page was opened with `?bench`. */
export function installBenchHook(): void {
  if (!benchSamples) return;
  let last: BenchHook['last'] extends () => infer R ? R : never = null;
  const waiting = new Map<number, (ms: number) => void>();
  const started = new Map<number, number>();
  onFrame((f) => {
    // The step shown, for bench/ui-feel-bench.ts: it tells animation frames that brought a step from those that did not.
    (window as unknown as { __feelStep?: number }).__feelStep = f.step;
    last = { step: f.step, t: f.t, messages: f.messages.length, horizon: f.horizon };
    const done = waiting.get(f.req);
    if (done) {
      waiting.delete(f.req);
      done(performance.now() - started.get(f.req)!);
    }
  });
  const hook: BenchHook = {
    samples: benchSamples,
    seek: (t) =>
      new Promise((resolve) => {
        const start = performance.now();
        const req = seekTime(t);
        started.set(req, start);
        waiting.set(req, resolve);
      }),
    last: () => last,
  };
  (window as unknown as { __zkBench: BenchHook }).__zkBench = hook;
}
