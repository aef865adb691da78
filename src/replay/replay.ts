/**
 * Replays the logs of several ZooKeeper servers into one ReplayedRun: servers identified by the myid their
 * logs name, every entry as a timed event on a common clock (the earliest timestamp is 0), and the
 * notifications between servers as messages. Pure and deterministic: text in, plain data out.
 */
import { reconstructServer } from './elections.ts';
import { parseLog, type ParsedLog } from './parse-log.ts';
import { inferMessages } from './messages.ts';
import type { LogEntry, ReplayEvent, ReplayedRun, ReplayedServer } from './types.ts';
import { m, type Phrase } from '../scenario/phrase';

/** One input file. */
export interface LogFile {
  name: string;
  text: string;
}

/** The run (from the files that could be read) and one line per problem. */
export interface ReplayResult {
  run: ReplayedRun;
  problems: Phrase[];
}

function firstTime(p: ParsedLog): number {
  return p.entries.find((e) => e.timeMs !== null)?.timeMs ?? Number.MAX_SAFE_INTEGER;
}

/** Groups files by server id; a server's files (e.g. rotated logs) are read in time order. */
function byServer(parsed: ParsedLog[]): Map<number, ParsedLog[]> {
  const groups = new Map<number, ParsedLog[]>();
  for (const p of parsed) groups.set(p.myid as number, [...(groups.get(p.myid as number) ?? []), p]);
  for (const list of groups.values()) list.sort((a, b) => firstTime(a) - firstTime(b));
  return groups;
}

/** Replays the given log files. */
export function replayLogs(files: LogFile[]): ReplayResult {
  const problems: Phrase[] = [];
  if (files.length === 0) problems.push(m`no log files given`);
  const parsed = files.map((f) => parseLog(f.name, f.text));
  for (const p of parsed) if (p.error !== null) problems.push(p.error);
  const good = parsed.filter((p) => p.error === null);
  const times = good.flatMap((p) => p.entries.map((e) => e.timeMs)).filter((t): t is number => t !== null);
  const originMs = times.length === 0 ? null : Math.min(...times);
  const rel = (e: LogEntry): number | null => (e.timeMs === null || originMs === null ? null : e.timeMs - originMs);
  const servers: ReplayedServer[] = [];
  const events: ReplayEvent[] = [];
  for (const [id, logs] of [...byServer(good)].sort((a, b) => a[0] - b[0])) {
    const withFile = logs.flatMap((p) => p.entries.map((e) => ({ e, file: p.file })));
    const story = reconstructServer(id, withFile.map((x) => x.e), rel);
    servers.push({ id, files: logs.map((p) => p.file), elections: story.elections, finalState: story.finalState ?? 'LOOKING', leader: story.leader, lines: logs.reduce((n, p) => n + p.lines, 0) });
    // An entry without a timestamp sorts with the entry above it in its file.
    let lastAt = 0;
    for (const { e, file } of withFile) {
      const at = rel(e);
      if (at !== null) lastAt = at;
      events.push({ atMs: at, server: id, file, line: e.line, fact: e.fact, text: e.text, sortMs: lastAt } as ReplayEvent & { sortMs: number });
    }
  }
  const sorted = sortEvents(events as (ReplayEvent & { sortMs: number })[]);
  const notifications = sorted.filter((e) => e.fact.kind === 'notification').length;
  const unparsed = good.flatMap((p) => p.unparsed);
  return { run: { servers, events: sorted, messages: inferMessages(sorted), notifications, unparsed, originMs }, problems };
}

/** Stable order by time, then server, then line; drops the sort key. */
function sortEvents(events: (ReplayEvent & { sortMs: number })[]): ReplayEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.sortMs - b.e.sortMs || a.e.server - b.e.server || a.i - b.i)
    .map(({ e }) => ({ atMs: e.atMs, server: e.server, file: e.file, line: e.line, fact: e.fact, text: e.text }));
}
