/**
 * Reads one server log file into entries: every line is either an entry (a header we read), part of the
 * entry above it (a stack trace), blank, or unparsed — counted and listed, never silently dropped.
 */
import { readFact } from './facts.ts';
import { isContinuation, looksLikeZooKeeper, myidHint, parseHeader } from './log-line.ts';
import type { LogEntry, UnparsedLine } from './types.ts';
import { m, type Phrase } from '../scenario/phrase';

/** One file's reading. `error` is set when the file is not a ZooKeeper server log we can attribute. */
export interface ParsedLog {
  file: string;
  myid: number | null;
  entries: LogEntry[];
  unparsed: UnparsedLine[];
  lines: number;
  error: Phrase | null;
}

const NO_HEADER = 'no timestamp and level at the start, and not part of the entry above (a stack trace)';

/** Parses the text of one log file named `file`. */
export function parseLog(file: string, text: string): ParsedLog {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const entries: LogEntry[] = [];
  const unparsed: UnparsedLine[] = [];
  const ids = new Map<number, number>();
  let zkLines = 0;
  let inEntry = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const hint = myidHint(raw);
    if (hint !== null) ids.set(hint, (ids.get(hint) ?? 0) + 1);
    const header = parseHeader(raw);
    if (header === null) {
      if (inEntry && isContinuation(raw)) return;
      // A pasted message without its header (e.g. a wrapped or trimmed line) still counts if we know it.
      const bare = readFact(raw);
      if ('fact' in bare && bare.fact.kind !== 'other') {
        entries.push({ line, timeMs: null, level: null, thread: null, text: raw, fact: bare.fact });
        zkLines++;
        return;
      }
      unparsed.push({ file, line, text: raw, reason: 'error' in bare ? bare.error : NO_HEADER });
      inEntry = false;
      return;
    }
    inEntry = true;
    const read = readFact(header.message);
    if ('error' in read) {
      unparsed.push({ file, line, text: raw, reason: read.error });
      return;
    }
    if (read.fact.kind !== 'other' || looksLikeZooKeeper(header)) zkLines++;
    entries.push({ line, timeMs: header.timeMs, level: header.level, thread: header.thread, text: raw, fact: read.fact });
  });
  const myid = mostNamed(ids);
  return { file, myid, entries, unparsed, lines: lines.length, error: problemOf(file, lines, zkLines, myid) };
}

function mostNamed(ids: Map<number, number>): number | null {
  let best: number | null = null;
  for (const [id, n] of ids) if (best === null || n > (ids.get(best) as number)) best = id;
  return best;
}

function problemOf(file: string, lines: string[], zkLines: number, myid: number | null): Phrase | null {
  if (lines.every((l) => l.trim() === '')) return m`${file}: the file is empty, expected a ZooKeeper server log`;
  if (zkLines === 0) {
    const first = (lines.find((l) => l.trim() !== '') as string).slice(0, 80);
    return m`${file}: not a ZooKeeper server log: none of its ${lines.length} lines is a ZooKeeper log line (first line: "${first}")`;
  }
  if (myid === null) return m`${file}: no server id in the log (looked for "myid=N", "[myid:N]" and "My id = N")`;
  return null;
}
