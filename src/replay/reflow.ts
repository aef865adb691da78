/**
 * Turns log text as people paste it (from notes, web pages, chats, PDFs) back into log entries before
 * they are parsed: an entry starts at a timestamp, optionally after a line number, a list marker or a
 * quote mark; the lines after it up to the next entry are joined to it; Markdown fences, blank lines,
 * comment lines and headings ("server2:") are skipped and reported as skipped. A heading naming a server
 * is kept as a hint for the entries under it. Every entry keeps the numbers of its original lines.
 */
import { LAYOUTS, type Layout, type LayoutId } from './layouts.ts';

/** Why a line was skipped (never an error). */
export type SkipKind = 'blank' | 'fence' | 'comment' | 'heading';

/** A skipped line. */
export interface SkippedLine {
  file: string;
  line: number;
  kind: SkipKind;
}

/** One entry as reflowed: its text on one line and the original lines it came from. */
export interface RawEntry {
  /** 1-based numbers of its first and last original line. */
  line: number;
  endLine: number;
  text: string;
  /** The server the heading above it names, if any. */
  hint: number | null;
}

/** A non-skipped line outside every entry (before the first one, or after a blank line or fence). */
export interface LooseLine {
  line: number;
  text: string;
  hint: number | null;
}

/** A file reflowed. `wrapped` says whether lines were joined as wrapped text or only as stack traces. */
export interface Reflowed {
  entries: RawEntry[];
  loose: LooseLine[];
  skipped: SkippedLine[];
  wrapped: boolean;
}

const FENCE = /^\s*(?:```|~~~)/;
const COMMENT = /^\s*(?:\d{1,7}[.):]?\s+)?(?:#|\/\/)/;
// "server2:", "Server 3：", "## zk1", "**server 2**", "myid=2:", "服务器3：" — alone on their line.
const HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:zk|zookeeper)?[\s_-]?(?:server|node|peer|myid|zk|服务器|节点)[\s_.=#-]?(\d{1,3})\s*(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*$/i;
// A line number ("12 ", "12. ", "12) ", "12 | ", "12\t"), a list marker, or quote marks before an entry.
const PREFIX = /^\s*(?:>\s*)*(?:\d{1,7}(?:[.):]?\s+|\s*[|│]\s?|\t)|[-*+•]\s+)?/;
/** Lines that belong to the entry above even in a file that is not wrapped: stack traces, indented text. */
const CONTINUATION = /^\s+\S|^Caused by: |^[\w.$]+(?:Exception|Error)(?:: |$)|^\.\.\. \d+ more/;
/** What Java itself prints under an entry (a stack trace): not a sign that the text was wrapped. */
const STACK_TRACE = /^\t|^\s+at [\w$.<>/]+\(|^\s*\.\.\. \d+ more|^\s*Caused by: |^[\w.$]+(?:Exception|Error)(?:: |$)/;

/** The entry text of a line if an entry of `layout` starts on it (after any prefix), else null. */
function entryText(raw: string, layout: Layout): string | null {
  if (layout.starts(raw)) return raw;
  const p = PREFIX.exec(raw);
  if (p === null || p[0].length === 0) return null;
  const rest = raw.slice(p[0].length);
  return layout.starts(rest) ? rest : null;
}

/** The server a heading line names, or null when the line is not a heading. */
export function headingServer(line: string): number | null {
  const m = HEADING.exec(line);
  return m === null ? null : Number(m[1]);
}

function skipKind(raw: string): SkipKind | null {
  if (raw.trim() === '') return 'blank';
  if (FENCE.test(raw)) return 'fence';
  if (headingServer(raw) !== null) return 'heading';
  return COMMENT.test(raw) ? 'comment' : null;
}

/** Picks the layout most of the first entries are written in; null when none fits any line. */
export function detectLayout(lines: readonly string[], sample = 400): LayoutId | null {
  const counts = new Map<LayoutId, number>();
  let seen = 0;
  for (let i = 0; i < lines.length && seen < sample; i++) {
    const raw = lines[i] as string;
    if (skipKind(raw) !== null) continue;
    seen++;
    for (const layout of LAYOUTS) {
      const text = entryText(raw, layout);
      if (text !== null && layout.reader()(text) !== null) counts.set(layout.id, (counts.get(layout.id) ?? 0) + 1);
    }
  }
  let best: LayoutId | null = null;
  for (const layout of LAYOUTS) if ((counts.get(layout.id) ?? 0) > (best === null ? 0 : (counts.get(best) ?? 0))) best = layout.id;
  return best;
}

/** Joins a continuation to the text so far: one space, unless the line break followed a space. */
function join(text: string, continuation: string): string {
  const c = continuation.trimStart();
  return text.endsWith(' ') || text.endsWith('\t') ? text + c : `${text} ${c}`;
}

const START = 1;
const SKIP = 2;

/**
 * Reflows the lines of one file in `layout`. A file counts as wrapped when many lines that follow an entry
 * are neither entries nor Java's own continuation lines; only then are such lines joined to the entry
 * above (in a plain log they are stray text, listed as not understood).
 */
export function reflow(file: string, lines: readonly string[], layout: Layout): Reflowed {
  const kinds = new Uint8Array(lines.length);
  const texts: (string | null)[] = new Array<string | null>(lines.length).fill(null);
  const skipped: SkippedLine[] = [];
  let starts = 0;
  let bare = 0;
  let inEntry = false;
  lines.forEach((raw, i) => {
    const text = entryText(raw, layout);
    if (text !== null) {
      kinds[i] = START;
      texts[i] = text;
      starts++;
      inEntry = true;
      return;
    }
    const skip = skipKind(raw);
    if (skip !== null) {
      kinds[i] = SKIP;
      skipped.push({ file, line: i + 1, kind: skip });
      inEntry = false;
      return;
    }
    if (inEntry && !STACK_TRACE.test(raw)) bare++;
  });
  const wrapped = starts > 0 && bare * 4 >= starts;
  const entries: RawEntry[] = [];
  const loose: LooseLine[] = [];
  let hint: number | null = null;
  let open: RawEntry | null = null;
  lines.forEach((raw, i) => {
    if (kinds[i] === SKIP) {
      const h = headingServer(raw);
      if (h !== null) hint = h;
      open = null;
      return;
    }
    if (kinds[i] === START) {
      open = { line: i + 1, endLine: i + 1, text: texts[i] as string, hint };
      entries.push(open);
      return;
    }
    if (open !== null && (wrapped || CONTINUATION.test(raw))) {
      // A stack trace under a plain log's entry belongs to it but says nothing the replay reads.
      if (wrapped) open.text = join(open.text, raw);
      open.endLine = i + 1;
      return;
    }
    open = null;
    loose.push({ line: i + 1, text: raw, hint });
  });
  return { entries, loose, skipped, wrapped };
}
