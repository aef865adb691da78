import { useEffect, useMemo, useRef } from 'react';
import type { TFunction } from '../i18n/useT.ts';
import { useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';
import { createHistoryView, type HistoryLabels, type HistoryView } from '../views/historyView.ts';

function historyLabels(t: TFunction): HistoryLabels {
  return {
    strip: t('history.strip'),
    server: (sid) => `S${sid}`,
    epoch: (epoch) => t('history.epochGroup', { epoch }),
    snapshot: (zxid) => t('history.snapshotShort', { zxid }),
    committedLog: t('history.committedLogShort'),
    right: (h) => {
      const epochs = t('history.epochsShort', { current: h.currentEpoch ?? '-', accepted: h.acceptedEpoch ?? '-' });
      const sync = h.sync ? ` · ${h.sync.mode} ${t(`history.stageShort.${h.sync.stage}`)}` : '';
      return `${epochs}${sync}`;
    },
  };
}

/** The compact history strip on the stage: every server's log, aligned by zxid (D3 owns the SVG). */
export function HistoryStrip() {
  const t = useT();
  const svgRef = useRef<SVGSVGElement>(null);
  const viewRef = useRef<HistoryView | null>(null);
  const histories = useRunStore((s) => s.frame?.histories);
  const leader = useRunStore((s) => s.frame?.broadcast?.leader ?? null);
  const labels = useMemo(() => historyLabels(t), [t]);

  useEffect(() => {
    const svg = svgRef.current!;
    const view = createHistoryView(svg);
    viewRef.current = view;
    // Drawn at one unit a pixel: the strip is laid out again for its width, so its text keeps its CSS size.
    const observer = new ResizeObserver(() => view.resize(svg.getBoundingClientRect().width));
    observer.observe(svg);
    return () => {
      observer.disconnect();
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (histories) viewRef.current?.update(histories, labels, leader);
  }, [histories, labels, leader]);

  // Always mounted (the view holds this element); hidden for replayed logs, which have no history.
  return (
    <div className="history-strip-box">
      <svg ref={svgRef} className="history-strip" data-testid="history-strip" data-empty={histories?.length === 0 ? 'true' : undefined} />
    </div>
  );
}
