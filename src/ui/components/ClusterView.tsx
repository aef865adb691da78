import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { addTicker } from '../playback/loop.ts';
import { act, selectServer, useRunStore } from '../state/runStore.ts';
import { createRingView, type RingView } from '../views/ringView.ts';
import { ringLabels } from './labels.ts';

/** The ring of servers. React creates the D3 view once and hands it frames (design.md §5). */
export function ClusterView() {
  const t = useT();
  const svgRef = useRef<SVGSVGElement>(null);
  const viewRef = useRef<RingView | null>(null);
  const frame = useRunStore((s) => s.frame);
  const selectedMessage = useRunStore((s) => s.selectedMessage);
  const labels = useMemo(() => ringLabels(t), [t]);

  useEffect(() => {
    const view = createRingView(svgRef.current!, {
      onServer: (sid) => selectServer(useRunStore.getState().frame?.selected === sid ? null : sid),
      onLink: (l) => {
        if (l.state === 'up') act({ do: 'cut', servers: [l.a, l.b] });
        else if (l.state === 'cut') act({ do: 'mend', servers: [l.a, l.b] });
      },
      onMessage: (id) => useRunStore.setState({ selectedMessage: id }),
      onDrop: (id) => act({ do: 'drop', message: id }),
    });
    viewRef.current = view;
    const off = addTicker((time) => view.tick(time));
    return () => {
      off();
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (frame) viewRef.current?.update(frame, labels, frame.selected, selectedMessage);
  }, [frame, labels, selectedMessage]);

  return <svg ref={svgRef} className="ring" data-testid="ring" role="group" aria-label={t('ensemble.heading')} />;
}
