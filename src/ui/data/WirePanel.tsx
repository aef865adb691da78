import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { currentClock } from '../playback/loop.ts';
import { useRunSubscription } from '../playback/useRunSubscription.ts';
import { useTickingView } from '../playback/useTickingView.ts';
import { useRunStore } from '../state/runStore.ts';
import { createWireView } from '../views/wireView.ts';
import { wireLabels } from './labels.ts';

/** Watch events now on their way, as readable text (type, path, which client, from which server). */
function EventsInFlight() {
  const t = useT();
  const messages = useRunStore((s) => s.frame?.clientMessages);
  const events = (messages ?? []).filter((m) => m.kind === 'watch');
  return (
    <div className="events-in-flight" aria-live="polite">
      <h4>{t('wire.inFlight')}</h4>
      {events.length === 0 ? <p className="hint">{t('wire.noEvents')}</p> : (
        <ul data-testid="watch-events">
          {events.map((m) => {
            // The label is `type path`; a path may itself contain spaces.
            const cut = m.label.indexOf(' ');
            const type = cut < 0 ? m.label : m.label.slice(0, cut), path = cut < 0 ? '' : m.label.slice(cut + 1);
            return <li key={m.id}>{t('wire.event', { type, path, client: m.client, server: m.server })}</li>;
          })}
        </ul>
      )}
    </div>
  );
}

/** Servers, client sessions and the packets between them, animated by the playback loop. */
export function WirePanel() {
  const t = useT();
  const svgRef = useRef<SVGSVGElement>(null);
  const viewRef = useTickingView(svgRef, createWireView);
  const labels = useMemo(() => wireLabels(t), [t]);
  // Drawn at one unit a pixel: laid out again for its width, so its text keeps its CSS size.
  useEffect(() => {
    const svg = svgRef.current!;
    const observer = new ResizeObserver(() => viewRef.current?.resize(svg.getBoundingClientRect().width));
    observer.observe(svg);
    return () => observer.disconnect();
  }, [viewRef]);
  // Frames reach the view from the store directly, not through a React render.
  useRunSubscription(
    ({ frame }) => {
      if (!frame) return;
      viewRef.current?.update(frame.servers, frame.clients, frame.clientMessages, labels);
      viewRef.current?.tick(currentClock());
    },
    [labels, viewRef],
    (s, prev) => s.frame?.servers !== prev.frame?.servers || s.frame?.clients !== prev.frame?.clients || s.frame?.clientMessages !== prev.frame?.clientMessages,
  );
  return (
    <section className="panel wire-panel" aria-label={t('wire.heading')}>
      <h3>{t('wire.heading')}</h3>
      <svg ref={svgRef} className="wire" role="group" aria-label={t('wire.label')} data-testid="wire" />
      <EventsInFlight />
    </section>
  );
}
