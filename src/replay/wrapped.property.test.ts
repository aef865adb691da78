/**
 * Issue 17's property: every real ZooKeeper 3.8 log of ../shared/reference/raw, copied the way people paste
 * logs into notes — word-wrapped at 40–120 columns, entries numbered, continuation lines indented, fenced
 * in Markdown under a "serverN:" heading — replays to exactly the reconstruction of the original file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayLogs, summarize, type ReplayedRun } from './index.ts';
import { referenceCases, referencePresent } from './reference-cases.test-helper.ts';

interface Paste {
  width: number;
  /** Drop the space a line breaks at (a browser's copy) or keep it at the line's end (`fold -s`). */
  keepSpace: boolean;
  indent: number;
  number: boolean;
}

/** Word-wraps one line: breaks only at spaces; a word longer than the width stays whole on its own line. */
function wrap(line: string, p: Paste): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > p.width) {
    let at = rest.lastIndexOf(' ', p.width);
    if (at <= 0) at = rest.indexOf(' ', p.width);
    if (at <= 0) break;
    out.push(p.keepSpace ? rest.slice(0, at + 1) : rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

const ENTRY = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}/;

/** The note a student would make of one server's log. */
function paste(id: string, lines: readonly string[], p: Paste): string {
  const out = [`server${id}:`, '', '```'];
  let n = 0;
  for (const line of lines) {
    const [first, ...more] = wrap(line, p);
    const numbered = ENTRY.test(line) && p.number ? `${++n} ${first as string}` : (first as string);
    out.push(numbered, ...more.map((m) => `${' '.repeat(p.indent)}${m}`));
  }
  out.push('```', '');
  return out.join('\n');
}

/** The reconstruction without what a paste changes by nature: line numbers and whitespace inside texts. */
function reconstruction(run: ReplayedRun): unknown {
  return {
    summary: summarize(run),
    servers: run.servers.map(({ id, elections, finalState, leader }) => ({ id, elections, finalState, leader })),
    events: run.events.map(({ atMs, server, fact }) => ({ atMs, server, fact })),
    messages: run.messages, originMs: run.originMs, clockShifts: run.clockShifts, unparsed: run.unparsed.length,
  };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!referencePresent)('real 3.8 logs pasted wrapped, numbered and fenced', () => {
  const cases = referenceCases();
  it('replay to the same reconstruction as the original files', () => {
    const arbitrary = fc.record({
      c: fc.integer({ min: 0, max: cases.length - 1 }),
      p: fc.record({ width: fc.integer({ min: 40, max: 120 }), keepSpace: fc.boolean(), indent: fc.integer({ min: 0, max: 4 }), number: fc.boolean() }),
    });
    fc.assert(fc.property(arbitrary, ({ c, p }) => {
      const rc = cases[c] as (typeof cases)[number];
      const ids = Object.keys(rc.logs);
      const original = replayLogs(ids.map((id) => ({ name: `s${id}.log`, text: `${(rc.logs[id] as string[]).join('\n')}\n` })));
      const pasted = replayLogs(ids.map((id) => ({ name: `s${id}.md`, text: paste(id, rc.logs[id] as string[], p) })));
      expect(pasted.problems).toEqual(original.problems);
      expect(reconstruction(pasted.run)).toEqual(reconstruction(original.run));
      // Each entry's text is its original line (a stack trace under it joins it when pasted).
      pasted.run.events.forEach((e, i) => expect(squash(e.text).startsWith(squash(original.run.events[i]?.text as string))).toBe(true));
      expect(pasted.run.skipped.filter((s) => s.kind === 'fence')).toHaveLength(2 * ids.length);
      expect(pasted.run.skipped.filter((s) => s.kind === 'heading').map((s) => s.file)).toEqual(ids.map((id) => `s${id}.md`));
    }), { numRuns: 60, seed: 17 });
  });
  it('replay to the same reconstruction when all servers are pasted into one note', () => {
    const rc = cases.at(-1) as (typeof cases)[number];
    const ids = Object.keys(rc.logs);
    const original = replayLogs(ids.map((id) => ({ name: `s${id}.log`, text: (rc.logs[id] as string[]).join('\n') })));
    const p: Paste = { width: 72, keepSpace: false, indent: 2, number: true };
    const note = replayLogs([{ name: 'note.md', text: ids.map((id) => paste(id, rc.logs[id] as string[], p)).join('\n') }]);
    expect(reconstruction(note.run)).toEqual(reconstruction(original.run));
  });
});
