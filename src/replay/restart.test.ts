/**
 * A server log that covers a crash and a restart of the same server (a second "Starting quorum peer" in
 * one file) is replayed as two lives of that server; what it ends as is what its last life ends as.
 * Built from the real 3.8 logs of testdata/layouts/zookeeper: server 1's log, then the same server
 * starting again an hour later.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReplayFold } from '../playback/replay-view.ts';
import { replayLogs } from './replay.ts';

const DIR = 'src/replay/testdata/layouts/zookeeper';
const log = (id: number): string => readFileSync(`${DIR}/server${id}.log`, 'utf8');
/** The same text one hour later (the restart), optionally cut after `lines` lines. */
const later = (text: string, lines = Infinity): string =>
  text.split('\n').slice(0, lines).map((l) => l.replace(/^(\d{4}-\d{2}-\d{2} )(\d{2})/, (_, d: string, h: string) => `${d}${String(Number(h) + 1).padStart(2, '0')}`)).join('\n');

describe('log replay across a restart', () => {
  it('one file with two QuorumPeer starts is two lives; elections are numbered by life; the final state is the last life\'s', () => {
    const one = replayLogs([1, 2, 3].map((id) => ({ name: `server${id}.log`, text: log(id) })));
    const two = replayLogs([{ name: 'server1.log', text: `${log(1)}${later(log(1))}` }, ...[2, 3].map((id) => ({ name: `server${id}.log`, text: log(id) }))]);
    expect(two.problems).toEqual([]);
    const [s1once, s1twice] = [one.run.servers[0]!, two.run.servers[0]!];
    expect(s1once.lives).toBe(1);
    expect(s1twice.lives).toBe(2);
    expect(s1twice.elections.map((e) => e.life)).toEqual([...s1once.elections.map(() => 1), ...s1once.elections.map(() => 2)]);
    expect(s1twice.finalState).toBe(s1once.finalState);
    expect(s1twice.leader).toBe(s1once.leader);
  });

  it('a last life that ends before its election is decided ends LOOKING with no leader, whatever the first life was', () => {
    const first = log(1);
    const text = first + later(first, 12);
    const { run } = replayLogs([{ name: 'server1.log', text }, ...[2, 3].map((id) => ({ name: `server${id}.log`, text: log(id) }))]);
    const s1 = run.servers[0]!;
    expect(s1.lives).toBe(2);
    expect(replayLogs([{ name: 'server1.log', text: first }]).run.servers[0]!.finalState).toBe('FOLLOWING');
    expect(s1.finalState).toBe('LOOKING');
    expect(s1.leader).toBeNull();
  });

  it('the replay view forgets the old life at the restart: no state or vote until the new life logs one', () => {
    const first = log(1);
    const { run } = replayLogs([{ name: 'server1.log', text: first + later(first, 10) }]);
    const fold = new ReplayFold(run);
    const restartAt = run.events.findLastIndex((e) => e.fact.kind === 'peer-start');
    expect(restartAt).toBeGreaterThan(0);
    fold.seek(restartAt);
    const before = fold.servers()[0]!;
    fold.seek(restartAt + 1);
    const after = fold.servers()[0]!;
    expect(before.state).toBe('FOLLOWING');
    expect(after.state).toBe('LOOKING');
    expect(after.vote).toBeNull();
  });
});
