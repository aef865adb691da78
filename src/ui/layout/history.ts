/**
 * Geometry of the history strip (issue 13): one row per server, one column per zxid that any server
 * holds, so equal zxids line up and a TRUNC or a SNAP shows as a row that ends early. When the zxids
 * do not fit, the newest keep a column each and the older ones share range columns. Works on runs, never
 * on expanded logs, so 51 servers with 10 000 entries each stay cheap. Pure, unit-tested.
 */
import type { CellState, HistoryRun, ServerHistory } from '../../worker/protocol.ts';

/** A column: one zxid, or (first < last) a range of zxids of one epoch. */
export interface Column {
  readonly epoch: number;
  readonly first: number;
  readonly last: number;
  readonly x: number;
  readonly w: number;
}

/** A drawn piece of a row: columns [from, to] in one state. `count` cells of the server lie in it. */
export interface Segment {
  readonly key: string;
  readonly x: number;
  readonly w: number;
  readonly state: CellState;
  readonly onDisk: boolean;
  readonly acks: readonly number[];
  readonly column: Column;
  readonly count: number;
  /** true when the segment stands for more than one zxid. */
  readonly range: boolean;
}

/** One server's row. */
export interface Row {
  readonly sid: number;
  readonly segments: readonly Segment[];
  /** x of the right edge of what the snapshot covers (null: no snapshot). */
  readonly snapshotX: number | null;
  /** x of the edge of a SNAP held in memory, not yet written (null: none). */
  readonly snapshotInMemoryX: number | null;
  /** The committedLog window as an x span (null when empty). */
  readonly windowSpan: { readonly x0: number; readonly x1: number } | null;
}

/** The whole strip. */
export interface HistoryLayout {
  readonly columns: readonly Column[];
  readonly epochs: readonly { readonly epoch: number; readonly x0: number; readonly x1: number }[];
  readonly rows: readonly Row[];
}

/** Widest a column gets when there are few zxids (so three cells do not stretch across the stage). */
const MAX_COLUMN_W = 56;

type Interval = { epoch: number; first: number; last: number };

const cmp = (a: Interval, b: Interval) => a.epoch - b.epoch || a.first - b.first;

/** The union of every server's zxids as disjoint intervals, ascending. */
export function zxidUnion(histories: readonly ServerHistory[]): Interval[] {
  const all = histories.flatMap((h) => h.runs.map((r) => ({ epoch: r.epoch, first: r.first, last: r.last }))).sort(cmp);
  const out: Interval[] = [];
  for (const r of all) {
    const top = out[out.length - 1];
    if (top && top.epoch === r.epoch && r.first <= top.last + 1) top.last = Math.max(top.last, r.last);
    else out.push({ ...r });
  }
  return out;
}

/** Splits the union into at most `slots` columns: the newest zxids singly, older ones in ranges. */
export function columnsOf(union: readonly Interval[], slots: number, x0: number, width: number): Column[] {
  const total = union.reduce((n, r) => n + r.last - r.first + 1, 0);
  const single = total <= slots ? total : Math.max(1, Math.floor(slots / 2));
  const perRange = total <= slots ? 1 : Math.ceil((total - single) / Math.max(1, slots - single));
  const spans: Interval[] = [];
  let left = total;
  for (const r of union) {
    let c = r.first;
    while (c <= r.last) {
      const size = left > single ? Math.min(perRange, left - single, r.last - c + 1) : 1;
      spans.push({ epoch: r.epoch, first: c, last: c + size - 1 });
      c += size;
      left -= size;
    }
  }
  const w = spans.length ? Math.min(MAX_COLUMN_W, width / spans.length) : 0;
  return spans.map((s, i) => ({ ...s, x: x0 + i * w, w }));
}

/** Index of the column holding (epoch, counter), or -1. Columns are sorted, so binary search. */
export function columnAt(columns: readonly Column[], epoch: number, counter: number): number {
  let lo = 0, hi = columns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = columns[mid];
    if (epoch < c.epoch || (epoch === c.epoch && counter < c.first)) hi = mid - 1;
    else if (epoch > c.epoch || counter > c.last) lo = mid + 1;
    else return mid;
  }
  return -lo - 1;
}

function parseZxid(hex: string): { epoch: number; counter: number } {
  const z = BigInt(hex);
  return { epoch: Number(z >> 32n), counter: Number(z & 0xffffffffn) };
}

