/**
 * The typed protocol between the app and the simulation worker (design.md §4). The only module the UI
 * may import from outside src/ui, and only for types and tiny constants: no protocol code reaches the
 * main bundle. Everything crossing the boundary is structured-clone-safe (no bigint: zxids are hex).
 */
import type { LinkView, MessageView, ServerView, StateWord, TallyView, VoteRow, VoteView } from '../sim/frame';
import type { ClientMessageView, ClientStateWord, ClientView, RecipeView } from '../sim/frame-clients';
import type { TreeView, WatchBadge, WatchKind, ZnodeKind, ZnodeView } from '../sim/frame-tree';
import type { CellState, HistoryRun, ServerHistory, SyncView } from '../sim/frame-history';
import type { BroadcastView, ProposalQuorum, WriteJourney } from '../sim/frame-broadcast';
export type { BroadcastView, CellState, HistoryRun, ProposalQuorum, ServerHistory, SyncView, WriteJourney };
import { COMMAND_USAGE } from '../engine/zkcli/usage';

export type { LinkView, MessageView, ServerView, StateWord, TallyView, VoteRow, VoteView };
import type { LocalizedText, TourStep } from '../scenario/types';
export type { LocalizedText, TourStep };
export type { ClientMessageView, ClientStateWord, ClientView, RecipeView, TreeView, WatchBadge, WatchKind, ZnodeKind, ZnodeView };
// Log replay and the live bridge (issue 7) keep their types in their own modules, re-exported for the UI.
import type { ReplayCommand, ReplayReply } from './replay-protocol';
export type * from './replay-protocol';
export type { BridgeEvent, BridgeRequest, ServerStatus, SessionInfo, WatchInfo, ZnodeInfo } from '../bridge/protocol';
export { BRIDGE_PROTOCOL_VERSION } from '../bridge/protocol';

/** zkCli's command names, for the consoles' tab completion (the engine's usage table, as plain strings). */
export const ZKCLI_COMMANDS: readonly string[] = COMMAND_USAGE.map(([c]) => c);

/** The lock node of the demo, and the herd mode's own lock node (so both run side by side). */
export const LOCK_PATH = '/locks';
export const HERD_LOCK_PATH = '/herd';

/** Built-in scenarios offered by the picker. */
export const PRESETS = ['three', 'five', 'seven', 'fiftyOne'] as const;
/** A built-in scenario's id. */
export type PresetId = (typeof PRESETS)[number];

/** A fault or action the user takes by hand; the worker turns it into a timed scenario event. */
export type UserAction =
  | { readonly do: 'stop'; readonly server: number; readonly signal: 'TERM' | 'KILL' }
  | { readonly do: 'start'; readonly server: number }
  | { readonly do: 'isolate'; readonly server: number }
  | { readonly do: 'cutAll'; readonly server: number }
  | { readonly do: 'cut' | 'mend'; readonly servers: readonly [number, number] }
  | { readonly do: 'drop'; readonly message: number }
  | { readonly do: 'heal' }
  // Client sessions (issue 5): a zkCli line (the session starts at first use, on one of `servers`),
  // a process killed without closing, a lock-recipe contender, a holder's release.
  | { readonly do: 'client'; readonly session: string; readonly servers: readonly number[]; readonly command: string }
  | { readonly do: 'kill'; readonly session: string }
  | { readonly do: 'lock'; readonly session: string; readonly path: string; readonly herd: boolean }
  | { readonly do: 'unlock'; readonly session: string };

/** Commands from the app to the worker. `req` echoes in the frame that answers it. */
export type Command =
  | ReplayCommand
  // `library` names a scenario-library preset; `file` is the text of a scenario file the user opened.
  | { readonly type: 'load'; readonly hash: string | null; readonly preset: PresetId | null; readonly library?: string; readonly file?: string }
  | { readonly type: 'seekTime'; readonly t: number; readonly req: number }
  | { readonly type: 'seekStep'; readonly step: number; readonly req: number }
  | { readonly type: 'stepBy'; readonly delta: number; readonly req: number }
  | { readonly type: 'marker'; readonly direction: 1 | -1; readonly req: number }
  | { readonly type: 'act'; readonly action: UserAction; readonly req: number }
  | { readonly type: 'selectBranch'; readonly branch: number; readonly req: number }
  | { readonly type: 'select'; readonly sid: number | null; readonly req: number }
  | { readonly type: 'share'; readonly panels?: readonly string[]; readonly lang?: string }
  // Teaching (issue 6): the library's menu, saving the run, the trace, and moving through a tour.
  | { readonly type: 'library' }
  | { readonly type: 'save' }
  | { readonly type: 'exportTrace' }
  | { readonly type: 'tour'; readonly index: number; readonly req: number };

/** A preset of the scenario library as the menu lists it (texts are plain text, never HTML). */
export interface LibraryEntry {
  readonly id: string;
  readonly title: string;
  readonly titles?: LocalizedText;
  readonly explain?: LocalizedText;
  readonly question?: LocalizedText;
  readonly tourSteps: number;
}

/** The scenario loaded, as the teaching panels show it. */
export interface ScenarioInfo {
  /** The library id, or null for a file or a link. */
  readonly id: string | null;
  readonly title: string;
  readonly titles?: LocalizedText;
  readonly explain?: LocalizedText;
  readonly question?: LocalizedText;
  readonly tour: readonly TourStep[];
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
export interface MarkView {
  readonly code: string;
  readonly sid: number;
  readonly args: Readonly<Record<string, string | number | boolean | null>>;
}

/** A line of the event log in ZooKeeper's format. */
export interface LogLineView {
  readonly step: number;
  readonly time: number;
  readonly sid: number;
  readonly text: string;
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
  /** Every server's transaction log, snapshot, epochs and sync (issue 13); empty for replayed logs. */
  readonly histories: readonly ServerHistory[];
  /** The leader's outstanding proposals and the client writes in flight. */
  readonly broadcast: BroadcastView | null;
  /** true when the frame shows replayed real logs: faults, branches and sharing do not apply. */
  readonly replay?: boolean;
}

/** Messages from the worker to the app. */
export type Reply =
  | ReplayReply
  | { readonly type: 'frame'; readonly frame: Frame }
  | {
    readonly type: 'loaded'; readonly preset: PresetId | null; readonly problem: string | null;
    // From a v2 link: the panels and language to restore; the loaded scenario's teaching texts.
    readonly info?: ScenarioInfo; readonly panels?: readonly string[] | null; readonly lang?: string | null;
  }
  | { readonly type: 'library'; readonly entries: readonly LibraryEntry[] }
  | { readonly type: 'fileProblems'; readonly problems: readonly string[] }
  | { readonly type: 'file'; readonly kind: 'scenario' | 'trace'; readonly name: string; readonly text: string }
  | { readonly type: 'shared'; readonly hash: string }
  | { readonly type: 'error'; readonly message: string };
