/**
 * The Frame: what the app draws at one moment of a timeline, simulated or replayed, and its parts.
 * Defined once here; worker/protocol.ts re-exports them for the UI (with kindOf, its one function). Everything is structured-clone-safe
 * plain data (no bigint: zxids are hex).
 */
import type { MarkView } from '../engine/marks';
import type { Question } from '../sim/predict/types';
import type { Notification } from '../engine/election/types';
import type { QuorumPacket } from '../engine/peer/packets';
import type { Dropped } from './budget';
import type { LinkView, MessageView, NetworkFaultsView, PayloadView, ServerView, TallyView } from './frame';
import type { ClientMessageView, ClientView } from './frame-clients';
import type { TreeView } from './frame-tree';
import type { ServerHistory } from './frame-history';
import type { BroadcastView } from './frame-broadcast';
import type { PendingView } from './pending';

export type { Dropped } from './budget';

/** What a message is called: NOTIFICATION, or its quorum packet's type (a tiny function the UI may import). */
export function kindOf(p: PayloadView | Notification | QuorumPacket): string {
  return p.type === 'notification' ? 'NOTIFICATION' : p.packet;
}

/** A timeline marker: a moment worth jumping to. */
export interface Marker {
  readonly step: number;
  readonly time: number;
  readonly kind: 'round' | 'leader' | 'epoch' | 'commit' | 'stop' | 'fault';
  readonly sid: number;
  readonly value: number | string;
}

/** A mark of the last step, with args made cloneable (zxids as hex). */
export type { MarkView };

/** A line of the event log in ZooKeeper's format. */
export interface LogLineView {
  readonly step: number;
  readonly time: number;
  readonly sid: number;
  readonly text: string;
  /** In a replay: the file and original lines the entry came from (a wrapped entry spans several). */
  readonly source?: { readonly file: string; readonly line: number; readonly endLine: number };
}

/** A message of the recent past for the space-time diagram. */
export interface TraceMessage {
  readonly id: number;
  readonly kind: string;
  readonly from: number;
  readonly to: number;
  readonly sentAt: number;
  readonly deliverAt: number;
  /** true delivered, false lost, null still on the wire at this moment. */
  readonly delivered: boolean | null;
}

/** One branch of the run (Runway-style): the actions taken and where it forked. */
export interface BranchInfo {
  readonly id: number;
  readonly parent: number | null;
  readonly forkStep: number;
  readonly actions: number;
}

/** The invariant badge: ok, or the first violated property up to this moment. */
export type InvariantStatus = { readonly ok: true } | { readonly ok: false; readonly property: string; readonly detail: string; readonly step: number };

/** What the app draws at one moment. */
export interface Frame {
  readonly req: number;
  readonly title: string;
  /** Virtual time shown (ms) and the number of steps processed. */
  readonly t: number;
  readonly step: number;
  /** Time of the next event after this moment, null when the run is over. */
  readonly nextEventAt: number | null;
  /** The end of the timeline: the scenario's `until` or the furthest time computed. */
  readonly horizon: number;
  readonly servers: readonly ServerView[];
  readonly links: readonly LinkView[];
  readonly messages: readonly MessageView[];
  readonly voters: number;
  readonly tally: TallyView | null;
  readonly selected: number | null;
  readonly lastStep: { readonly index: number; readonly time: number; readonly sid: number | null; readonly kind: string } | null;
  readonly marks: readonly MarkView[];
  readonly log: readonly LogLineView[];
  /** Markers of the whole computed run; null when unchanged since the previous frame. */
  readonly markers: readonly Marker[] | null;
  readonly trace: readonly TraceMessage[];
  readonly invariant: InvariantStatus;
  readonly branch: number;
  readonly branches: readonly BranchInfo[];
  /** The znode tree of the selected server (or the leader's, or the first running one's). */
  readonly tree: TreeView | null;
  readonly clients: readonly ClientView[];
  readonly clientMessages: readonly ClientMessageView[];
  /** What the memory budgets dropped so far (budget.ts), null when nothing: the app tells the user. */
  readonly dropped: Dropped | null;
  /** Every server's transaction log, snapshot, epochs and sync (issue 13); empty for replayed logs. */
  readonly histories: readonly ServerHistory[];
  /** The leader's outstanding proposals and the client writes in flight; null for replayed logs. */
  readonly broadcast: BroadcastView | null;
  /** true when the frame shows replayed real logs: faults, branches and sharing do not apply. */
  readonly replay?: boolean;
  /** Slow servers and links with their own latency (simulated runs only). */
  readonly network?: NetworkFaultsView;
  /** Predict mode: the question asked before the next step, waiting for the learner's answer. */
  readonly question?: Question | null;
  /** Actions taken by hand not carried out yet (taken while paused): shown at once, with their step. */
  readonly pending?: readonly PendingView[];
}

