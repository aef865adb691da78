import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { seekTime, setPlaying, useRunStore } from '../state/runStore.ts';
import { createLamportView, LAMPORT, type LamportView } from '../views/lamportView.ts';

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
    // Drawn from the store outside React's render: frames never re-render this panel.
    const frame = useRunStore.getState().frame;
    if (frame) v.update(frame);
    const off = useRunStore.subscribe((s, prev) => {
      if (s.frame && s.frame !== prev.frame) v.update(s.frame);
    });
    return () => {
      off();
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
