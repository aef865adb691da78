/**
 * The log layouts a ZooKeeper server log is found in, and the header reader of each. ZooKeeper's own
 * (3.4–3.9, log4j or logback): `2019-05-24 11:20:33,044 [myid:3] - INFO  [thread:Class@595] - message`,
 * Debian's 3.8 without the `[myid:N]` part. Deployments also use ISO-8601 stamps (with or without a zone),
 * logback's default pattern (`11:20:33.044 [thread] INFO  logger - message`) and JSON lines. One layout is
 * detected per file from its first entries.
 */
import { anyStampMs, ISO_STAMP, stampMs, TIME_OF_DAY, timeOfDayMs, ZK_STAMP } from './timestamps.ts';

/** The layouts we read. */
export type LayoutId = 'zookeeper' | 'iso8601' | 'logback' | 'json';

/** The parts of an entry's header. */
export interface LogHeader {
  timeMs: number;
  level: string;
  thread: string | null;
  className: string | null;
  /** The `[myid:N]` MDC (or a JSON `myid` field), when the layout prints it. */
  myid: number | null;
  message: string;
}

/** A layout: does an entry start here, and its header reader (stateful: logback's stamps have no date). */
export interface Layout {
  readonly id: LayoutId;
  starts(text: string): boolean;
  reader(): (text: string) => LogHeader | null;
}

const LEVEL = /^(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\b/;
const MDC_MYID = /^myid:(\d*)$/;
const THREAD_AT_CLASS = /^(.*):([\w$.]+)@(\d+)$/;

/** The text of a `[...]` group at `i` with nested brackets (thread names hold `[myid=1]`), and where it ends. */
function bracketed(text: string, i: number): { inner: string; end: number } | null {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return { inner: text.slice(i + 1, j), end: j + 1 };
  }
  return null;
}

/**
 * Reads what follows a timestamp in any order ZooKeeper and common patterns print it: `[myid:N]`, the
 * level, `[thread]` or `[thread:Class@line]`, a logger name, then `-` or `:` and the message.
 */
function readTail(timeMs: number, tail: string): LogHeader | null {
  let i = 0;
  let level: string | null = null;
  let thread: string | null = null;
  let className: string | null = null;
  let myid: number | null = null;
  let logger: string | null = null;
  for (;;) {
    while (tail[i] === ' ' || tail[i] === '\t') i++;
    const c = tail[i];
    if (c === '[') {
      const b = bracketed(tail, i);
      if (b === null) break;
      const mdc = MDC_MYID.exec(b.inner);
      if (mdc !== null) myid = mdc[1] === '' ? null : Number(mdc[1]);
      else if (thread === null) {
        const tc = THREAD_AT_CLASS.exec(b.inner);
        thread = tc === null ? b.inner : (tc[1] as string);
        className = tc === null ? null : (tc[2] as string);
      } else break;
      i = b.end;
      continue;
    }
    if (c === '-' && tail[i + 1] === ' ' && level !== null && (thread !== null || logger !== null)) return header(i + 2);
    if (c === '-' && tail[i + 1] === ' ' && level === null) { i += 2; continue; }
    const rest = tail.slice(i);
    const lv: RegExpExecArray | null = level === null ? LEVEL.exec(rest) : null;
    if (lv !== null) {
      level = (lv[1] as string) === 'WARNING' ? 'WARN' : (lv[1] as string);
      i += (lv[1] as string).length;
      continue;
    }
    const word: RegExpExecArray | null = level !== null && logger === null ? /^([A-Za-z_$][\w$.]*)(:?)(?=\s)/.exec(rest) : null;
    if (word !== null) {
      logger = word[1] as string;
      className ??= logger.slice(logger.lastIndexOf('.') + 1);
      i += (word[0] as string).length;
      if (word[2] === ':') return header(i + (tail[i] === ' ' ? 1 : 0));
      continue;
    }
    break;
  }
  return level === null ? null : header(i);
  function header(at: number): LogHeader {
    return { timeMs, level: level as string, thread, className, myid, message: tail.slice(at) };
  }
}

/** A layout whose entries start with a full date and time, then the tail readTail knows. */
function dated(id: LayoutId, stamp: RegExp, iso: boolean): Layout {
  return {
    id,
    starts: (text) => stamp.test(text),
    reader: () => (text) => {
      const m = stamp.exec(text);
      return m === null ? null : readTail(stampMs(m, iso), text.slice(m[0].length));
    },
  };
}

const zookeeper = dated('zookeeper', ZK_STAMP, false);
const iso8601 = dated('iso8601', ISO_STAMP, true);

const DAY_MS = 86_400_000;

const logback: Layout = {
  id: 'logback',
  starts: (text) => TIME_OF_DAY.test(text),
  reader: () => {
    // The pattern has no date: a stamp more than 12 hours before the previous one is the next day.
    let day = 0;
    let last = -1;
    return (text) => {
      const m = TIME_OF_DAY.exec(text);
      if (m === null) return null;
      const t = timeOfDayMs(m);
      if (last >= 0 && t < last - DAY_MS / 2) day++;
      last = t;
      return readTail(day * DAY_MS + t, text.slice(m[0].length));
    };
  },
};

type Json = Record<string, unknown>;
const field = (o: Json, names: readonly string[]): unknown => names.map((n) => o[n]).find((v) => v !== undefined && v !== null);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

/** A JSON line (logstash-logback-encoder, log4j2 JsonLayout/ECS): `message` and `@timestamp` at least. */
function readJson(line: string): LogHeader | null {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return null;
  const j = o as Json;
  const message = text(field(j, ['message', 'msg']));
  const timeMs = anyStampMs(field(j, ['@timestamp', 'timestamp', 'time', 'timeMillis']));
  if (message === null || timeMs === null) return null;
  const mdc = (field(j, ['mdc', 'contextMap', 'context']) ?? {}) as Json;
  const myid = text(field(j, ['myid']) ?? (typeof mdc === 'object' ? mdc['myid'] : undefined));
  const logger = text(field(j, ['logger_name', 'loggerName', 'logger', 'log.logger']));
  return {
    timeMs, message, myid: myid !== null && /^\d+$/.test(myid) ? Number(myid) : null,
    level: text(field(j, ['level', 'log.level', 'severity'])) ?? 'INFO',
    thread: text(field(j, ['thread_name', 'thread', 'threadName', 'process.thread.name'])),
    className: logger === null ? null : logger.slice(logger.lastIndexOf('.') + 1),
  };
}

const json: Layout = {
  id: 'json',
  starts: (line) => line.startsWith('{"') || line.startsWith('{ "'),
  reader: () => readJson,
};

/** Every layout, in the order detection prefers on a tie. */
export const LAYOUTS: readonly Layout[] = [zookeeper, iso8601, logback, json];

/** How each layout looks, for the message that refuses a file none fits. */
export const LAYOUT_EXAMPLES: Record<LayoutId, string> = {
  zookeeper: 'ZooKeeper\'s log4j/logback layout "2019-05-24 11:20:33,044 [myid:3] - INFO  [thread:Class@595] - message"',
  iso8601: 'ISO-8601 "2019-05-24T11:20:33.044+08:00 INFO  [thread] Class: message"',
  logback: 'logback\'s default "11:20:33.044 [thread] INFO  logger - message"',
  json: 'JSON lines with "@timestamp" and "message"',
};

/** The layout by id. */
export function layoutById(id: LayoutId): Layout {
  return LAYOUTS.find((l) => l.id === id) as Layout;
}
