/**
 * Reads one log file (or paste) into entries: its layout is detected, its text reflowed (see reflow.ts),
 * every entry's header read and attributed to a server. One file may hold several servers' logs: each
 * entry belongs to the server its `[myid:N]` or its thread (`QuorumPeer[myid=N]`) names, else to the one a
 * heading above it names, else to the server of the entry before it. Lines that are not understood are
 * counted and listed, never silently dropped.
 */
import { readFact } from './facts.ts';
import { LAYOUT_EXAMPLES, LAYOUTS, layoutById, type LayoutId, type LogHeader } from './layouts.ts';
import { detectLayout, reflow, type SkippedLine } from './reflow.ts';
import type { LineFact, LogEntry, UnparsedLine } from './types.ts';
import { m, type Phrase } from '../scenario/phrase';

/** One file's reading. `error` is set when the file is not a ZooKeeper server log we can attribute. */
export interface ParsedLog {
  file: string;
  layout: LayoutId | null;
  /** Entries in file order, each with its server. */
  entries: LogEntry[];
  unparsed: UnparsedLine[];
  skipped: SkippedLine[];
  lines: number;
  error: Phrase | null;
}

const NO_HEADER = m`no timestamp and level at the start, and not part of the entry above (a stack trace)`;

/** The server a header names: the `[myid:N]` MDC, else `myid=N` in the thread's name. */
function namedServer(h: LogHeader, fact: LineFact): number | null {
  if (h.myid !== null) return h.myid;
  const t = h.thread === null ? null : /\bmyid[=:](\d+)/.exec(h.thread);
  if (t !== null) return Number(t[1]);
  return fact.kind === 'new-election' ? fact.myid : null;
}

/** Whether a header names a ZooKeeper thread or class (to tell a ZooKeeper log from any other log). */
function looksLikeZooKeeper(h: LogHeader): boolean {
  const where = `${h.thread ?? ''} ${h.className ?? ''}`;
  return /Quorum|FastLeaderElection|Learner|Leader|Follower|Observer|ZooKeeper|ZKDatabase|FileTxnSnapLog|ServerCnxn|myid|SyncThread|ProcessThread|CommitProcessor/.test(where);
}

/** Splits text into lines (a trailing newline adds none). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

interface Pending extends Omit<LogEntry, 'server'> {
  server: number | null;
}

/** Parses the lines of one log file named `file`; `onLines` hears how far it got, now and then. */
export function parseLog(file: string, lines: readonly string[], onLines?: (linesDone: number) => void): ParsedLog {
  const empty = { file, layout: null, entries: [], unparsed: [], skipped: [], lines: lines.length };
  if (lines.every((l) => l.trim() === '')) return { ...empty, error: m`${file}: the file is empty, expected a ZooKeeper server log` };
  const layoutId = detectLayout(lines);
  if (layoutId === null) return { ...empty, error: noLayout(file, lines) };
  const layout = layoutById(layoutId);
  const read = layout.reader();
  const flow = reflow(file, lines, layout);
  const pending: Pending[] = [];
  const unparsed: UnparsedLine[] = [];
  let zkEntries = 0;
  let firstNamed: number | null = null;
  for (const raw of flow.entries) {
    if (onLines !== undefined && pending.length % 16384 === 0) onLines(raw.line);
    const header = read(raw.text);
    if (header === null) {
      unparsed.push({ file, line: raw.line, text: raw.text, reason: layoutId === 'json' ? m`not a JSON object with "@timestamp" and "message" (invalid JSON, or fields missing)` : m`no ${layoutId} header (timestamp, level, thread) at the start` });
      continue;
    }
    const fact = readFact(header.message);
    if ('error' in fact) {
      unparsed.push({ file, line: raw.line, text: raw.text, reason: fact.error });
      continue;
    }
    if (fact.fact.kind !== 'other' || looksLikeZooKeeper(header)) zkEntries++;
    const server = namedServer(header, fact.fact) ?? raw.hint;
    firstNamed ??= server;
    pending.push({ line: raw.line, endLine: raw.endLine, server, timeMs: header.timeMs, level: header.level, thread: header.thread, text: raw.text, fact: fact.fact });
  }
  for (const loose of flow.loose) {
    // A pasted message without its header (a trimmed line) still counts if we know what it says.
    const bare = readFact(loose.text);
    if ('fact' in bare && bare.fact.kind !== 'other') {
      pending.push({ line: loose.line, endLine: loose.line, server: loose.hint, timeMs: null, level: null, thread: null, text: loose.text, fact: bare.fact });
    } else unparsed.push({ file, line: loose.line, text: loose.text, reason: 'error' in bare ? bare.error : NO_HEADER });
  }
  if (flow.loose.length > 0) {
    pending.sort((a, b) => a.line - b.line);
    unparsed.sort((a, b) => a.line - b.line);
  }
  // An entry that names no server belongs to the one of the entry before it; the first ones to the first named.
  let last = firstNamed;
  for (const e of pending) {
    if (e.server === null) e.server = last;
    else last = e.server;
  }
  const entries = pending.filter((e): e is LogEntry => e.server !== null);
  const error = zkEntries === 0
    ? m`${file}: not a ZooKeeper server log: none of its ${lines.length} lines is a ZooKeeper log line (first line: "${firstLine(lines)}")`
    : firstNamed === null ? m`${file}: no server id in the log (looked for "[myid:N]", "myid=N" in thread names, "My id = N" and headings like "server2:")` : null;
  return { file, layout: layoutId, entries, unparsed, skipped: flow.skipped, lines: lines.length, error };
}

function firstLine(lines: readonly string[]): string {
  return (lines.find((l) => l.trim() !== '') as string).slice(0, 80);
}

function noLayout(file: string, lines: readonly string[]): Phrase {
  const tried = LAYOUTS.map((l) => LAYOUT_EXAMPLES[l.id]).join('; ');
  return m`${file}: not a ZooKeeper server log: no known log layout fits (no line starts with a timestamp and level as in ${tried}; first line: "${firstLine(lines)}")`;
}
