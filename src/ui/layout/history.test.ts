import { describe, expect, it } from 'vitest';
import type { HistoryRun, ServerHistory } from '../../worker/protocol.ts';
import { columnAt, historyLayout, stripMetrics, zxidUnion } from './history.ts';

const run = (epoch: number, first: number, last: number, state: HistoryRun['state'] = 'applied'): HistoryRun => ({ epoch, first, last, state, onDisk: true, acks: [] });

function server(sid: number, runs: HistoryRun[], extra: Partial<ServerHistory> = {}): ServerHistory {
  return {
    sid, running: true, runs, snapshot: null, snapshotInMemory: null, currentEpoch: 1, acceptedEpoch: 1, lastProcessedZxid: '0x0', committedLog: null, sync: null, ...extra,
  };
}

describe('history strip layout', () => {
  it('the union of every server\'s zxids merges overlapping runs per epoch', () => {
    const u = zxidUnion([server(1, [run(1, 1, 3)]), server(2, [run(1, 2, 5), run(2, 1, 1)])]);
    expect(u).toEqual([{ epoch: 1, first: 1, last: 5 }, { epoch: 2, first: 1, last: 1 }]);
  });

  it('equal zxids line up across servers, and a truncated server\'s row ends early', () => {
    const l = historyLayout([server(1, [run(1, 1, 2)]), server(3, [run(1, 1, 3)])], 0, 300, 100);
    expect(l.columns).toHaveLength(3);
    const [r1, r3] = l.rows;
    expect(r1.segments.map((s) => s.x)).toEqual(r3.segments.slice(0, 2).map((s) => s.x));
    expect(r3.segments).toHaveLength(3);
  });

  it('10 000 entries fit in the slots: the newest zxids keep a column each, older ones share ranges', () => {
    const big = [server(1, [run(1, 1, 9_998), run(1, 9_999, 10_000, 'proposed')])];
    const l = historyLayout(big, 0, 600, 60);
    expect(l.columns.length).toBeLessThanOrEqual(60);
    const last = l.columns[l.columns.length - 1];
    expect([last.first, last.last]).toEqual([10_000, 10_000]);
    const cells = l.rows[0].segments.reduce((n, s) => n + s.count, 0);
    expect(cells).toBe(10_000);
    expect(l.rows[0].segments.filter((s) => s.state === 'proposed').map((s) => s.column.first)).toEqual([9_999, 10_000]);
  });

  it('a snapshot marks the edge of what it covers, even for a server whose log is empty after SNAP', () => {
    const l = historyLayout([server(2, [run(1, 1, 2), run(2, 1, 2)]), server(3, [], { snapshot: '0x200000002' })], 10, 400, 100);
    const lastCol = l.columns[l.columns.length - 1];
    expect(l.rows[1].snapshotX).toBe(lastCol.x + lastCol.w);
    expect(l.epochs.map((e) => e.epoch)).toEqual([1, 2]);
  });

  it('columnAt finds a zxid inside a range column', () => {
    const cols = [{ epoch: 1, first: 1, last: 10, x: 0, w: 5 }, { epoch: 1, first: 11, last: 11, x: 5, w: 5 }];
    expect(columnAt(cols, 1, 7)).toBe(0);
    expect(columnAt(cols, 1, 11)).toBe(1);
    expect(columnAt(cols, 2, 1)).toBeLessThan(0);
  });
});

describe('history strip metrics', () => {
  it('gives every row a line of text at the font size, and the columns what is left of the width', () => {
    for (const [n, width, px] of [[3, 860, 13], [5, 1400, 18], [3, 370, 13], [51, 860, 13]] as const) {
      const m = stripMetrics(n, width, px, 18);
      expect(m.rowH, `${n} rows at ${px} px`).toBeGreaterThanOrEqual(1.3 * px);
      expect(m.headerH).toBeGreaterThanOrEqual(1.3 * px);
      expect(m.labelW).toBeGreaterThanOrEqual(3 * m.charW);
      expect(m.labelW + m.colsW + m.rightW).toBeLessThanOrEqual(width);
      expect(m.colsW).toBeGreaterThan(width / 3);
      expect(m.height).toBe(m.headerH + n * (m.rowH + m.rowGap) + 4);
    }
  });
});
