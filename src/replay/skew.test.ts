/**
 * Clock skew: the recorded late-joiner logs (one machine, one clock) with a server's timestamps moved as
 * if its machine's clock were off. The happens-before of notifications must bring it back, and logs
 * that already agree must not move at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayLogs, summarize } from './index.ts';

const DIR = 'src/replay/testdata/layouts';
const load = (layout: string, id: number) => readFileSync(`${DIR}/${layout}/server${id}.log`, 'utf8');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Moves every ZooKeeper-layout stamp of a log by `ms`, as a machine whose clock is off would write it. */
function shifted(text: string, ms: number): string {
  return text.replace(/^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}),(\d{3})/gm, (_, y, mo, d, h, mi, s, f) => {
    const t = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +f) + ms);
    return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())},${pad(t.getUTCMilliseconds(), 3)}`;
  });
}

/**
 * A shift is the least that orders every notification, so it can fall short of the true skew by how loose
 * the logs leave it: a vote broadcast again later pairs with its first send (seconds in a late join).
 */
const TOLERANCE_MS = 5000;

const original = replayLogs([1, 2, 3].map((id) => ({ name: `s${id}`, text: load('zookeeper', id) })));

describe('aligning clocks by the happens-before of notifications', () => {
  it('leaves logs of one clock as they are', () => {
    expect(original.run.clockShifts).toEqual([]);
    for (const m of original.run.messages) if (m.sentAtMs !== null) expect(m.sentAtMs).toBeLessThanOrEqual(m.receivedAtMs as number);
  });
  it('brings back a server whose clock was 5 minutes ahead and one 90 s behind', () => {
    const skews: Record<number, number> = { 1: 0, 2: 300_000, 3: -90_000 };
    const { run } = replayLogs([1, 2, 3].map((id) => ({ name: `s${id}`, text: shifted(load('zookeeper', id), skews[id] as number) })));
    expect(run.clockShifts.map((s) => s.server)).toEqual([2, 3]);
    for (const s of run.clockShifts) expect(Math.abs(s.shiftMs + (skews[s.server] as number))).toBeLessThanOrEqual(TOLERANCE_MS);
    expect(summarize(run)).toEqual(summarize(original.run));
    // Every notification paired with its send is received after it.
    const paired = run.messages.filter((m) => m.sentAtMs !== null);
    expect(paired.length).toBeGreaterThan(0);
    for (const m of paired) expect(m.sentAtMs).toBeLessThanOrEqual(m.receivedAtMs as number);
  });
  it('aligns a zoned log with two unzoned ones written in that zone (8 hours apart as read)', () => {
    const { run } = replayLogs([{ name: 's1', text: load('iso8601-zone', 1) }, { name: 's2', text: load('iso8601', 2) }, { name: 's3', text: load('iso8601', 3) }]);
    expect(run.clockShifts).toHaveLength(1);
    expect(run.clockShifts[0]?.server).toBe(1);
    expect(Math.abs((run.clockShifts[0]?.shiftMs as number) - 8 * 3_600_000)).toBeLessThanOrEqual(TOLERANCE_MS);
    expect(summarize(run)).toEqual(summarize(original.run));
  });
  it('does not shift when a server has no notifications to go by', () => {
    const { run } = replayLogs([{ name: 's1', text: shifted(load('zookeeper', 1), 3_600_000) }]);
    expect(run.clockShifts).toEqual([]);
  });
});
