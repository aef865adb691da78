import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { seekTime, setPlaying, useRunStore } from '../state/runStore.ts';
import { createLamportView, LAMPORT, type LamportView } from '../views/lamportView.ts';

/** The space-time diagram panel, synced with the timeline (loaded lazily: it is a secondary panel). */
export default function LamportPanel() {
  const t = useT();
  const ref = useRef<SVGSVGElement>(null);
  const view = useRef<LamportView | null>(null);
  const frame = useRunStore((s) => s.frame);
  useEffect(() => {
    view.current = createLamportView(ref.current!, (time) => {
      setPlaying(false);
      seekTime(time);
    });
    // Drawn in its own pixel size, so the diagram fills the panel wherever the panel sits.
    const svg = ref.current!;
    const observer = new ResizeObserver(() => {
      const box = svg.getBoundingClientRect();
      view.current?.resize(box.width, box.height);
    });
    observer.observe(svg);
    return () => {
      observer.disconnect();
      view.current?.destroy();
    };
  }, []);
  useEffect(() => {
    if (frame) view.current?.update(frame);
  }, [frame]);
  return (
    <section className="lamport" aria-label={t('lamport.heading')}>
      <p className="hint">{t('lamport.hint')}</p>
      <svg ref={ref} role="img" aria-label={t('lamport.label', { ms: LAMPORT.windowMs })} data-testid="lamport" />
    </section>
  );
}
