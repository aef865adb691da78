/**
 * The playback loop (design.md §5): while playing, advance virtual time at the chosen speed and ask the
 * worker for a new frame when an event is due. Views get a clock (the virtual time at a wall time, and
 * how fast it runs) rather than a time per animation frame: the ring hands message flights to the
 * compositor, so a frame that only moves messages costs the main thread nothing (issue 12). The loop
 * wakes only as often as some view or the next event needs: every animation frame for a view drawing on
 * a canvas, otherwise on a timer. Paused or hidden, it schedules nothing. With `?bench` in the URL it
 * records the script time of each wake.
 */
import type { Frame } from '../../worker/protocol.ts';
import { onFrame, seekTime, setPlaying, useRunStore } from '../state/runStore.ts';
import { clockAt, EVERY_FRAME, NO_TICK, type PlayClock } from './clock.ts';

/** Called with the clock at each wake; returns within how many wall ms it wants the next (0: every animation frame). */
type Ticker = (clock: PlayClock) => number;
const tickers = new Set<Ticker>();
let clock: PlayClock = { t: 0, wall: 0, rate: 0 };
let pending: number | null = null;
let lastAsk = 0;
let raf: number | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let latest: Frame | null = null;
/** The clock stopped at the next event, waiting for the worker's frame of it (slow motion only). */
let held = false;

/**
 * Between events, a frame is asked for every time the clock has moved ASK_EVERY_VIRTUAL_MS, so the clock,
 * the scrubber and the countdowns keep moving; but no more often than every ASK_EVERY_MS of wall time, nor
 * less often than ASK_EVERY_MAX_MS. Each such frame is a page update (the clock's text, the space-time
 * diagram's scroll): at 1/100× asking every 200 ms for 2 ms of time was a third of the page's work.
 */
const ASK_EVERY_VIRTUAL_MS = 10;
const ASK_EVERY_MS = 200;
const ASK_EVERY_MAX_MS = 1000;
/**
 * In slow motion the frame of the next event is asked for this many wall ms before the clock reaches it,
 * so it is there in time: otherwise the clock would wait for it at every event and every flight on the
 * compositor would stop and start again.
 */
const AHEAD_MS = 50;

/**
 * With prefers-reduced-motion the views are drawn only at the worker's frames (each step), never in
 * between: messages jump from step to step instead of gliding.
 */
const reducedMotion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

/** Per-wake script times (ms), recorded only when the page was opened with `?bench`. */
export const benchSamples: number[] | null = new URLSearchParams(location.search).has('bench') ? [] : null;
/** Most samples kept: a page left playing with `?bench` must not grow without bound (the newest stay). */
const BENCH_SAMPLES_MAX = 20_000;

/** Registers a view's ticker; it is called at once with the current clock. Returns the unregister function. */
export function addTicker(fn: Ticker): () => void {
  tickers.add(fn);
  fn(currentClock());
  return () => tickers.delete(fn);
}

/** The clock the views follow now (see tellViews). */
export function currentClock(): PlayClock {
  return still ?? clock;
}

const speed = () => 10 ** useRunStore.getState().speedLog;
/** Wall ms between asks for a frame when no event is due (see ASK_EVERY_VIRTUAL_MS). */
const askEvery = () => Math.min(ASK_EVERY_MAX_MS, Math.max(ASK_EVERY_MS, ASK_EVERY_VIRTUAL_MS / speed()));
/** How far ahead of the clock (virtual ms) the next event's frame is asked for: only in slow motion. */
const aheadOf = () => (speed() < 1 ? AHEAD_MS * clock.rate : 0);
const running = () => useRunStore.getState().playing && !document.hidden && latest !== null;

/** Starts a new clock at virtual time t, now; running at the chosen speed unless paused or held. */
function anchor(t: number, now: number): void {
  clock = { t, wall: now, rate: running() && !held ? speed() : 0 };
}

/** What the views are told: the play clock, or with reduced motion the worker's last moment, standing still. */
let still: PlayClock | null = null;

/** What the views asked for when last told. */
let wanted = NO_TICK;

/** Tells the views; the smallest delay they ask for decides the next wake. */
function tellViews(): number {
  let want = NO_TICK;
  for (const fn of tickers) want = Math.min(want, fn(currentClock()));
  wanted = want;
  return want;
}

