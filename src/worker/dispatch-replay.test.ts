import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindOf, type Frame, type Reply } from './protocol';
import { afterLoad, handleReplay } from './dispatch-replay';
import { m, phraseText } from '../scenario/phrase';

const RAW = '../shared/reference/raw/ensemble-3-start-together.json';
const DIR = 'src/replay/testdata/zk34-late-joiner';
const zk34 = [1, 2, 3].map((id) => ({ name: `server${id}.log`, text: readFileSync(`${DIR}/server${id}.log`, 'utf8') }));

function frameOf(replies: Reply[] | null): Frame {
  const f = replies?.find((r) => r.type === 'frame');
  if (!f || f.type !== 'frame') throw new Error('no frame');
  return f.frame;
}

describe('a replayed run plays through the time controls like a simulated one', () => {
  it('opens at step 0 with every server not yet started and the markers of the whole run', () => {
    const replies = handleReplay({ type: 'replayLogs', files: zk34 });
    expect(replies?.map((r) => r.type)).toEqual(['loaded', 'replayed', 'frame']);
    const f = frameOf(replies);
    expect(f.replay).toBe(true);
    expect(f.step).toBe(0);
    expect(f.servers.map((s) => [s.id, s.state])).toEqual([[1, 'STOPPED'], [2, 'STOPPED'], [3, 'STOPPED']]);
    expect(f.markers?.some((m) => m.kind === 'round')).toBe(true);
  });

  it('ends with the servers in the states their logs end in, and the log lines verbatim', () => {
    handleReplay({ type: 'replayLogs', files: zk34 });
    const end = frameOf(handleReplay({ type: 'seekTime', t: 1e12, req: 7 }));
    expect(end.req).toBe(7);
    expect(end.nextEventAt).toBeNull();
    const info = handleReplay({ type: 'replayLogs', files: zk34 })?.find((r) => r.type === 'replayed');
    if (info?.type !== 'replayed') throw new Error('no info');
    const states = Object.fromEntries(frameOf(handleReplay({ type: 'seekTime', t: 1e12, req: 1 })).servers.map((s) => [s.id, s.state]));
    for (const s of info.info.servers) expect(states[s.id]).toBe(s.finalState);
    const lines = zk34.flatMap((f) => f.text.split('\n'));
    for (const l of end.log) expect(lines).toContain(l.text);
  });

  it('shows each notification on the wire between its send and its receive, with its vote as fields', () => {
    handleReplay({ type: 'replayLogs', files: zk34 });
    let seen = 0;
    for (let k = 0; k < 400; k++) {
      const f = frameOf(handleReplay({ type: 'seekStep', step: k, req: k }));
      for (const m of f.messages) {
        expect(kindOf(m.payload)).toBe('NOTIFICATION');
        expect(m.sentAt).toBeLessThanOrEqual(f.t);
        expect(Object.keys(m.payload)).toContain('electionEpoch');
        seen++;
      }
      if (f.nextEventAt === null) break;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('keeps the tally lookForLeader would keep: a late joiner learns the decided leader through outofelection', () => {
    handleReplay({ type: 'replayLogs', files: zk34 });
    handleReplay({ type: 'select', sid: 3, req: 1 });
    let outOfElection = 0;
    for (let k = 0; k < 400; k++) {
      const f = frameOf(handleReplay({ type: 'seekStep', step: k, req: k }));
      outOfElection = Math.max(outOfElection, f.tally?.outofelection.length ?? 0);
      if (f.nextEventAt === null) break;
    }
    expect(outOfElection).toBe(2);
  });

  it.skipIf(!existsSync(RAW))('fills server 3\'s quorum meter before it leads in the real 3.8 start-together run', () => {
    const rec = JSON.parse(readFileSync(RAW, 'utf8')) as { runs: { snapshot: { servers: Record<string, { logLines: string[] }> } }[] };
    const files = Object.entries(rec.runs[0]!.snapshot.servers).map(([id, s]) => ({ name: `server${id}.log`, text: s.logLines.join('\n') }));
    handleReplay({ type: 'replayLogs', files });
    handleReplay({ type: 'select', sid: 3, req: 1 });
    let full = false;
    for (let k = 0; k < 400; k++) {
      const f = frameOf(handleReplay({ type: 'seekStep', step: k, req: k }));
      if (f.tally && f.servers.find((s) => s.id === 3)?.state === 'LOOKING' && f.tally.support >= f.tally.needed) full = true;
      if (f.nextEventAt === null) {
        expect(f.servers.map((s) => s.state)).toEqual(['FOLLOWING', 'FOLLOWING', 'LEADING']);
        break;
      }
    }
    expect(full).toBe(true);
  });

  it('refuses a file that is not a ZooKeeper log and keeps the replay that was open', () => {
    handleReplay({ type: 'replayLogs', files: zk34 });
    const before = frameOf(handleReplay({ type: 'seekStep', step: 5, req: 1 }));
    const refused = handleReplay({ type: 'replayLogs', files: [...zk34, { name: 'notes.txt', text: 'hello\nworld\n' }] });
    expect(refused?.[0]?.type).toBe('replayRefused');
    if (refused?.[0]?.type === 'replayRefused') expect(refused[0].problems.map(phraseText).join()).toMatch(/notes\.txt: not a ZooKeeper server log/);
    expect(frameOf(handleReplay({ type: 'seekStep', step: 5, req: 2 })).title).toBe(before.title);
  });

  it('ends when another run is loaded, and not when a load is refused', () => {
    handleReplay({ type: 'replayLogs', files: zk34 });
    expect(handleReplay({ type: 'load', hash: null, preset: 'three' })).toBeNull();
    afterLoad([{ type: 'error', message: m`bad file` }]);
    expect(handleReplay({ type: 'stepBy', delta: 1, req: 1 })).not.toBeNull();
    afterLoad([{ type: 'loaded', preset: 'three', problem: null }]);
    expect(handleReplay({ type: 'stepBy', delta: 1, req: 1 })).toBeNull();
  });
});
