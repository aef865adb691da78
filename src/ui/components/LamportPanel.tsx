import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { useReplaySearch } from '../replay/replaySearch.ts';
import { useLaterRunSubscription } from '../playback/useRunSubscription.ts';
import { seekTime, setPlaying } from '../state/runStore.ts';
import { createLamportView, LAMPORT, type LamportView } from '../views/lamportView.ts';
import { groupOf } from '../views/palette.ts';

/** The space-time diagram panel, synced with the timeline (loaded lazily: it is a secondary panel). */
export default function LamportPanel() {
  const t = useT();
  const ref = useRef<SVGSVGElement>(null);
  const view = useRef<LamportView | null>(null);
  // A replay's search marks the notifications it found; its filter keeps election traffic only.
  const electionsOnly = useReplaySearch((s) => s.electionsOnly);
  const hits = useReplaySearch((s) => s.result?.hits);
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
  // Frames reach the diagram from the store directly, not through a React render (a heavy one just after the stage's).
  useLaterRunSubscription(
    ({ frame }) => {
      if (!frame) return;
      const shown = electionsOnly ? { ...frame, trace: frame.trace.filter((m) => groupOf(m.kind) === 'notification') } : frame;
      view.current?.update(shown, new Set(frame.replay ? (hits ?? []).map((h) => h.step) : []));
    },
    [electionsOnly, hits],
    // Hundreds of arrows (a big ensemble) are drawn after the stage; a few go with the frame.
    ({ frame }) => (frame?.trace.length ?? 0) > 200,
  );
  return (
    // Not a landmark of its own: its panel frame is the region named after it.
    <div className="lamport">
      <p className="hint">{t('lamport.hint')}</p>
      <svg ref={ref} role="img" aria-label={t('lamport.label', { ms: LAMPORT.windowMs })} data-testid="lamport" />
    </div>
  );
}
