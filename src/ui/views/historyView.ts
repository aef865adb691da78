/**
 * The history strip: D3 owns this SVG (design.md §5). One row per server, its log cells aligned by
 * zxid under epoch bands, the snapshot as a hatched block with an edge, the leader's committedLog
 * window as a bracket, epochs and the sync mode at the right. Cells that leave a running server's log
 * (TRUNC, SNAP) stay one update as struck-out ghosts; new ones pop in. CSS animates both, so a paused
 * page schedules no animation frames.
 */
import { select } from 'd3';
import type { ServerHistory } from '../../worker/protocol.ts';
import { historyLayout, stripMetrics, type Row, type Segment, type StripMetrics } from '../layout/history.ts';

/** Text the view needs, already translated. */
export interface HistoryLabels {
  strip: string;
  server(sid: number): string;
  epoch(epoch: number): string;
  right(h: ServerHistory): string;
  snapshot(zxid: string): string;
  committedLog: string;
}

/** A live history strip. */
export interface HistoryView {
  update(histories: readonly ServerHistory[], labels: HistoryLabels, leader: number | null): void;
  /** The strip's width in CSS pixels: it is drawn at one unit a pixel, so its text keeps its CSS size. */
  resize(width: number): void;
  destroy(): void;
}

/** Creates the history strip inside `svg`. */
export function createHistoryView(svg: SVGSVGElement): HistoryView {
  const root = select(svg).attr('preserveAspectRatio', 'xMidYMin meet').attr('role', 'img');
  const gEpochs = root.append('g').attr('class', 'history-epochs');
  const gRows = root.append('g').attr('class', 'history-rows');

  function drawRow(g: SVGGElement, row: Row, h: ServerHistory, m: StripMetrics, labels: HistoryLabels, isLeader: boolean): void {
    const sel = select(g);
    const rh = m.rowH, labelW = m.labelW;
    sel.attr('data-running', h.running ? 'true' : 'false').attr('data-leader', isLeader ? 'true' : null);
    sel.selectAll('text.history-sid').data([h.sid]).join('text').attr('class', 'history-sid')
      .attr('x', 4).attr('y', rh / 2).attr('dy', '0.35em').text((sid) => labels.server(sid));
    const cellH = rh - 4;
    const snapW = row.snapshotX === null ? 0 : row.snapshotX - labelW;
    const snap = row.snapshotX === null || !h.snapshot ? [] : [{ w: Math.max(3, snapW), zxid: h.snapshot }];
    // A SNAP received but not yet written: a dashed block over the old (now stale) log.
    const staged = row.snapshotInMemoryX === null || !h.snapshotInMemory ? [] : [{ w: Math.max(3, row.snapshotInMemoryX - labelW), zxid: h.snapshotInMemory }];
    sel.selectAll('rect.history-snapshot-staged').data(staged).join('rect').attr('class', 'history-snapshot-staged')
      .attr('x', labelW).attr('y', 1).attr('width', (d) => d.w).attr('height', cellH + 2);
    // Inserted first so that cells the snapshot also covers (still in the log) are drawn over it.
    sel.selectAll('rect.history-snapshot').data(snap).join((e) => e.insert('rect', ':first-child'))
      .attr('class', 'history-snapshot').attr('x', labelW).attr('y', 2).attr('width', (d) => d.w).attr('height', cellH);
    // The block says what it covers when there is room (a SNAP-synced server has nothing else to show).
    sel.selectAll('text.history-snapshot-label').data(snap.filter((d) => d.w >= labels.snapshot(d.zxid).length * m.charW + 12)).join('text')
      .attr('class', 'history-snapshot-label').attr('x', labelW + 6).attr('y', rh / 2).attr('dy', '0.35em').text((d) => labels.snapshot(d.zxid));
    // Ghosts of the previous update are gone now; this update's leavers become the new ghosts.
    sel.selectAll('g.cell.ghost').remove();
    const cells = sel.selectAll<SVGGElement, Segment>('g.cell').data(row.segments, (d) => d.key);
    const ghostClass = h.sync?.mode === 'SNAP' ? 'cell ghost replaced' : 'cell ghost cut';
    cells.exit().attr('class', h.running ? ghostClass : 'cell ghost replaced');
    const entered = cells.enter().append('g').attr('class', 'cell entering');
    entered.append('rect');
    entered.append('text').attr('dy', '0.35em');
    const all = entered.merge(cells);
    cells.attr('class', 'cell');
    all.attr('data-state', (d) => d.state).attr('data-on-disk', (d) => (d.onDisk ? 'true' : 'false')).attr('data-range', (d) => (d.range ? 'true' : null));
    all.select('rect').attr('x', (d) => d.x + 1).attr('y', 2).attr('width', (d) => Math.max(1, d.w - 2)).attr('height', cellH);
    all.select('text').attr('x', (d) => d.x + d.w / 2).attr('y', rh / 2)
      .text((d) => {
        // A cell shows its counter (or a range's count) only when the digits fit inside it.
        const text = d.range ? `${d.count}` : `${d.column.first}`;
        return text.length * m.charW + 4 <= d.w ? text : '';
      });
    const windowSpan = isLeader ? row.windowSpan : null;
    sel.selectAll('path.history-window').data(windowSpan ? [windowSpan] : []).join('path').attr('class', 'history-window')
      .attr('d', (s) => `M${s.x0 + 1},${rh - 1}V${rh + 1}H${s.x1 - 1}V${rh - 1}`);
    sel.selectAll('text.history-right').data([h]).join('text').attr('class', 'history-right')
      .attr('x', width - m.rightW + 8).attr('y', rh / 2).attr('dy', '0.35em').text((d) => labels.right(d));
  }

  // Frames arrive many times a second while most of them leave every log as it was: skip those.
  let drawn = '';
  let drawnLabels: HistoryLabels | null = null;
  let width = 900;
  let last: Parameters<HistoryView['update']> | null = null;

  function update(histories: readonly ServerHistory[], labels: HistoryLabels, leader: number | null) {
    last = [histories, labels, leader];
    // The font follows CSS (larger in classroom mode): a new size lays the strip out again.
    const fontPx = parseFloat(getComputedStyle(svg).fontSize) || 13;
    const key = `${width}|${fontPx}|${leader}|${JSON.stringify(histories)}`;
    if (key === drawn && labels === drawnLabels) return;
    drawn = key;
    drawnLabels = labels;
    const m = stripMetrics(histories.length, width, fontPx, Math.max(0, ...histories.map((h) => labels.right(h).length)));
    const layout = historyLayout(histories, m.labelW, m.colsW, m.slots);
    root.attr('viewBox', `0 0 ${width} ${m.height}`).attr('height', m.height).attr('aria-label', labels.strip);
    const bands = gEpochs.selectAll<SVGGElement, (typeof layout.epochs)[number]>('g.epoch').data(layout.epochs, (d) => String(d.epoch))
      .join((enter) => {
        const g = enter.append('g').attr('class', 'epoch');
        g.append('rect');
        g.append('text').attr('dy', '0.35em');
        return g;
      });
    bands.attr('data-parity', (d) => String(d.epoch % 2));
    bands.select('rect').attr('x', (d) => d.x0).attr('y', 0).attr('width', (d) => d.x1 - d.x0).attr('height', m.height);
    bands.select('text').attr('x', (d) => d.x0 + 3).attr('y', m.headerH / 2)
      .text((d) => (d.x1 - d.x0 > (labels.epoch(d.epoch).length + 1) * m.charW ? labels.epoch(d.epoch) : `${d.epoch}`));
    const byId = new Map(histories.map((h) => [h.sid, h]));
    gRows.selectAll<SVGGElement, Row>('g.history-row').data(layout.rows, (d) => String(d.sid))
      .join('g').attr('class', 'history-row')
      .attr('transform', (_d, i) => `translate(0,${m.headerH + i * (m.rowH + m.rowGap)})`)
      .each(function (row) {
        drawRow(this, row, byId.get(row.sid)!, m, labels, row.sid === leader);
      });
  }

  return {
    update,
    resize(w) {
      if (w < 1 || Math.round(w) === width) return;
      width = Math.round(w);
      if (last) update(...last);
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
