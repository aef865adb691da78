import { useState } from 'react';
import type { Marker } from '../../worker/protocol.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useT } from '../i18n/useT.ts';
import { PredictControls } from '../predict/PredictControls.tsx';
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

/** Play/Pause, stepping, marker jumps, the timeline scrubber and the log-scale speed control. */
export function TimeControls() {
  const t = useT();
  const frame = useRunStore((s) => s.frame);
  const playing = useRunStore((s) => s.playing);
  const markers = useRunStore((s) => s.markers);
  const now = frame?.t ?? 0;
  const horizon = frame?.horizon ?? 1;
  // The time the scrubber was moved to, until the worker's frame for that seek arrives. Without it the
  // slider re-renders at the old frame's time between the input and change events of one move, and the
  // change event then seeks back there, undoing the move (the seek-after-pause race of issue 11).
  const [target, setTarget] = useState<{ req: number; t: number } | null>(null);
  const scrubbed = target !== null && (frame?.req ?? -1) < target.req ? target.t : now;
  return (
    <section className="time-controls" aria-label={t('controls.label')}>
      <div className="transport-row">
        <div className="buttons">
          <button type="button" onClick={() => stepBy(-1)} disabled={!frame || frame.step === 0}>{t('controls.stepBack')}</button>
          <button type="button" className="primary" onClick={() => setPlaying(!playing)} disabled={!frame}>
            {playing ? t('controls.pause') : t('controls.play')}
          </button>
          <button type="button" onClick={() => stepBy(1)} disabled={!frame}>{t('controls.stepForward')}</button>
          <button type="button" onClick={() => jumpMarker(-1)} disabled={!frame}>{t('controls.prevMarker')}</button>
          <button type="button" onClick={() => jumpMarker(1)} disabled={!frame}>{t('controls.nextMarker')}</button>
        </div>
        <span className="clock" data-testid="clock">{t('controls.clock', { t: Math.round(now), step: frame?.step ?? 0 })}</span>
      </div>
      <div className="transport-row">
      <div className="timeline">
        <input
          type="range" min={0} max={horizon} step="any" value={Math.min(scrubbed, horizon)}
          aria-label={t('controls.timeline')}
          aria-valuetext={t('controls.timeValue', { t: Math.round(now), step: frame?.step ?? 0 })}
          onChange={(e) => {
            const to = Number(e.currentTarget.value);
            setPlaying(false);
            setTarget({ req: seekTime(to), t: to });
          }}
        />
        <MarkerTicks markers={markers} horizon={horizon} />
      </div>
      <SpeedControl />
      <PredictControls />
      </div>
    </section>
  );
}
