/**
 * Replays the logs of several ZooKeeper servers into one ReplayedRun: servers identified by the myid their
 * entries name (one file may hold several servers), clocks of different machines aligned by the
 * notifications between them, every entry as a timed event on a common clock (the earliest timestamp is
 * 0), and the notifications between servers as messages. Pure and deterministic: text in, plain data out.
 * Nothing recurses or spreads per line, so a 20 MB log is only a matter of time (progress is reported).
 */
import { reconstructServer } from './elections.ts';
import { inferMessages } from './messages.ts';
import { parseLog, splitLines, type ParsedLog } from './parse-log.ts';
import { alignClocks } from './skew.ts';
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

/** Called as files are read: lines done of all lines given. */
export type ReplayProgress = (linesDone: number, linesTotal: number) => void;

/** One server's entries from one file. */
interface Segment {
  file: string;
  entries: LogEntry[];
}

function firstTime(s: Segment): number {
  return s.entries.find((e) => e.timeMs !== null)?.timeMs ?? Number.MAX_SAFE_INTEGER;
}

/** Groups entries by server; a server's files (e.g. rotated logs) are read in time order. */
function byServer(parsed: readonly ParsedLog[]): Map<number, Segment[]> {
  const groups = new Map<number, Segment[]>();
  for (const p of parsed) {
    const mine = new Map<number, LogEntry[]>();
    for (const e of p.entries) {
      const list = mine.get(e.server);
      if (list === undefined) mine.set(e.server, [e]);
      else list.push(e);
    }
    for (const [id, entries] of mine) {
      const list = groups.get(id);
      if (list === undefined) groups.set(id, [{ file: p.file, entries }]);
      else list.push({ file: p.file, entries });
    }
  }
  for (const list of groups.values()) list.sort((a, b) => firstTime(a) - firstTime(b));
  return groups;
}

/** Replays the given log files. */
export function replayLogs(files: readonly LogFile[], onProgress?: ReplayProgress): ReplayResult {
  const problems: Phrase[] = [];
  if (files.length === 0) problems.push(m`no log files given`);
  const split = files.map((f) => splitLines(f.text));
  const total = split.reduce((n, l) => n + l.length, 0);
  let done = 0;
  const parsed = files.map((f, i) => {
    const lines = split[i] as string[];
    const p = parseLog(f.name, lines, onProgress === undefined ? undefined : (n) => onProgress(done + n, total));
    done += lines.length;
    onProgress?.(done, total);
    return p;
  });
  for (const p of parsed) if (p.error !== null) problems.push(p.error);
  const good = parsed.filter((p) => p.error === null);
  const groups = [...byServer(good)].sort((a, b) => a[0] - b[0]);
  const entriesOf = new Map(groups.map(([id, segs]) => [id, segs.flatMap((s) => s.entries)]));
  const clockShifts = alignClocks(entriesOf);
  for (const { server, shiftMs } of clockShifts) {
    for (const e of entriesOf.get(server) as LogEntry[]) if (e.timeMs !== null) e.timeMs += shiftMs;
  }
  let originMs: number | null = null;
  for (const entries of entriesOf.values()) for (const e of entries) if (e.timeMs !== null && (originMs === null || e.timeMs < originMs)) originMs = e.timeMs;
  const rel = (e: LogEntry): number | null => (e.timeMs === null || originMs === null ? null : e.timeMs - originMs);
  const servers: ReplayedServer[] = [];
  const events: SortableEvent[] = [];
  for (const [id, segments] of groups) {
    const entries = entriesOf.get(id) as LogEntry[];
    const story = reconstructServer(id, entries, rel);
    const lines = entries.reduce((n, e) => n + e.endLine - e.line + 1, 0);
    servers.push({ id, files: [...new Set(segments.map((s) => s.file))], elections: story.elections, finalState: story.finalState ?? 'LOOKING', leader: story.leader, lines, lives: story.lives });
    // An entry without a timestamp sorts with the entry above it in its file.
    let lastAt = 0;
    for (const s of segments) {
      for (const e of s.entries) {
        const at = rel(e);
        if (at !== null) lastAt = at;
        events.push({ event: { atMs: at, server: id, file: s.file, line: e.line, endLine: e.endLine, fact: e.fact, text: e.text }, sortMs: lastAt, i: events.length });
      }
    }
  }
  const sorted = sortEvents(events);
  let notifications = 0;
  for (const e of sorted) if (e.fact.kind === 'notification') notifications++;
  const run: ReplayedRun = {
    servers, events: sorted, messages: inferMessages(sorted), notifications, originMs, clockShifts,
    unparsed: good.flatMap((p) => p.unparsed), skipped: good.flatMap((p) => p.skipped),
    layouts: parsed.filter((p) => p.layout !== null).map((p) => ({ file: p.file, layout: p.layout as NonNullable<typeof p.layout> })),
  };
  return { run, problems };
}

interface SortableEvent {
  event: ReplayEvent;
  sortMs: number;
  i: number;
}

/** Stable order by time, then server, then position. */
function sortEvents(events: SortableEvent[]): ReplayEvent[] {
  events.sort((a, b) => a.sortMs - b.sortMs || a.event.server - b.event.server || a.i - b.i);
  return events.map((e) => e.event);
}
