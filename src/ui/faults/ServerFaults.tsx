import { useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { act, useRunStore } from '../state/runStore.ts';

/** How late a slow server's timers fire and its sends leave. */
const SLOW_MS = 500;
const LATENCY_MAX_MS = 2000;

/** One link's latency slider: applied when the slider is released (one action, not one per pixel). */
function LatencySlider({ a, b }: { a: number; b: number }) {
  const t = useT();
  const set = useRunStore((s) => s.frame?.network?.latency.find(([x, y]) => (x === a && y === b) || (x === b && y === a)));
  const [draft, setDraft] = useState<number | null>(null);
  const ms = draft ?? (set ? set[3] : 5);
  const apply = () => {
    if (draft !== null) act({ do: 'latency', servers: [a, b], latencyMs: [Math.max(1, draft), Math.max(1, draft)] });
    setDraft(null);
  };
  return (
    <label className="latency-slider">
      <span>{t('action.latency', { to: b, ms })}</span>
      <input
        type="range" min={1} max={LATENCY_MAX_MS} step={1} value={ms}
        onChange={(e) => setDraft(Number(e.currentTarget.value))} onPointerUp={apply} onKeyUp={apply} onBlur={apply}
      />
    </label>
  );
}

/** The slow-server switch and a latency slider per link of the selected server. */
export function ServerFaults({ sid }: { sid: number }) {
  const t = useT();
  const slow = useRunStore((s) => s.frame?.network?.slow.find(([x]) => x === sid)?.[1] ?? 0);
  const others = useRunStore((s) => s.frame?.servers.map((x) => x.id).filter((x) => x !== sid).join(',') ?? '');
  return (
    <div className="server-faults">
      <button type="button" aria-pressed={slow > 0} onClick={() => act({ do: 'slow', server: sid, ms: slow > 0 ? 0 : SLOW_MS })}>
        {slow > 0 ? t('action.unslow') : t('action.slow', { ms: SLOW_MS })}
      </button>
      {others.split(',').filter(Boolean).map(Number).map((b) => <LatencySlider key={b} a={sid} b={b} />)}
    </div>
  );
}
