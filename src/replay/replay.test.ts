import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayLogs, summarize } from './index.ts';
import { phraseText } from '../scenario/phrase';

const DIR = 'src/replay/testdata/zk34-late-joiner';
const zk34 = [1, 2, 3].map((id) => ({ name: `server${id}.log`, text: readFileSync(`${DIR}/server${id}.log`, 'utf8') }));

describe('a ZooKeeper 3.4 late joiner (the seed-002 story: 1 and 2 elect 2, then 3 joins)', () => {
  const { run, problems } = replayLogs(zk34);
  it('reads every line and names each server from its own log', () => {
    expect(problems.map(phraseText)).toEqual([]);
    expect(run.unparsed).toEqual([]);
    expect(run.servers.map((s) => s.id)).toEqual([1, 2, 3]);
  });
  it('reconstructs states, leader and rounds', () => {
    expect(summarize(run)).toEqual({
      servers: { '1': { state: 'FOLLOWING', leader: 2, round: 1 }, '2': { state: 'LEADING', leader: 2, round: 1 }, '3': { state: 'FOLLOWING', leader: 2, round: 1 } },
      notifications: 12,
      unparsedLines: 0,
    });
  });
  it('shows server 1 changing its vote to 2 and the joiner following the LEADING claim it received', () => {
    const s1 = run.servers[0]?.elections[0];
    expect(s1?.votes.map((v) => v.leader)).toEqual([1, 2]);
    expect(s1?.tookMs).toBe(229);
    const s3 = run.servers[2]?.elections.at(-1);
    expect(s3).toMatchObject({ round: 1, outcome: 'FOLLOWING', leader: 2, received: 2, tookMs: 21, proposedZxid: '0x0' });
  });
  it('times events from the earliest line of all logs', () => {
    expect(run.events[0]).toMatchObject({ atMs: 0, server: 1, line: 1 });
    expect(run.events.every((e, i) => i === 0 || (e.atMs ?? 0) >= (run.events[i - 1]?.atMs ?? 0))).toBe(true);
  });
  it('pairs a received notification with the broadcast the sender logged for itself', () => {
    const m = run.messages.find((x) => x.from === 2 && x.to === 1);
    expect(m).toMatchObject({ sentAtMs: 95, receivedAtMs: 130, vote: { leader: 2, round: 1 } });
    // Server 1 answers 3 while FOLLOWING: that answer is not in 1's log, so its send time is unknown.
    expect(run.messages.find((x) => x.from === 1 && x.to === 3)).toMatchObject({ sentAtMs: null });
  });
});

describe('input that is not (all) a ZooKeeper log', () => {
  it('names a file that is not a ZooKeeper log and one that is empty', () => {
    const { problems } = replayLogs([{ name: 'notes.txt', text: 'shopping list\nmilk\n' }, { name: 'empty.log', text: '' }]);
    expect(problems.map(phraseText)).toEqual([
      expect.stringMatching(/^notes\.txt: not a ZooKeeper server log: no known log layout fits \(no line starts with a timestamp and level as in ZooKeeper's .*; first line: "shopping list"\)$/),
      'empty.log: the file is empty, expected a ZooKeeper server log',
    ]);
  });
  it('says when a log never names its server id', () => {
    const { problems } = replayLogs([{ name: 'x.log', text: '2024-01-01 00:00:00,000 - INFO  [main:QuorumPeerMain@1] - Starting quorum peer\n' }]);
    expect(problems.map(phraseText)).toEqual(['x.log: no server id in the log (looked for "[myid:N]", "myid=N" in thread names, "My id = N" and headings like "server2:")']);
  });
  it('counts and lists lines it does not understand, with their line numbers', () => {
    const text = [zk34[2]?.text.trimEnd(), 'garbage in the middle', '2019-05-24 11:22:15,000 [myid:3] - INFO  [WorkerReceiver[myid=3]:FastLeaderElection@595] - Notification: 1 (message format version), x (n.leader)'].join('\n');
    const { run, problems } = replayLogs([{ name: 's3.log', text }]);
    expect(problems.map(phraseText)).toEqual([]);
    expect(run.unparsed.map((u) => [u.line, phraseText(u.reason)])).toEqual([
      [10, 'no timestamp and level at the start, and not part of the entry above (a stack trace)'],
      [11, 'looks like a Notification but its fields could not be read'],
    ]);
    expect(summarize(run).unparsedLines).toBe(2);
  });
  it('reads a log that ends in the middle of an election as LOOKING with no leader', () => {
    const text = zk34[2]?.text.split('\n').slice(0, 4).join('\n') as string;
    expect(summarize(replayLogs([{ name: 's3.log', text }]).run).servers['3']).toEqual({ state: 'LOOKING', leader: null, round: 1 });
  });
  it('merges rotated files of the same server in time order', () => {
    const [head, tail] = [zk34[0]?.text.split('\n').slice(0, 8).join('\n'), zk34[0]?.text.split('\n').slice(8).join('\n')] as [string, string];
    const { run } = replayLogs([{ name: 'zookeeper.log', text: tail }, { name: 'zookeeper.log.1', text: head }]);
    expect(run.servers).toHaveLength(1);
    expect(run.servers[0]?.files).toEqual(['zookeeper.log.1', 'zookeeper.log']);
    expect(summarize(run).servers['1']).toEqual({ state: 'FOLLOWING', leader: 2, round: 1 });
  });
  it('is deterministic', () => {
    expect(JSON.stringify(replayLogs(zk34))).toBe(JSON.stringify(replayLogs(zk34)));
  });
});
