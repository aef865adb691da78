/**
 * The tour "Zab: DIFF, TRUNC, SNAP" (issue 13): every step's narration is checked against the frame it
 * shows: the cells, states, snapshot, epochs and sync each sentence names.
 */
import { describe, expect, it } from 'vitest';
import { framesOf } from './tour-frames.test-helper';
import type { Frame } from './frame-types';
import type { ServerHistory } from './frame-history';

/** zxid hex → state, for one server's row. */
function cells(h: ServerHistory | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of h?.runs ?? []) {
    for (let c = r.first; c <= r.last; c++) out.set(`0x${((BigInt(r.epoch) << 32n) | BigInt(c)).toString(16)}`, r.state);
  }
  return out;
}

const row = (f: Frame, sid: number) => f.histories.find((h) => h.sid === sid);
const server = (f: Frame, sid: number) => f.servers.find((s) => s.id === sid);

describe('tour "Zab: DIFF, TRUNC, SNAP": the narration agrees with the frame of each step', () => {
  it('part 1, sync-diff: stopped server keeps its log; DIFF via committedLog fills it; UPTODATE applies it', () => {
    const [stopped, committed, decided, newLeader, serving] = framesOf('sync-diff');
    expect(server(stopped, 1)?.state).toBe('STOPPED');
    expect([...cells(row(stopped, 1))]).toEqual([['0x100000001', 'logged'], ['0x100000002', 'logged']]);
    expect([row(stopped, 1)?.currentEpoch, row(stopped, 1)?.acceptedEpoch]).toEqual([1, 1]);
    expect(row(committed, 3)?.committedLog).toMatchObject({ min: '0x100000001', max: '0x100000005' });
    expect([...cells(row(committed, 1)).keys()].pop()).toBe('0x100000002');
    expect(row(decided, 1)?.sync).toMatchObject({ mode: 'DIFF', path: 'committedLog', peerLastZxid: '0x100000002', minCommittedLog: '0x100000001', maxCommittedLog: '0x100000005' });
    expect(decided.marks.map((m) => m.code)).toContain('zab.sync.diff');
    const filled = row(newLeader, 1)!;
    expect(['0x100000003', '0x100000004', '0x100000005'].map((z) => cells(filled).get(z))).toEqual(['committed', 'committed', 'committed']);
    expect(filled.runs.every((r) => r.onDisk)).toBe(true);
    expect(row(serving, 1)?.sync?.stage).toBe('UPTODATE');
    expect(row(serving, 1)?.lastProcessedZxid).toBe('0x100000005');
    expect([...cells(row(serving, 1)).values()].every((s) => s === 'applied')).toBe(true);
  });

  it('part 2, sync-trunc: an unacked proposal, killed, re-elected elsewhere, TRUNC past maxCommittedLog cuts it', () => {
    const [proposed, killed, elected, restarted, decided, truncated, serving] = framesOf('sync-trunc');
    expect(cells(row(proposed, 3)).get('0x100000003')).toBe('proposed');
    expect(proposed.broadcast?.outstanding).toEqual([expect.objectContaining({ zxid: '0x100000003', acks: [3], needed: 2 })]);
    expect(server(killed, 3)?.state).toBe('STOPPED');
    expect(cells(row(killed, 3)).get('0x100000003')).toBe('logged');
    expect(server(elected, 2)?.state).toBe('LEADING');
    expect(row(elected, 2)?.currentEpoch).toBe(2);
    expect(row(elected, 2)?.committedLog?.max).toBe('0x100000002');
    expect(cells(row(restarted, 3)).get('0x100000003')).toBe('applied');
    expect(row(decided, 3)?.sync).toMatchObject({ mode: 'TRUNC', path: 'aheadOfCommittedLog', peerLastZxid: '0x100000003', maxCommittedLog: '0x100000002' });
    expect(cells(row(decided, 3)).has('0x100000003')).toBe(true);
    expect([...cells(row(truncated, 3)).keys()]).toEqual(['0x100000001', '0x100000002']);
    expect(row(serving, 3)?.snapshot).toBe('0x100000002');
    expect(row(serving, 3)?.currentEpoch).toBe(2);
    expect(row(serving, 3)?.sync?.stage).toBe('UPTODATE');
    expect(server(serving, 3)?.state).toBe('FOLLOWING');
  });

  it('part 3, sync-snap: TRUNC may not cross an epoch, so SNAP replaces the log with a snapshot', () => {
    const [killed, committed, decided, snapped, serving] = framesOf('sync-snap');
    expect(server(killed, 3)?.state).toBe('STOPPED');
    expect(cells(row(killed, 3)).get('0x100000003')).toBe('logged');
    expect(row(committed, 2)?.committedLog).toMatchObject({ min: '0x100000001', max: '0x200000002' });
    expect(row(decided, 3)?.sync).toMatchObject({ mode: 'SNAP', peerLastZxid: '0x100000003' });
    expect(row(snapped, 3)?.runs).toEqual([]);
    expect(row(snapped, 3)?.snapshot).toBe('0x200000002');
    expect(row(snapped, 3)?.currentEpoch).toBe(2);
    expect(row(serving, 3)?.sync?.stage).toBe('UPTODATE');
    expect(row(serving, 3)?.lastProcessedZxid).toBe('0x200000002');
  });
});
