/**
 * Tab completion for the zkCli consoles: the first word completes to a command, a word starting with
 * `/` to a znode path. Like JLine: one match completes, several complete to their common prefix and are
 * listed. Pure; unit-tested.
 */

/** What Tab does to a line. */
export interface Completion {
  readonly line: string;
  /** The candidates to list when more than one matches. */
  readonly options: readonly string[];
}

function commonPrefix(xs: readonly string[]): string {
  let p = xs[0] ?? '';
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Completes the last word of `line` against `commands` (first word) or `paths` (a word starting with /). */
export function complete(line: string, commands: readonly string[], paths: readonly string[]): Completion {
  const cut = line.lastIndexOf(' ') + 1;
  const head = line.slice(0, cut);
  const word = line.slice(cut);
  const first = head.trim() === '';
  let pool: readonly string[];
  if (first) pool = commands;
  else if (word.startsWith('/')) {
    // Offer the children of the directory typed so far, as JLine's path completer does.
    const dir = word.slice(0, word.lastIndexOf('/') + 1);
    pool = paths.filter((p) => p.startsWith(dir) && p.length > dir.length && !p.slice(dir.length).includes('/'));
  } else return { line, options: [] };
  const matches = pool.filter((c) => c.startsWith(word));
  if (matches.length === 0) return { line, options: [] };
  if (matches.length === 1) return { line: head + matches[0] + (first ? ' ' : ''), options: [] };
  return { line: head + commonPrefix(matches), options: [...matches].sort() };
}

/** Moves through typed history: `index` is the current position (history.length = a fresh line). */
export function historyStep(history: readonly string[], index: number, delta: -1 | 1): number {
  return Math.max(0, Math.min(history.length, index + delta));
}
