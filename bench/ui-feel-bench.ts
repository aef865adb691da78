/**
 * What users feel while a run plays (issue 12): main-thread task time per displayed frame from CDP
 * `Performance.getMetrics` (ΔTaskDuration over ≥ 5 s ÷ the 60 Hz frames of that time, so style, layout,
 * paint, hit tests, message decoding and React count, not only our callbacks; the ring's flights run on
 * the compositor and call no animation frame, so the app's own frame count would flatter it), frame rate
 * and the worst gap between the app's animation frames where it draws each frame (dot mode), React
 * commits that no new step caused, and the worker's heap growth over a soak at 100×.
 * bench/ui-bench.ts calls it.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';

/** What the page records for the bench (installed before the app loads). */
interface Recorder {
  /** Timestamps of the app's animation frame callbacks. */
  rafTimes: number[];
  /** React commits. */
  commits: number;
  /** Commits with no new step in the 50 ms before them, and those with one; steps seen. */
  idleCommits: number;
  stepCommits: number;
  steps: number;
}

/** The recorder as an init script for `page.addInitScript` (tsx's name helper shimmed: the page lacks it). */
export function recorderScript(): { content: string } {
  return { content: `var __name = (f) => f; (${installRecorder.toString()})();` };
}

/** Wraps rAF and registers as React's devtools hook, so commits and frames can be counted in production. */
function installRecorder(): void {
  const w = window as unknown as { __feel: Recorder; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
  const rec: Recorder = { rafTimes: [], commits: 0, idleCommits: 0, stepCommits: 0, steps: 0 };
  w.__feel = rec;
  // The app's bench hook writes the step of each frame it shows here (ui/playback/benchHook.ts).
  let step = -1, steppedAt = -Infinity;
  Object.defineProperty(window, '__feelStep', {
    get: () => step,
    set: (v: number) => {
      if (v === step) return;
      step = v;
      steppedAt = performance.now();
      rec.steps++;
    },
  });
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) =>
    raf((ts) => {
      rec.rafTimes.push(ts);
      cb(ts);
    });
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, isDisabled: false, renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: () => {
      rec.commits++;
      // A commit soon after a new step is that step's (its panels); any other one re-rendered for nothing new.
      if (performance.now() - steppedAt < 50) rec.stepCommits++;
      else rec.idleCommits++;
    },
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The page's main-thread task time so far and the moment it was read, both in ms. */
async function taskDuration(cdp: CDPSession): Promise<{ task: number; at: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m: { name: string }) => m.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), at: get('Timestamp') };
}

/** A display refreshed at 60 Hz, as headless Chromium's is. */
const FRAME_MS = 1000 / 60;

/** The figures of one playback window. */
export interface Window {
  /** Main-thread task time per displayed (60 Hz) frame. */
  readonly taskMsPerFrame: number;
  /** Rate and worst gap of the app's animation frames (where it draws every frame: dot mode). */
  readonly fps: number;
  readonly worstFrameMs: number;
  readonly frames: number;
  /** React commits no new step caused, per displayed frame. */
  readonly reactCommitsPerFrame: number;
  readonly reactCommitsPerStep: number;
}

/** Plays for `ms` (already set up and paused) and measures the window. */
export async function measurePlayback(page: Page, ms: number): Promise<Window> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await page.evaluate(() => {
    const r = (window as unknown as { __feel: Recorder }).__feel;
    r.rafTimes.length = 0;
    r.idleCommits = r.stepCommits = r.steps = 0;
  });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // Skip the first frames after Play (the button's own re-render), then measure.
  await page.waitForTimeout(300);
  const before = await taskDuration(cdp);
  const start = await page.evaluate(() => {
    const r = (window as unknown as { __feel: Recorder }).__feel;
    return { frames: r.rafTimes.length, idle: r.idleCommits, step: r.stepCommits, steps: r.steps };
  });
  await page.waitForTimeout(ms);
  const after = await taskDuration(cdp);
  const end = await page.evaluate(() => {
    const r = (window as unknown as { __feel: Recorder }).__feel;
    return { times: r.rafTimes.slice(), idle: r.idleCommits, step: r.stepCommits, steps: r.steps };
  });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await cdp.detach();
  const times = end.times.slice(start.frames);
  const displayed = (after.at - before.at) / FRAME_MS;
  let worst = 0;
  for (let i = 1; i < times.length; i++) worst = Math.max(worst, times[i] - times[i - 1]);
  const span = times.length > 1 ? times[times.length - 1] - times[0] : ms;
  const steps = end.steps - start.steps;
  return {
    taskMsPerFrame: round2((after.task - before.task) / displayed),
    fps: round2(((times.length - 1) * 1000) / span),
    worstFrameMs: round2(worst),
    frames: times.length,
    reactCommitsPerFrame: round2((end.idle - start.idle) / displayed),
    reactCommitsPerStep: steps > 0 ? round2((end.step - start.step) / steps) : 0,
  };
}

