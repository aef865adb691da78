/**
 * Reads the header of one ZooKeeper server log line. ZooKeeper 3.4 (log4j) writes
 * `2019-05-24 11:20:33,044 [myid:3] - INFO  [thread:Class@595] - message`; 3.5–3.9 (log4j/logback)
 * write the same, and some packagings drop the `[myid:N]` part. Timestamps carry no time zone, so they are
 * read as written: only differences between them matter.
 */

/** The parts of a header, or null when the line has none. */
export interface LogHeader {
  timeMs: number;
  level: string;
  thread: string | null;
  className: string | null;
  message: string;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})[,.](\d{3})/;
// After the timestamp: an optional `[myid:N]`, the level, then `[thread:Class@line] - message`.
const REST = /^\s*(?:\[myid:\d*\]\s*)?-?\s*(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\s+(.*)$/;
const THREAD_CLASS = /^\[(.*):([\w$.]+)@(\d+)\]\s+-\s?(.*)$/;
const THREAD_ONLY = /^\[([^\]]*)\]\s*-?\s?(.*)$/;

/** Milliseconds of a wall-clock timestamp as written (no zone): deterministic, no Date object. */
function wallClockMs(m: RegExpExecArray): number {
  const n = (i: number): number => Number(m[i]);
  return Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6), n(7));
}

/** Parses a header; null when the line does not start with a timestamp and a level. */
export function parseHeader(line: string): LogHeader | null {
  const t = TIMESTAMP.exec(line);
  if (t === null) return null;
  const rest = REST.exec(line.slice(t[0].length));
  if (rest === null) return null;
  const level = rest[1] as string;
  const tail = rest[2] as string;
  const tc = THREAD_CLASS.exec(tail);
  if (tc !== null) return { timeMs: wallClockMs(t), level, thread: tc[1] as string, className: tc[2] as string, message: tc[4] as string };
  const th = THREAD_ONLY.exec(tail);
  if (th !== null) return { timeMs: wallClockMs(t), level, thread: th[1] as string, className: null, message: th[2] as string };
  return { timeMs: wallClockMs(t), level, thread: null, className: null, message: tail };
}

/** True for the lines Java prints under an entry: stack frames, `Caused by:`, `... N more`, indented text. */
export function isContinuation(line: string): boolean {
  return /^\s+\S/.test(line) || /^Caused by: /.test(line) || /^[\w.$]+(Exception|Error)(: |$)/.test(line);
}

/** The server id a line names: `[myid:N]`, `QuorumPeer[myid=N]`, `My id = N`, `(myId:N -->`. */
export function myidHint(line: string): number | null {
  const m = /\[myid[:=](\d+)\]/.exec(line) ?? /\bmyid=(\d+)/.exec(line) ?? /My id = (\d+)/.exec(line) ?? /\(myId:(\d+) -->/.exec(line);
  return m === null ? null : Number(m[1]);
}

/** Whether a header names a ZooKeeper thread or class (to tell a ZooKeeper log from any other log). */
export function looksLikeZooKeeper(h: LogHeader): boolean {
  const where = `${h.thread ?? ''} ${h.className ?? ''}`;
  return /Quorum|FastLeaderElection|Learner|Leader|Follower|Observer|ZooKeeper|ZKDatabase|FileTxnSnapLog|ServerCnxn|myid|SyncThread|ProcessThread|CommitProcessor/.test(where);
}
