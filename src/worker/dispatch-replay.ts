/**
 * The worker's side of log replay: opens a ReplaySession from the files the app sends and, while one is
 * open, answers the time-control commands from it. Any `load` (a preset, a link, a scenario file) ends
 * the replay; a file that is refused does not. Files that cannot be replayed are refused with every problem named, and whatever was on
 * screen stays as it was.
 */
import { ReplaySession } from '../playback/replay-session';
import { isTimelineCommand } from '../playback/timeline';
import { replayLogs } from '../replay/index';
import type { Command, Reply } from './protocol';
import type { ReplayInfo, ReplayLogFile } from './replay-protocol';
import { m, type Phrase } from '../scenario/phrase';

/** Limits that keep a mistaken drop (a heap dump, a video) from freezing the worker. */
const MAX_FILES = 64;
const MAX_TOTAL_CHARS = 120_000_000;
/** A replay that reads for longer than this is stopped and refused, saying so (the run on screen stays). */
export const MAX_REPLAY_MS = 90_000;
/** Search hits sent at once; the count of all is sent too. */
const MAX_HITS = 200;

/** Where progress replies go while a replay reads (the worker entry posts them at once). */
let progressSink: ((r: Reply) => void) | null = null;

/** Sets where replay progress is posted while the logs are read. */
export function onReplayProgress(sink: ((r: Reply) => void) | null): void {
  progressSink = sink;
}

/** Thrown out of the replay's progress callback when reading takes too long; carries the problem to show. */
class TooSlow extends Error {
  constructor(readonly problem: Phrase) {
    super(problem.code);
  }
}

/** What a replay does not answer: sharing, saving, exporting and tours describe simulated runs. */
const NOT_FOR_REPLAY: ReadonlySet<string> = new Set(['share', 'save', 'exportTrace', 'tour']);

let replay: ReplaySession | null = null;

function tooMuch(files: readonly ReplayLogFile[]): Phrase | null {
  if (files.length > MAX_FILES) return m`${files.length} files given; at most ${MAX_FILES} can be replayed together`;
  const chars = files.reduce((n, f) => n + f.text.length, 0);
  if (chars > MAX_TOTAL_CHARS) return m`the files hold ${chars} characters; at most ${MAX_TOTAL_CHARS} can be replayed`;
  return null;
}

function open(files: readonly ReplayLogFile[]): Reply[] {
  const limit = tooMuch(files);
  if (limit !== null) return [{ type: 'replayRefused', problems: [limit] }];
  const started = performance.now();
  let lastPost = -1;
  let result: ReturnType<typeof replayLogs>;
  try {
    result = replayLogs(files.map((f) => ({ name: f.name, text: f.text })), (linesDone, linesTotal) => {
      const now = performance.now();
      if (now - started > MAX_REPLAY_MS) throw new TooSlow(m`reading the logs took longer than ${MAX_REPLAY_MS / 1000} s (stopped at line ${linesDone} of ${linesTotal}); replay fewer or shorter files`);
      // At most ten posts a second: the app shows lines parsed, not every step.
      if (now - lastPost >= 100 || linesDone === linesTotal) {
        lastPost = now;
        progressSink?.({ type: 'replayProgress', linesDone, linesTotal });
      }
    });
  } catch (e) {
    if (e instanceof TooSlow) return [{ type: 'replayRefused', problems: [e.problem] }];
    throw e;
  }
  const { run, problems } = result;
  if (problems.length > 0) return [{ type: 'replayRefused', problems }];
  if (run.servers.length === 0 || run.events.length === 0) return [{ type: 'replayRefused', problems: [m`the logs hold no ZooKeeper server events`] }];
  const title = `Replay: ${files.map((f) => f.name).join(', ')}`;
  replay = new ReplaySession(run, title);
  const skipped: Record<string, number> = {};
  for (const k of run.skipped) skipped[k.kind] = (skipped[k.kind] ?? 0) + 1;
  const info: ReplayInfo = {
    files: files.map((f) => f.name), layouts: run.layouts, clockShifts: run.clockShifts, skipped,
    lines: run.servers.reduce((n, s) => n + s.lines, 0) + run.unparsed.length + run.skipped.length,
    servers: run.servers.map((s) => ({ id: s.id, files: s.files, finalState: s.finalState, leader: s.leader, lines: s.lines })),
    notifications: run.notifications, messages: run.messages.length, unparsed: run.unparsed, originMs: run.originMs,
  };
  return [{ type: 'loaded', preset: null, problem: null }, { type: 'replayed', info }, { type: 'frame', frame: replay.frame(0) }];
}

function searchOrFilter(r: ReplaySession, cmd: Extract<Command, { type: 'replaySearch' | 'replayFilter' }>): Reply[] {
  if (cmd.type === 'replayFilter') {
    r.filterElections(cmd.electionsOnly);
    return [{ type: 'frame', frame: r.frame(cmd.req) }];
  }
  const found = r.search(cmd.query, MAX_HITS);
  if ('error' in found) return [{ type: 'replaySearchResult', query: cmd.query, hits: [], total: 0, error: found.error }];
  return [{ type: 'replaySearchResult', query: cmd.query, hits: found.hits, total: found.total, error: null }];
}

/** Passes on the replies of a `load`: one that opened a run (a preset, a link, a file) ends the replay. */
export function afterLoad(replies: Reply[]): Reply[] {
  if (replies.some((r) => r.type === 'loaded')) replay = null;
  return replies;
}

/** Handles a command if it belongs to log replay (or a replay is open); null when the simulator should. */
export function handleReplay(cmd: Command): Reply[] | null {
  if (cmd.type === 'replayLogs') return open(cmd.files);
  if (cmd.type === 'replaySearch' || cmd.type === 'replayFilter') return replay === null ? [] : searchOrFilter(replay, cmd);
  if (!replay || cmd.type === 'load') return null;
  // The timeline answers every time control; fault actions and branches it ignores (the past is fixed).
  if (isTimelineCommand(cmd)) return [{ type: 'frame', frame: replay.handle(cmd) }];
  // Sharing, saving, exporting and tours describe simulated runs; a replay has nothing to give them.
  return NOT_FOR_REPLAY.has(cmd.type) ? [] : null;
}
