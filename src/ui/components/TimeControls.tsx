import { useRef } from 'react';
import type { Frame, Marker } from '../../worker/protocol.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useT } from '../i18n/useT.ts';
import { PredictControls } from '../predict/PredictControls.tsx';
import { setText } from '../playback/domWrites.ts';
import { useLiveDom } from '../playback/useRunSubscription.ts';
import { jumpMarker, seekStep, seekTime, setPlaying, stepBy, useRunStore } from '../state/runStore.ts';

/** "1/50" style text for a speed factor. */
export function speedText(log: number): string {
  const x = 10 ** log;
  // Above real time (up to 100×) for waiting out session timeouts in the lock demo.
  if (x >= 1.05) return String(Math.round(x));
  return x >= 0.999 ? '1' : `1/${Math.round(1 / x)}`;
}

function MarkerTicks({ markers, horizon }: { markers: readonly Marker[]; horizon: number }) {
  const t = useT();
  // At most a few hundred ticks: beyond that they would merge into a bar anyway.
  const shown = markers.length > 300 ? markers.filter((_, i) => i % Math.ceil(markers.length / 300) === 0) : markers;
  return (
    <div className="marker-ticks" aria-hidden="true">
      {shown.map((m) => (
        <span
          key={`${m.step}-${m.kind}-${m.sid}`}
          className={`tick tick-${m.kind}`}
          style={{ left: `${(100 * m.time) / Math.max(1, horizon)}%` }}
          title={t(`marker.${m.kind}` as MessageKey, { sid: m.sid, value: m.value })}
          onClick={() => seekStep(m.step + 1)}
        />
      ))}
    </div>
  );
}

/** The log-scale speed slider and its value. */
function SpeedControl() {
  const t = useT();
  const speedLog = useRunStore((s) => s.speedLog);
  return (
    <label className="speed">
      <span>{t('controls.speed')}</span>
      <input
        type="range" min={-3} max={2} step={0.1} value={speedLog}
        aria-label={t('controls.speed')}
        aria-valuetext={t('controls.speedValue', { speed: speedText(speedLog) })}
        onChange={(e) => useRunStore.setState({ speedLog: Number(e.currentTarget.value) })}
      />
      <span className="speed-value">{t('controls.speedValue', { speed: speedText(speedLog) })}</span>
    </label>
  );
}

/** The clock: virtual time and step of the frame shown, written outside React (it changes every frame). */
function Clock() {
  const t = useT();
  const ref = useLiveDom<HTMLSpanElement, string>((s) => t('controls.clock', { t: Math.round(s.frame?.t ?? 0), step: s.frame?.step ?? 0 }), setText);
  return <span className="clock" data-testid="clock" ref={ref} />;
}

/**
 * The timeline scrubber. Its position and value text follow the frame outside React (uncontrolled
 * input). After a move it stays where it was moved until the worker's frame for that seek arrives:
 * otherwise an older frame arriving between the input and change events of one move would put it
 * back, and the change event would then seek there, undoing the move (the seek-after-pause race of issue 11).
 */
function Scrubber({ horizon }: { horizon: number }) {
  const t = useT();
  const target = useRef<{ req: number; t: number } | null>(null);
  const ref = useLiveDom<HTMLInputElement, Frame | null>(
    (s) => s.frame,
    (el, frame) => {
      const now = frame?.t ?? 0;
      if (target.current !== null && (frame?.req ?? -1) >= target.current.req) target.current = null;
      const horizon = frame?.horizon ?? 1;
      const shown = Math.min(target.current?.t ?? now, horizon);
      // Moved only when the thumb would move (by 1/2000 of the track, under a pixel): each write costs a
      // layout and a paint, and in slow motion most frames move the time by a fraction of a pixel.
      if (Math.abs(Number(el.value) - shown) >= horizon / 2000 || (shown === 0) !== (Number(el.value) === 0)) el.value = String(shown);
      el.setAttribute('aria-valuetext', t('controls.timeValue', { t: Math.round(now), step: frame?.step ?? 0 }));
    },
  );
  return (
    <input
      ref={ref} type="range" min={0} max={horizon} step="any" defaultValue={0}
      aria-label={t('controls.timeline')}
      onChange={(e) => {
        const to = Number(e.currentTarget.value);
        setPlaying(false);
        target.current = { req: seekTime(to), t: to };
      }}
    />
  );
}

/** Play/Pause, stepping, marker jumps, the timeline scrubber and the log-scale speed control. */
export function TimeControls() {
  const t = useT();
  const loaded = useRunStore((s) => s.frame !== null);
  const atStart = useRunStore((s) => (s.frame?.step ?? 0) === 0);
  const horizon = useRunStore((s) => s.frame?.horizon ?? 1);
  const playing = useRunStore((s) => s.playing);
  const markers = useRunStore((s) => s.markers);
  return (
    <section className="time-controls" aria-label={t('controls.label')}>
      <div className="transport-row">
        <div className="buttons">
          <button type="button" onClick={() => stepBy(-1)} disabled={atStart}>{t('controls.stepBack')}</button>
          <button type="button" className="primary" onClick={() => setPlaying(!playing)} disabled={!loaded}>
            {playing ? t('controls.pause') : t('controls.play')}
          </button>
          <button type="button" onClick={() => stepBy(1)} disabled={!loaded}>{t('controls.stepForward')}</button>
          <button type="button" onClick={() => jumpMarker(-1)} disabled={!loaded}>{t('controls.prevMarker')}</button>
          <button type="button" onClick={() => jumpMarker(1)} disabled={!loaded}>{t('controls.nextMarker')}</button>
        </div>
        <Clock />
      </div>
      <div className="transport-row">
      <div className="timeline">
        <Scrubber horizon={horizon} />
        <MarkerTicks markers={markers} horizon={horizon} />
      </div>
      <SpeedControl />
      <PredictControls />
      </div>
    </section>
  );
}
