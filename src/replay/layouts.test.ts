/**
 * One test per log layout. The samples of testdata/layouts/ were recorded from one real ZooKeeper 3.8
 * ensemble (scripts/record-layout-logs.sh: servers 1 and 2 start, 3 joins late) through five log4j
 * appenders at once, so every layout holds the same events and must replay to the same reconstruction.
 * 3.4's layout is the zk34-late-joiner sample and seed 002.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayLogs, summarize, type ReplayedRun } from './index.ts';
import { layoutById } from './layouts.ts';
import { phraseText } from '../scenario/phrase';

const DIR = 'src/replay/testdata/layouts';
const load = (layout: string) => [1, 2, 3].map((id) => ({ name: `${layout}/server${id}.log`, text: readFileSync(`${DIR}/${layout}/server${id}.log`, 'utf8') }));
const shape = (run: ReplayedRun) => ({
  summary: summarize(run),
  elections: run.servers.map((s) => s.elections.map(({ round, outcome, leader, proposedZxid, received, tookMs }) => ({ round, outcome, leader, proposedZxid, received, tookMs }))),
  facts: run.events.map((e) => [e.server, e.atMs, e.fact.kind]),
});

const LATE_JOINER = { servers: { '1': { state: 'FOLLOWING', leader: 2, round: 1 }, '2': { state: 'LEADING', leader: 2, round: 1 }, '3': { state: 'FOLLOWING', leader: 2, round: 1 } }, notifications: 13, unparsedLines: 0 };

describe('log layouts, detected per file', () => {
  const reference = replayLogs(load('zookeeper'));
  it('3.8 with ZooKeeper\'s own layout and the [myid:N] MDC', () => {
    expect(reference.problems.map(phraseText)).toEqual([]);
    expect(reference.run.layouts.map((l) => l.layout)).toEqual(['zookeeper', 'zookeeper', 'zookeeper']);
    expect(summarize(reference.run)).toEqual(LATE_JOINER);
  });
  for (const [dir, layout] of [['iso8601', 'iso8601'], ['iso8601-zone', 'iso8601'], ['logback', 'logback']] as const) {
    it(`${dir}: read as ${layout}, the same reconstruction`, () => {
      const { run, problems } = replayLogs(load(dir));
      expect(problems.map(phraseText)).toEqual([]);
      expect(run.layouts.map((l) => l.layout)).toEqual([layout, layout, layout]);
      expect(shape(run)).toEqual(shape(reference.run));
    });
  }
  it('JSON lines: the same reconstruction; the lines log4j wrote as invalid JSON are listed', () => {
    const { run, problems } = replayLogs(load('json'));
    expect(problems.map(phraseText)).toEqual([]);
    expect(run.layouts.map((l) => l.layout)).toEqual(['json', 'json', 'json']);
    expect(shape(run).summary).toEqual({ ...LATE_JOINER, unparsedLines: 6 });
    // The startup banner holds backslashes the hand-made JSON pattern did not escape: genuinely not JSON.
    for (const u of run.unparsed) expect(() => JSON.parse(u.text)).toThrow();
    expect(shape(run).elections).toEqual(shape(reference.run).elections);
  });
  it('an ISO-8601 zone is honoured: +08:00 stamps are 8 hours before the same wall-clock stamps without one', () => {
    const zoned = replayLogs(load('iso8601-zone')).run.originMs as number;
    expect((replayLogs(load('iso8601')).run.originMs as number) - zoned).toBe(8 * 3_600_000);
  });
  it('3.4: the late joiner sample and its legacy notification layout', () => {
    const files = [1, 2, 3].map((id) => ({ name: `server${id}.log`, text: readFileSync(`src/replay/testdata/zk34-late-joiner/server${id}.log`, 'utf8') }));
    const { run } = replayLogs(files);
    expect(run.layouts.map((l) => l.layout)).toEqual(['zookeeper', 'zookeeper', 'zookeeper']);
    expect(summarize(run).servers['3']).toEqual({ state: 'FOLLOWING', leader: 2, round: 1 });
  });
  it('refuses a file no layout fits, naming the layouts it tried', () => {
    const { problems } = replayLogs([{ name: 'app.log', text: 'May 24 11:20:33 host app[12]: started\nMay 24 11:20:34 host app[12]: ok\n' }]);
    expect(problems).toHaveLength(1);
    expect(phraseText(problems[0]!)).toMatch(/^app\.log: not a ZooKeeper server log: no known log layout fits \(.*ZooKeeper.*ISO-8601.*logback.*JSON lines.*first line: "May 24 11:20:33 host app\[12\]: started"\)$/);
  });
  it('refuses a log in a known layout that is not ZooKeeper\'s', () => {
    const { problems } = replayLogs([{ name: 'web.log', text: '2024-01-01T00:00:00Z INFO [http-1] WebServer: GET / 200\n' }]);
    expect(problems.map(phraseText)).toEqual(['web.log: not a ZooKeeper server log: none of its 1 lines is a ZooKeeper log line (first line: "2024-01-01T00:00:00Z INFO [http-1] WebServer: GET / 200")']);
  });
});

describe('header readers', () => {
  const zk = layoutById('zookeeper').reader();
  it('reads 3.4\'s header with [myid:N] and a thread holding brackets', () => {
    expect(zk('2019-05-24 11:20:33,044 [myid:3] - INFO  [QuorumPeer[myid=3]/0:0:0:0:0:0:0:0:4181:FastLeaderElection@813] - New election. My id = 3, proposed zxid=0x0')).toEqual({
      timeMs: Date.UTC(2019, 4, 24, 11, 20, 33, 44), level: 'INFO', thread: 'QuorumPeer[myid=3]/0:0:0:0:0:0:0:0:4181', className: 'FastLeaderElection', myid: 3, message: 'New election. My id = 3, proposed zxid=0x0',
    });
  });
  it('reads Debian 3.8\'s header without [myid:N] and an empty MDC', () => {
    expect(zk('2026-11-24 20:12:19,923 - INFO  [WorkerReceiver[myid=1]:FastLeaderElection$Messenger$WorkerReceiver@391] - Notification: x')).toMatchObject({ thread: 'WorkerReceiver[myid=1]', className: 'FastLeaderElection$Messenger$WorkerReceiver', myid: null, message: 'Notification: x' });
    expect(zk('2019-05-24 11:18:10,010 [myid:] - INFO  [main:QuorumPeerConfig@101] - Reading')).toMatchObject({ myid: null, thread: 'main', message: 'Reading' });
  });
  it('reads ISO-8601 with a zone, logback\'s default and JSON lines', () => {
    expect(layoutById('iso8601').reader()('2026-12-02T14:00:57.963+08:00 WARN  [QuorumPeer[myid=3](plain=x)] QuorumPeer: LOOKING')).toMatchObject({ timeMs: Date.UTC(2026, 11, 2, 6, 0, 57, 963), level: 'WARN', thread: 'QuorumPeer[myid=3](plain=x)', message: 'LOOKING' });
    expect(layoutById('logback').reader()('14:00:57.963 [main] INFO  o.a.z.s.q.QuorumPeer - LOOKING')).toMatchObject({ timeMs: 50457963, thread: 'main', className: 'QuorumPeer', message: 'LOOKING' });
    expect(layoutById('json').reader()('{"@timestamp":"2026-12-02T06:00:57.963Z","level":"INFO","thread_name":"main","mdc":{"myid":"2"},"message":"LOOKING"}')).toMatchObject({ timeMs: Date.UTC(2026, 11, 2, 6, 0, 57, 963), myid: 2, message: 'LOOKING' });
  });
  it('counts a logback stamp that goes back more than 12 hours as the next day', () => {
    const read = layoutById('logback').reader();
    read('23:59:59.900 [main] INFO  x.Y - a');
    expect(read('00:00:00.100 [main] INFO  x.Y - b')?.timeMs).toBe(86_400_100);
  });
  it('has no header for text that is not a log line', () => {
    expect(zk('hello world')).toBeNull();
    expect(zk('2024-01-02 03:04:05,678 this is not a level')).toBeNull();
  });
});
