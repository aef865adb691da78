/**
 * Seed 002 (../shared/seeds, copied as src/ui/replay/samples/seed-002-late-joiner.txt): a study note with
 * servers 3, 2 and 1's election logs pasted into it — each entry numbered and wrapped over 3–5 lines, in
 * Markdown fences, with `#` comments in Chinese. Its sections are replayed exactly as they are pasted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayLogs, summarize } from './index.ts';

const note = readFileSync('src/ui/replay/samples/seed-002-late-joiner.txt', 'utf8');
const lines = note.split('\n');
const at = (heading: string): number => lines.findIndex((l) => l.trim() === heading);
const section = (from: string, to: string): string => lines.slice(at(from), at(to)).join('\n');
const server3 = section('server3:', 'server2:');
const server2 = section('server2:', 'server1:');
/** Notifications as a reader counts them in the text ("Notification time out" is not one). */
const notificationsIn = (text: string): number => (text.match(/Notification: (?!time out)/g) ?? []).length;

describe('seed 002: server 3\'s section pasted as it is', () => {
  const { run, problems } = replayLogs([{ name: 'server3 section', text: server3 }]);
  it('reads it as ZooKeeper\'s log4j layout, server 3 ends FOLLOWING leader 2 after its election of round 1', () => {
    expect(problems).toEqual([]);
    expect(run.layouts).toEqual([{ file: 'server3 section', layout: 'zookeeper' }]);
    expect(summarize(run).servers).toEqual({ '3': { state: 'FOLLOWING', leader: 2, round: 1 } });
    expect(run.servers[0]?.elections.at(-1)).toMatchObject({ outcome: 'FOLLOWING', leader: 2, proposedZxid: '0x0', received: 11 });
  });
  it('counts every notification in the text and understands every entry', () => {
    expect(notificationsIn(server3)).toBe(23);
    expect(run.notifications).toBe(23);
    expect(run.unparsed).toEqual([]);
  });
  it('reports the heading, fences, blank lines and the comment as skipped, not as errors', () => {
    const kinds = (k: string): number => run.skipped.filter((s) => s.kind === k).length;
    expect([kinds('heading'), kinds('fence'), kinds('comment')]).toEqual([1, 4, 1]);
    expect(run.skipped.find((s) => s.kind === 'comment')?.line).toBe(4);
  });
  it('keeps each entry\'s original lines: entry 27 ("FOLLOWING") spans three lines of the paste', () => {
    const following = run.events.find((e) => e.fact.kind === 'state' && e.fact.state === 'FOLLOWING');
    const first = lines.slice(at('server3:')).findIndex((l) => l.startsWith('27 2019-05-24')) + 1;
    expect(following).toMatchObject({ line: first, endLine: first + 2, text: expect.stringMatching(/^2019-05-24 11:22:17,227 \[myid:3\] - INFO \[QuorumPeer\[myid=3\].*- FOLLOWING$/) });
  });
  it('joins a wrapped message back into one: "TCP NoDelay set to: true"', () => {
    expect(run.events.some((e) => e.text.endsWith('Learner@86] - TCP NoDelay set to: true'))).toBe(true);
  });
});

describe('seed 002: servers 3 and 2 in one paste, split by [myid:N]', () => {
  const { run, problems } = replayLogs([{ name: 'note', text: `${server3}\n${server2}` }]);
  it('finds both servers, 2 LEADING and 3 FOLLOWING it, with every notification', () => {
    expect(problems).toEqual([]);
    expect(summarize(run)).toEqual({ servers: { '2': { state: 'LEADING', leader: 2, round: 1 }, '3': { state: 'FOLLOWING', leader: 2, round: 1 } }, notifications: notificationsIn(server3) + notificationsIn(server2), unparsedLines: 0 });
  });
  it('pairs server 3\'s broadcast with server 2\'s receipt of it', () => {
    expect(run.messages.find((m) => m.from === 3 && m.to === 2)).toMatchObject({ vote: { leader: 3, round: 1 }, sentAtMs: expect.any(Number) });
  });
  it('needs no clock shift: the two logs agree', () => {
    expect(run.clockShifts).toEqual([]);
  });
});

describe('seed 002: the whole pasted text of the note', () => {
  const { run, problems } = replayLogs([{ name: 'seed 002', text: note }]);
  it('replays three servers; only the note\'s sentence of prose is not understood', () => {
    expect(problems).toEqual([]);
    expect(run.servers.map((s) => [s.id, s.finalState])).toEqual([[1, 'FOLLOWING'], [2, 'LEADING'], [3, 'FOLLOWING']]);
    expect(run.notifications).toBe(notificationsIn(note));
    expect(run.unparsed.map((u) => u.line)).toEqual([1]);
    expect(run.unparsed[0]?.text).toMatch(/^zookeeper开机顺序为/);
  });
  it('uses "serverN:" headings only as hints: without them the split is the same', () => {
    const bare = note.split('\n').filter((l) => !/^server\d:$/.test(l)).join('\n');
    expect(summarize(replayLogs([{ name: 'x', text: bare }]).run)).toEqual(summarize(run));
  });
});
