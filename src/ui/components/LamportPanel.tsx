import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { useReplaySearch } from '../replay/replaySearch.ts';
import { seekTime, setPlaying, useRunStore } from '../state/runStore.ts';
import { createLamportView, LAMPORT, type LamportView } from '../views/lamportView.ts';
import { groupOf } from '../views/palette.ts';

/** The space-time diagram panel, synced with the timeline (loaded lazily: it is a secondary panel). */
export default function LamportPanel() {
  const t = useT();
  const ref = useRef<SVGSVGElement>(null);
  const view = useRef<LamportView | null>(null);
  useEffect(() => {
    const v = createLamportView(ref.current!, (time) => {
      setPlaying(false);
      seekTime(time);
    });
    view.current = v;
    // Drawn from the stores outside React's render: frames never re-render this panel. A replay's
    // search marks the notifications it found; its filter keeps election traffic only.
    const draw = () => {
      const frame = useRunStore.getState().frame;
      if (!frame) return;
      const { electionsOnly, result } = useReplaySearch.getState();
      const shown = electionsOnly ? { ...frame, trace: frame.trace.filter((m) => groupOf(m.kind) === 'notification') } : frame;
      v.update(shown, new Set(frame.replay ? (result?.hits ?? []).map((h) => h.step) : []));
    };
    draw();
    const offRun = useRunStore.subscribe((s, prev) => {
      if (s.frame !== prev.frame) draw();
    });
    const offSearch = useReplaySearch.subscribe(draw);
    return () => {
      offRun();
      offSearch();
      v.destroy();
    };
  }, []);
  return (
    <section className="panel lamport" aria-labelledby="lamport-heading">
      <h3 id="lamport-heading">{t('lamport.heading')}</h3>
      <p className="hint">{t('lamport.hint')}</p>
      <svg ref={ref} role="img" aria-label={t('lamport.label', { ms: LAMPORT.windowMs })} data-testid="lamport" />
    </section>
  );
}
