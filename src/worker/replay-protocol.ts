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
  readonly reason: string;
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
  readonly servers: readonly ReplayServerSummary[];
  readonly notifications: number;
  readonly messages: number;
  /** Every line not understood, in file and line order. */
  readonly unparsed: readonly ReplayUnparsedLine[];
  /** The wall-clock time (as written in the logs, no zone) that replay time 0 stands for, or null. */
  readonly originMs: number | null;
}

/** App → worker: replay these files (they replace the current run only if they can be read). */
export type ReplayCommand = { readonly type: 'replayLogs'; readonly files: readonly ReplayLogFile[] };

/** Worker → app: the replay opened (frames follow), or why it was refused (the current run is untouched). */
export type ReplayReply =
  | { readonly type: 'replayed'; readonly info: ReplayInfo }
  | { readonly type: 'replayRefused'; readonly problems: readonly Phrase[] };