/** The heap used by the page's simulation worker after a garbage collection, in bytes (through the browser's CDP target list). */
export async function workerHeap(browser: Browser): Promise<() => Promise<number>> {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t: { type: string; title: string; url: string }) => t.type === 'worker');
  if (!worker) throw new Error('no worker target to measure');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let id = 0;
  const pending = new Map<number, (v: number) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result?.usedSize ?? NaN);
  });
  return () =>
    new Promise<number>((resolve) => {
      const n = ++id;
      pending.set(n, resolve);
      // Garbage first, so the figure is what the worker holds, not when its collector last ran.
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: -n, method: 'HeapProfiler.collectGarbage' }) });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method: 'Runtime.getHeapUsage' }) });
    });
}

/**
 * What the worker holds: the least of three readings 250 ms apart. A reading is taken when the inspector
 * interrupts the worker, often in the middle of computing a frame or a checkpoint, whose working data is
 * live then (single readings swung by a third from one to the next); between tasks it holds only what it keeps.
 */
async function heldHeap(heap: () => Promise<number>): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 3; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 250));
    readings.push(await heap());
  }
  return Math.min(...readings);
}

/** The virtual time and step the page shows (the `?bench` hook). */
async function shown(page: Page): Promise<{ t: number; step: number }> {
  return page.evaluate(() => {
    const last = (window as unknown as { __zkBench: { last(): { t: number; step: number } | null } }).__zkBench.last();
    return { t: last?.t ?? 0, step: last?.step ?? 0 };
  });
}

/** What a soak measured: the heap's slope and ends, and how much of the run was played while sampling. */
export interface Soak {
  readonly kbPerMin: number;
  readonly startKB: number;
  readonly endKB: number;
  readonly virtualSeconds: number;
  readonly steps: number;
}

/**
 * The worker's heap growth (KB per minute, least squares after a warm-up of a quarter of `ms`, at most
 * 30 s) while playing at 100× for `ms`, with the virtual time and steps played while sampling.
 */
export async function soakHeapGrowth(browser: Browser, page: Page, ms: number): Promise<Soak> {
  const heap = await workerHeap(browser);
  await page.getByRole('slider', { name: 'Speed' }).fill('2');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const warmUp = Math.min(30_000, ms / 4);
  await page.waitForTimeout(warmUp);
  const samples: [number, number][] = [];
  const from = await shown(page);
  const t0 = Date.now();
  while (Date.now() - t0 < ms - warmUp) {
    samples.push([(Date.now() - t0) / 60_000, (await heldHeap(heap)) / 1024]);
    await page.waitForTimeout(5000);
  }
  const to = await shown(page);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // The samples themselves, to see a sawtooth or a trend behind the fitted slope.
  if (process.env.UI_BENCH_SOAK_SAMPLES) for (const [m, kb] of samples) console.error(`  soak: ${(m * 60).toFixed(0).padStart(4)} s  ${(kb / 1024).toFixed(1)} MB`);
  const n = samples.length;
  const mx = samples.reduce((s, [x]) => s + x, 0) / n;
  const my = samples.reduce((s, [, y]) => s + y, 0) / n;
  const slope = samples.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / samples.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return {
    kbPerMin: round2(slope), startKB: round2(samples[0][1]), endKB: round2(samples[n - 1][1]),
    virtualSeconds: round2((to.t - from.t) / 1000), steps: to.step - from.step,
  };
}
