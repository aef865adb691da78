/**
 * The log-replay part of the worker protocol (issue 7): the app hands the worker the text of real server
 * logs, the worker replays them (src/replay) and answers with the same Frames as a simulated run. Types
 * only; protocol.ts re-exports them, since the UI may import nothing else from outside src/ui.
 */
import type { Phrase } from '../scenario/phrase';

/** One log file as the user dropped, picked or pasted it. */
export interface ReplayLogFile {
  readonly name: string;
  readonly text: string;
}

/** A line the replay did not understand: counted and listed, never silently dropped. */
export interface ReplayUnparsedLine {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly reason: Phrase;
}

/** One server as its log ends. */
export interface ReplayServerSummary {
  readonly id: number;
  readonly files: readonly string[];
  readonly finalState: string;
  readonly leader: number | null;
  readonly lines: number;
}

/** What the app shows about a replay beside the cluster view. */
export interface ReplayInfo {
  readonly files: readonly string[];
  /** The log layout detected in each file (zookeeper, iso8601, logback, json). */
  readonly layouts: readonly { readonly file: string; readonly layout: string }[];
  /** Servers whose clock was shifted so every notification arrives after it was sent, and by how much. */
  readonly clockShifts: readonly { readonly server: number; readonly shiftMs: number }[];
  /** Lines skipped on purpose, by kind (blank, fence, comment, heading): not errors. */
  readonly skipped: Readonly<Record<string, number>>;
  readonly lines: number;
  readonly servers: readonly ReplayServerSummary[];
  readonly notifications: number;
  readonly messages: number;
  /** Every line not understood, in file and line order. */
  readonly unparsed: readonly ReplayUnparsedLine[];
  /** The wall-clock time (as written in the logs, no zone) that replay time 0 stands for, or null. */
  readonly originMs: number | null;
}

/** An event a replay search found. */
export type { SearchHit as ReplaySearchHit } from '../playback/replay-session';
import type { SearchHit } from '../playback/replay-session';

/**
 * App → worker: replay these files (they replace the current run only if they can be read); search the
 * open replay (server:, state:, zxid:, round:, text: or free words); show only election events in its log.
 */
export type ReplayCommand =
  | { readonly type: 'replayLogs'; readonly files: readonly ReplayLogFile[] }
  | { readonly type: 'replaySearch'; readonly query: string }
  | { readonly type: 'replayFilter'; readonly electionsOnly: boolean; readonly req: number };

/**
 * Worker → app: how far reading the logs got, the replay opened (frames follow), why it was refused (the
 * current run is untouched), or what a search found (at most the first 200 hits, and how many in all).
 */
export type ReplayReply =
  | { readonly type: 'replayProgress'; readonly linesDone: number; readonly linesTotal: number }
  | { readonly type: 'replayed'; readonly info: ReplayInfo }
  | { readonly type: 'replayRefused'; readonly problems: readonly Phrase[] }
  | { readonly type: 'replaySearchResult'; readonly query: string; readonly hits: readonly SearchHit[]; readonly total: number; readonly error: Phrase | null };
