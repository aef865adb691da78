/**
 * Issue 17 and issue 11 (point 6) through the worker: progress while reading a big log, what the replay
 * says about layouts, skipped lines and clock shifts, search over the whole run and the elections filter.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateEnsembleLogs } from '../../bench/ensemble-log';
import { phraseText } from '../scenario/phrase';
import type { Reply } from './protocol';
import { handleReplay, onReplayProgress } from './dispatch-replay';

const note = readFileSync('src/ui/replay/samples/seed-002-late-joiner.txt', 'utf8');

function only<T extends Reply['type']>(replies: Reply[] | null, type: T): Extract<Reply, { type: T }> {
  const r = replies?.find((x) => x.type === type);
  if (r === undefined) throw new Error(`no ${type} reply in ${JSON.stringify(replies?.map((x) => x.type))}`);
  return r as Extract<Reply, { type: T }>;
}

describe('replaying a big log through the worker', () => {
  it('posts the lines read as it goes, ending with all of them, and opens a steppable run', () => {
    const g = generateEnsembleLogs(5, 60_000);
    const progress: [number, number][] = [];
    onReplayProgress((r) => { if (r.type === 'replayProgress') progress.push([r.linesDone, r.linesTotal]); });
    try {
      const replies = handleReplay({ type: 'replayLogs', files: g.files });
      expect(only(replies, 'replayed').info.servers).toHaveLength(5);
    } finally {
      onReplayProgress(null);
    }
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual([g.lines, g.lines]);
    expect(progress.every(([d], i) => i === 0 || d >= (progress[i - 1] as [number, number])[0])).toBe(true);
    const end = only(handleReplay({ type: 'seekTime', t: 1e15, req: 2 }), 'frame').frame;
    const back = only(handleReplay({ type: 'stepBy', delta: -50_000, req: 3 }), 'frame').frame;
    expect(back.step).toBe(end.step - 50_000);
  }, 120_000);
});

describe('the seed note replayed, searched and filtered', () => {
  let info: Extract<Reply, { type: 'replayed' }>['info'];
  beforeAll(() => {
    info = only(handleReplay({ type: 'replayLogs', files: [{ name: 'seed 002.md', text: note }] }), 'replayed').info;
  });
  it('says which layout it read, what it skipped, and that no clock needed a shift', () => {
    expect(info.layouts).toEqual([{ file: 'seed 002.md', layout: 'zookeeper' }]);
    expect(info.skipped).toMatchObject({ fence: expect.any(Number), comment: 2, heading: 3 });
    expect(info.clockShifts).toEqual([]);
  });
  it('finds events by server, state, round and zxid anywhere in the run', () => {
    const leading = only(handleReplay({ type: 'replaySearch', query: 'server:3 state:LEADING' }), 'replaySearchResult');
    expect(leading.error).toBeNull();
    expect(leading.total).toBe(7);
    expect(leading.hits.every((h) => h.sid === 3 && /LEADING \(n\.state\)/.test(h.text))).toBe(true);
    expect(only(handleReplay({ type: 'replaySearch', query: 'round:1 zxid:0x0 timeout' }), 'replaySearchResult').total).toBe(0);
    expect(only(handleReplay({ type: 'replaySearch', query: 'time out' }), 'replaySearchResult').total).toBe(6);
    const refused = only(handleReplay({ type: 'replaySearch', query: 'colour:red' }), 'replaySearchResult').error;
    expect(refused && phraseText(refused)).toMatch(/^unknown field "colour"/);
  });
  it('keeps only election events in the log when filtered', () => {
    const all = only(handleReplay({ type: 'seekTime', t: 1e12, req: 4 }), 'frame').frame;
    const filtered = only(handleReplay({ type: 'replayFilter', electionsOnly: true, req: 5 }), 'frame').frame;
    expect(filtered.log.length).toBeLessThan(all.log.length);
    expect(filtered.log.some((l) => l.text.includes('TCP NoDelay'))).toBe(false);
    expect(all.log.some((l) => l.text.includes('TCP NoDelay'))).toBe(true);
    handleReplay({ type: 'replayFilter', electionsOnly: false, req: 6 });
  });
});
