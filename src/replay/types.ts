/**
 * The plain-data shapes of a replayed run: what the log replay reconstructs from real ZooKeeper server logs
 * and what the UI will later play in the cluster view. Everything is JSON-safe (zxids as `0x…` strings).
 */
import type { Phrase } from '../scenario/phrase';
import type { LayoutId } from './layouts.ts';
import type { SkippedLine } from './reflow.ts';

export type { LayoutId, SkippedLine };

/** QuorumPeer.ServerState as the logs print it. */
export type PeerState = 'LOOKING' | 'FOLLOWING' | 'LEADING' | 'OBSERVING';

/** One FastLeaderElection notification as a WorkerReceiver logged it. */
export interface NotificationFields {
  /** n.sid: the sender. */
  sid: number;
  /** n.state: the sender's state. */
  state: PeerState;
  /** n.leader: the sender's vote. */
  leader: number;
  /** n.zxid of the vote, lower-case hex with `0x`. */
  zxid: string;
  /** n.round: the sender's electionEpoch (logicalclock). */
  round: number;
  /** n.peerEpoch of the vote. */
  peerEpoch: number;
  /** The receiver's own state when it logged the line (absent in the oldest 3.4 format). */
  myState: PeerState | null;
  /** Message format version (3.4.6+), or null. */
  version: number | null;
}

/** What one understood log line says (the message after the header). */
export type LineFact =
  | ({ kind: 'notification' } & NotificationFields)
  | { kind: 'state'; state: PeerState; detail: string | null }
  | { kind: 'new-election'; myid: number; proposedZxid: string }
  | { kind: 'election-took'; state: PeerState; ms: number }
  | { kind: 'notification-timeout'; ms: number }
  | { kind: 'sync-from-leader'; mode: 'diff' | 'snap' | 'trunc'; zxid: string }
  | { kind: 'sync-learner'; sid: number; peerLastZxid: string | null }
  | { kind: 'quorum-up'; sids: number[]; zxid: string }
  | { kind: 'epoch'; name: 'currentEpoch' | 'acceptedEpoch'; value: number }
  | { kind: 'learner-packet'; packet: 'NEWLEADER' | 'UPTODATE' }
  /** QuorumPeerMain starting the peer: a new life of the server (its memory is new, its disk is kept). */
  | { kind: 'peer-start' }
  | { kind: 'other' };

/** A log entry whose header we read (one line, or several joined when wrapped), with what it says. */
export interface LogEntry {
  /** 1-based number of its first line in its file. */
  line: number;
  /** 1-based number of its last line (wrapped text, a stack trace). */
  endLine: number;
  /** The server it belongs to: its `[myid:N]`, its thread's `myid=N`, a heading above it, or its file's. */
  server: number;
  /** Milliseconds since 1970 of the line's timestamp as written (no time zone), or null. */
  timeMs: number | null;
  level: string | null;
  thread: string | null;
  text: string;
  fact: LineFact;
}

/** A line we could not read, kept so nothing is silently dropped. */
export interface UnparsedLine {
  file: string;
  line: number;
  text: string;
  /** Why it was not understood (a phrase, so the app says it in the reader's language). */
  reason: Phrase;
}

/** One election as one server lived it: from LOOKING to a decision (or the end of the log). */
export interface ElectionRecord {
  /** Its electionEpoch (logicalclock), or null when the log never shows it. */
  round: number | null;
  startMs: number | null;
  endMs: number | null;
  proposedZxid: string | null;
  /** The votes this server broadcast (its own notifications, received by itself), in order. */
  votes: { atMs: number | null; leader: number; zxid: string; round: number; peerEpoch: number }[];
  /** Notifications received from others during this election. */
  received: number;
  /** LEADING, FOLLOWING or OBSERVING; LOOKING when the log ends mid-election. */
  outcome: PeerState;
  leader: number | null;
  /** `LEADER ELECTION TOOK - N MS`, when logged. */
  tookMs: number | null;
  /** Which life of the server (1 = the first QuorumPeer start in its logs) held this election. */
  life?: number;
}

/** One replayed server. */
export interface ReplayedServer {
  id: number;
  files: string[];
  elections: ElectionRecord[];
  /** State at the end of its log (that of its last life). */
  finalState: PeerState;
  /** How many times its logs show the peer starting (a crash and restart in one file gives 2); at least 1. */
  lives?: number;
  leader: number | null;
  lines: number;
}

/** A timed event of the replay, relative to the earliest timestamp of all logs. */
export interface ReplayEvent {
  /** Milliseconds since the first line of all logs (null when the line had no timestamp). */
  atMs: number | null;
  server: number;
  file: string;
  line: number;
  endLine: number;
  fact: LineFact;
  text: string;
}

/** A notification between two servers: received as logged, sent when the sender's own log shows it. */
export interface ReplayMessage {
  from: number;
  to: number;
  /** When the sender broadcast this vote (its own copy of the notification), if its log shows it. */
  sentAtMs: number | null;
  receivedAtMs: number | null;
  vote: NotificationFields;
  /** Index into `events` of the receive. */
  event: number;
}

/** The whole reconstruction. */
export interface ReplayedRun {
  servers: ReplayedServer[];
  events: ReplayEvent[];
  messages: ReplayMessage[];
  notifications: number;
  unparsed: UnparsedLine[];
  /** The absolute time (ms, as written in the logs) that `atMs` 0 stands for, or null. */
  originMs: number | null;
  /** The layout detected in each file. */
  layouts: { file: string; layout: LayoutId }[];
  /** Lines skipped on purpose (blank, fences, comments, headings): reported, not errors. */
  skipped: SkippedLine[];
  /** Servers whose clock was shifted so that every notification is received after it was sent. */
  clockShifts: ClockShift[];
}

/** A shift applied to one server's timestamps. */
export interface ClockShift {
  server: number;
  /** Added to every timestamp of the server's log. */
  shiftMs: number;
}
