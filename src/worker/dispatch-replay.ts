/**
 * The worker's side of log replay: opens a ReplaySession from the files the app sends and, while one is
 * open, answers the time-control commands from it. Any `load` (a preset, a link, a scenario file) ends
 * the replay; a file that is refused does not. Files that cannot be replayed are refused with every problem named, and whatever was on
 * screen stays as it was.
 */
import { ReplaySession } from '../playback/replay-session';
import { isTimelineCommand, type Timeline } from '../playback/timeline';
import { replayLogs } from '../replay/index';
import type { Command, Reply } from './protocol';
import type { ReplayInfo, ReplayLogFile } from './replay-protocol';

/** Limits that keep a mistaken drop (a heap dump, a video) from freezing the worker. */
const MAX_FILES = 64;
const MAX_TOTAL_CHARS = 50_000_000;

/** What a replay does not answer: sharing, saving, exporting and tours describe simulated runs. */
const NOT_FOR_REPLAY: ReadonlySet<string> = new Set(['share', 'save', 'exportTrace', 'tour']);

let replay: Timeline | null = null;

function tooMuch(files: readonly ReplayLogFile[]): string | null {
  if (files.length > MAX_FILES) return `${files.length} files given; at most ${MAX_FILES} can be replayed together`;
  const chars = files.reduce((n, f) => n + f.text.length, 0);
  if (chars > MAX_TOTAL_CHARS) return `the files hold ${chars} characters; at most ${MAX_TOTAL_CHARS} can be replayed`;
  return null;
}

function open(files: readonly ReplayLogFile[]): Reply[] {
  const limit = tooMuch(files);
  if (limit !== null) return [{ type: 'replayRefused', problems: [limit] }];
  const { run, problems } = replayLogs(files.map((f) => ({ name: f.name, text: f.text })));
  if (problems.length > 0) return [{ type: 'replayRefused', problems }];
  if (run.servers.length === 0 || run.events.length === 0) return [{ type: 'replayRefused', problems: ['the logs hold no ZooKeeper server events'] }];
  const title = `Replay: ${files.map((f) => f.name).join(', ')}`;
  replay = new ReplaySession(run, title);
  const info: ReplayInfo = {
    files: files.map((f) => f.name),
    servers: run.servers.map((s) => ({ id: s.id, files: s.files, finalState: s.finalState, leader: s.leader, lines: s.lines })),
    notifications: run.notifications, messages: run.messages.length, unparsed: run.unparsed, originMs: run.originMs,
  };
  return [{ type: 'loaded', preset: null, problem: null }, { type: 'replayed', info }, { type: 'frame', frame: replay.frame(0) }];
}

/** Passes on the replies of a `load`: one that opened a run (a preset, a link, a file) ends the replay. */
export function afterLoad(replies: Reply[]): Reply[] {
  if (replies.some((r) => r.type === 'loaded')) replay = null;
  return replies;
}

/** Handles a command if it belongs to log replay (or a replay is open); null when the simulator should. */
export function handleReplay(cmd: Command): Reply[] | null {
  if (cmd.type === 'replayLogs') return open(cmd.files);
  if (!replay || cmd.type === 'load') return null;
  // The timeline answers every time control; fault actions and branches it ignores (the past is fixed).
  if (isTimelineCommand(cmd)) return [{ type: 'frame', frame: replay.handle(cmd) }];
  // Sharing, saving, exporting and tours describe simulated runs; a replay has nothing to give them.
  return NOT_FOR_REPLAY.has(cmd.type) ? [] : null;
}