/** x just after the last column at or before `hex` (the edge of what a snapshot covers). */
function edgeAfter(columns: readonly Column[], hex: string, x0: number): number {
  const { epoch, counter } = parseZxid(hex);
  const i = columnAt(columns, epoch, counter);
  const before = i >= 0 ? i : -i - 2;
  return before >= 0 ? columns[before].x + columns[before].w : x0;
}

function segmentsOf(runs: readonly HistoryRun[], columns: readonly Column[]): Segment[] {
  const out: Segment[] = [];
  for (const r of runs) {
    const a = columnAt(columns, r.epoch, r.first);
    const b = columnAt(columns, r.epoch, r.last);
    for (let i = a; i <= b; i++) {
      const col = columns[i];
      const count = Math.min(col.last, r.last) - Math.max(col.first, r.first) + 1;
      const prev = out[out.length - 1];
      // Merge neighbouring range columns of one run; single zxids stay their own cell.
      if (prev && prev.range && col.first < col.last && prev.state === r.state && prev.onDisk === r.onDisk && prev.x + prev.w === col.x) {
        out[out.length - 1] = { ...prev, w: prev.w + col.w, count: prev.count + count };
        continue;
      }
      out.push({
        key: `${col.epoch}:${col.first}:${r.state}:${r.onDisk}`, x: col.x, w: col.w, state: r.state, onDisk: r.onDisk,
        acks: r.acks, column: col, count, range: col.first < col.last,
      });
    }
  }
  return out;
}

/** Lays out every server's row across `width` units starting at `x0`, with at most `slots` columns. */
export function historyLayout(histories: readonly ServerHistory[], x0: number, width: number, slots: number): HistoryLayout {
  const columns = columnsOf(zxidUnion(histories), slots, x0, width);
  const epochs: { epoch: number; x0: number; x1: number }[] = [];
  for (const c of columns) {
    const top = epochs[epochs.length - 1];
    if (top && top.epoch === c.epoch) top.x1 = c.x + c.w;
    else epochs.push({ epoch: c.epoch, x0: c.x, x1: c.x + c.w });
  }
  const rows = histories.map((h) => {
    const cl = h.committedLog;
    const windowSpan = cl ? { x0: edgeAfter(columns, cl.min, x0) - colWidth(columns, cl.min), x1: edgeAfter(columns, cl.max, x0) } : null;
    return { sid: h.sid, segments: segmentsOf(h.runs, columns), snapshotX: h.snapshot === null ? null : edgeAfter(columns, h.snapshot, x0),
      snapshotInMemoryX: h.snapshotInMemory === null ? null : edgeAfter(columns, h.snapshotInMemory, x0), windowSpan };
  });
  return { columns, epochs, rows };
}

function colWidth(columns: readonly Column[], hex: string): number {
  const { epoch, counter } = parseZxid(hex);
  const i = columnAt(columns, epoch, counter);
  return i >= 0 ? columns[i].w : 0;
}

/** The strip's parts in CSS pixels, sized from its font so its text stays as large as the stage's. */
export interface StripMetrics {
  readonly labelW: number;
  readonly rightW: number;
  readonly headerH: number;
  readonly rowH: number;
  /** Space between rows. */
  readonly rowGap: number;
  readonly colsW: number;
  /** Most columns drawn. */
  readonly slots: number;
  readonly height: number;
  /** Width of one monospace character: a cell shows its counter only when the digits fit. */
  readonly charW: number;
}

/** Most cells drawn in all (51 servers still get a few columns each). */
const CELL_BUDGET = 4000;

/**
 * Sizes the strip for `n` rows across `width` pixels at `fontPx`: the server column fits "S51", the right
 * column its longest text (`rightChars`), rows one line of text each; the zxid columns take what is left.
 */
export function stripMetrics(n: number, width: number, fontPx: number, rightChars: number): StripMetrics {
  const charW = 0.6 * fontPx;
  const labelW = Math.ceil(4 * charW + 6);
  // The right column never takes more than 40 % of the strip (its text is then cut by the edge, not the cells).
  const rightW = Math.ceil(Math.min(0.4 * width, rightChars * charW + 12));
  const headerH = Math.ceil(1.5 * fontPx);
  const rowH = Math.ceil(1.45 * fontPx);
  const rowGap = 2;
  const colsW = Math.max(0, width - labelW - rightW);
  const slots = Math.max(8, Math.min(Math.floor(colsW / Math.max(9, charW + 3)), Math.floor(CELL_BUDGET / Math.max(n, 1))));
  return { labelW, rightW, headerH, rowH, rowGap, colsW, slots, height: headerH + n * (rowH + rowGap) + 4, charW };
}