function wake(): void {
  raf = timer = null;
  if (!running()) return;
  const start = performance.now();
  const f = latest!;
  let t = clockAt(clock, start);
  // In slow motion every event is shown: the clock waits at the next event for the worker's frame of it
  // rather than running past (a watch event 1 ms long would otherwise never be drawn when the frame comes
  // late). At real time and faster the clock keeps its pace and may pass events between frames.
  if (speed() < 1 && f.nextEventAt !== null && t >= f.nextEventAt && !held) {
    t = f.nextEventAt;
    held = true;
    anchor(t, start);
  }
  if (f.nextEventAt === null && t >= f.horizon) {
    anchor(f.horizon, start);
    setPlaying(false);
    return;
  }
  const ahead = aheadOf();
  const due = f.nextEventAt !== null && t + ahead >= f.nextEventAt;
  const ask = pending === null && (due || start - lastAsk > askEvery());
  if (ask) {
    // Never behind the moment shown (asked ahead, the frame may be a little past the clock).
    pending = seekTime(due && ahead > 0 ? f.nextEventAt! : Math.max(t, f.t), true);
    lastAsk = start;
  }
  // Reduced motion: views change only with the worker's frames. A frame is on its way: the views are
  // drawn when it comes (one page update, not two), unless one draws every animation frame or time stopped.
  const want = still ? NO_TICK : ask && wanted !== EVERY_FRAME && !held ? wanted : tellViews();
  if (benchSamples) {
    benchSamples.push(performance.now() - start);
    if (benchSamples.length > BENCH_SAMPLES_MAX) benchSamples.splice(0, benchSamples.length - BENCH_SAMPLES_MAX / 2);
  }
  schedule(want);
}

/** Wakes at the next animation frame if a view wants every frame, else when the next event or ask is due. */
function schedule(want: number): void {
  if (raf !== null || timer !== null || !running()) return;
  let delay = Math.min(want, askEvery());
  const next = latest!.nextEventAt;
  if (next !== null && clock.rate > 0) delay = Math.min(delay, Math.max(0, (next - aheadOf() - clockAt(clock, performance.now())) / clock.rate));
  if (delay < 17) raf = requestAnimationFrame(wake);
  else timer = setTimeout(wake, delay);
}

/** The clock changed (or a frame came): the views follow it, and the next wake is planned from now. */
function retell(): void {
  const want = tellViews();
  stop();
  schedule(want);
}

function stop(): void {
  if (raf !== null) cancelAnimationFrame(raf);
  if (timer !== null) clearTimeout(timer);
  raf = timer = null;
}

/** Starts watching the store and the page's visibility; returns a cleanup function. */
export function startPlaybackLoop(): () => void {
  const offFrame = onFrame((f, fromPlay) => {
    latest = f;
    const now = performance.now();
    if (fromPlay) {
      pending = null;
      // The frame of the event the clock waited at: time runs again from there.
      if (held) {
        held = false;
        anchor(clockAt(clock, now), now);
      }
    } else {
      held = false;
      anchor(f.t, now);
    }
    // Reduced motion: views show the worker's moment exactly, nothing moves between frames.
    still = reducedMotion?.matches ? { t: f.t, wall: now, rate: 0 } : null;
    retell();
  });
  const offStore = useRunStore.subscribe((s, prev) => {
    if (s.playing === prev.playing && s.speedLog === prev.speedLog) return;
    const now = performance.now();
    if (s.playing && !prev.playing) {
      pending = null;
      held = false;
    }
    const paused = !s.playing && prev.playing;
    // Paused with a frame asked for ahead of the clock (slow motion): that moment is already on screen, and
    // going back to the clock's would undo it (and withdraw a Predict question it asked).
    anchor(paused && latest ? Math.max(clockAt(clock, now), latest.t) : clockAt(clock, now), now);
    retell();
    // Paused behind the clock: settle on a real moment, the worker's frame at the time reached.
    if (paused && latest && clock.t > latest.t) seekTime(clock.t);
  });
  const onVisibility = () => {
    const now = performance.now();
    anchor(clockAt(clock, now), now);
    retell();
  };
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    offFrame();
    offStore();
    document.removeEventListener('visibilitychange', onVisibility);
    stop();
  };
}
