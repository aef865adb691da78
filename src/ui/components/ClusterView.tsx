import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { useTickingView } from '../playback/useTickingView.ts';
import { act, selectServer, useRunStore } from '../state/runStore.ts';
import { createRingView } from '../views/ringView.ts';
import { ringLabels } from './labels.ts';

/** The ring of servers. React creates the D3 view once and hands it frames (design.md §5). */
export function ClusterView() {
  const t = useT();
  const svgRef = useRef<SVGSVGElement>(null);
  const labels = useMemo(() => ringLabels(t), [t]);

  const viewRef = useTickingView(svgRef, (svg) =>
    createRingView(svg, {
      onServer: (sid) => selectServer(useRunStore.getState().frame?.selected === sid ? null : sid),
      onLink: (l) => {
        if (l.state === 'up') act({ do: 'cut', servers: [l.a, l.b] });
        else if (l.state === 'cut') act({ do: 'mend', servers: [l.a, l.b] });
      },
      onMessage: (id) => useRunStore.setState({ selectedMessage: id }),
      onDrop: (id) => act({ do: 'drop', message: id }),
    }),
  );

  // The view subscribes to the store outside React's render (design.md §5): frames never re-render this component.
  useEffect(() => {
    const draw = () => {
      const { frame, selectedMessage } = useRunStore.getState();
      if (frame) viewRef.current?.update(frame, labels, frame.selected, selectedMessage);
    };
    draw();
    return useRunStore.subscribe((s, prev) => {
      if (s.frame !== prev.frame || s.selectedMessage !== prev.selectedMessage) draw();
    });
  }, [labels, viewRef]);

  return <svg ref={svgRef} className="ring" data-testid="ring" role="group" aria-label={t('ensemble.heading')} />;
}
