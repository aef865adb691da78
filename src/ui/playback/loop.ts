/**
 * The playback loop (design.md §5): while playing, advance virtual time at the chosen speed, move the
 * messages, and ask the worker for a new frame when an event is due. Paused or hidden, it schedules no
 * animation frames at all. With `?bench` in the URL it records the script time of each frame callback.
 */
import type { Frame } from '../../worker/protocol.ts';
import { onFrame, seekTime, setPlaying, useRunStore } from '../state/runStore.ts';

type Ticker = (t: number) => void;
const tickers = new Set<Ticker>();
let t = 0;
let last: number | null = null;
let pending: number | null = null;
let lastAsk = 0;
let handle: number | null = null;
let latest: Frame | null = null;

/**
 * With prefers-reduced-motion the views are drawn only at the worker's frames (each step), never in
 * between: messages jump from step to step instead of gliding.
 */
const reducedMotion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

/** Per-frame script times (ms), recorded only when the page was opened with `?bench`. */
export const benchSamples: number[] | null = new URLSearchParams(location.search).has('bench') ? [] : null;
/** Most samples kept: a page left playing with `?bench` must not grow without bound (the newest stay). */
const BENCH_SAMPLES_MAX = 20_000;

/** Registers a function called with the current virtual time on every animation frame. */
export function addTicker(fn: Ticker): () => void {
  tickers.add(fn);
  return () => tickers.delete(fn);
}

/** The virtual time shown now (moves between frames while playing). */
export function currentTime(): number {
  return t;
}

function frameCallback(now: number): void {
  handle = null;
  const start = performance.now();
  const s = useRunStore.getState();
  if (!s.playing || document.hidden || !latest) return;
  const dt = last === null ? 0 : Math.min(100, now - last);
  last = now;
  const speed = 10 ** s.speedLog;
  t += dt * speed;
  // In slow motion every event is shown: the clock waits at the next event for the worker's frame of it
  // rather than running past (a watch event 1 ms long would otherwise never be drawn when the frame comes
  // late). At real time and faster the clock keeps its pace and may pass events between frames.
  if (speed < 1 && latest.nextEventAt !== null && t > latest.nextEventAt) t = latest.nextEventAt;
  if (latest.nextEventAt === null && t >= latest.horizon) {
    t = latest.horizon;
    setPlaying(false);
  }
  if (!reducedMotion?.matches) for (const fn of tickers) fn(t);
  const due = latest.nextEventAt !== null && t >= latest.nextEventAt;
  if (pending === null && (due || now - lastAsk > 120)) {
    pending = seekTime(t, true);
    lastAsk = now;
  }
  if (benchSamples) {
    benchSamples.push(performance.now() - start);
    if (benchSamples.length > BENCH_SAMPLES_MAX) benchSamples.splice(0, benchSamples.length - BENCH_SAMPLES_MAX / 2);
  }
  schedule();
}

function schedule(): void {
  if (handle === null && useRunStore.getState().playing && !document.hidden) handle = requestAnimationFrame(frameCallback);
}

function stop(): void {
  if (handle !== null) cancelAnimationFrame(handle);
  handle = null;
  last = null;
}

/** Starts watching the store and the page's visibility; returns a cleanup function. */
export function startPlaybackLoop(): () => void {
  const offFrame = onFrame((f, fromPlay) => {
    latest = f;
    if (fromPlay) pending = null;
    else t = f.t;
    if (!useRunStore.getState().playing || reducedMotion?.matches) for (const fn of tickers) fn(reducedMotion?.matches ? f.t : t);
  });
  const offStore = useRunStore.subscribe((s, prev) => {
    if (s.playing === prev.playing) return;
    if (s.playing) {
      pending = null;
      schedule();
    } else {
      stop();
      // Settle on a real moment: the worker's frame at the time reached.
      if (latest && t !== latest.t) seekTime(t);
    }
  });
  const onVisibility = () => (document.hidden ? stop() : schedule());
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    offFrame();
    offStore();
    document.removeEventListener('visibilitychange', onVisibility);
    stop();
  };
}
