import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { useRunSubscription } from '../playback/useRunSubscription.ts';
import { useTickingView } from '../playback/useTickingView.ts';
import { act, selectServer, useRunStore } from '../state/runStore.ts';
import { pointMessage } from '../state/stageStore.ts';
import { createRingView } from '../views/ringView.ts';
import { ringLabels } from './labels.ts';

/** The ring of servers, sized to its box. React creates the D3 view once and hands it frames (design.md §5). */
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
      onMessagePointed: pointMessage,
    }),
  );

  // The stage scales with the window: the view is laid out in the SVG's own pixel size.
  useEffect(() => {
    const svg = svgRef.current!;
    const observer = new ResizeObserver(() => {
      const box = svg.getBoundingClientRect();
      viewRef.current?.resize(box.width, box.height);
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [viewRef]);

  // Frames reach the view from the store directly: a frame re-renders no React component (issue 12).
  useRunSubscription(
    ({ frame, selectedMessage }) => {
      if (frame) viewRef.current?.update(frame, labels, frame.selected, selectedMessage);
    },
    [labels, viewRef],
    (s, prev) => s.frame !== prev.frame || s.selectedMessage !== prev.selectedMessage,
  );

  return <svg ref={svgRef} className="ring" data-testid="ring" role="group" aria-label={t('ensemble.heading')} />;
}
