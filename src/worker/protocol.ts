/**
 * The typed protocol between the app and the simulation worker (design.md §4). The only module the UI
 * may import from outside src/ui, and only for types, tiny constants and small pure functions (a frame
 * patch's application among them): no simulation code reaches the main bundle. The Frame and its parts
 * are defined in src/playback and re-exported here.
 */
import { COMMAND_USAGE } from '../engine/zkcli/usage';
import type { FramePatch } from '../playback/frame-patch';
import type { Frame } from '../playback/frame-types';
import type { LibraryEntry, ScenarioInfo } from '../playback/library';
import type { SessionRecipe } from '../playback/session-recipe';
import type { TimelineCommand } from '../playback/timeline';
import type { EnsemblePresetId } from '../scenario/presets/index';
import type { Phrase } from '../scenario/phrase';
import type { ReplayCommand, ReplayReply } from './replay-protocol';

export type * from '../playback/frame-types';
export type { FramePatch, MessageChanges } from '../playback/frame-patch';
// How the app rebuilds a frame from a patch: a small pure function, the worker's counterpart of FramePatcher.
export { applyFramePatch } from '../playback/frame-patch';
export { kindOf } from '../playback/frame-types';
export type { LinkView, MessageView, NotificationView, PayloadView, ServerView, StateWord, TallyView, VoteRow, VoteView, ZabPacketView } from '../playback/frame';
export type { ClientMessageView, ClientStateWord, ClientView, RecipeView } from '../playback/frame-clients';
export type { TreeView, WatchBadge, WatchKind, ZnodeKind, ZnodeView } from '../playback/frame-tree';
export type { CellState, HistoryRun, ServerHistory, SyncView } from '../playback/frame-history';
export type { BroadcastView, ProposalQuorum, WriteJourney } from '../playback/frame-broadcast';
export type { LibraryEntry, ScenarioInfo } from '../playback/library';
export type { PendingView } from '../playback/pending';
export type { TimelineCommand, UserAction } from '../playback/timeline';
export type { SessionRecipe } from '../playback/session-recipe';
export type { LocalizedText, TourStep } from '../scenario/types';
export type { Choice, DecidingMark, Question, QuestionKind } from '../playback/breakit';
export { QUESTION_KINDS } from '../playback/breakit';
// Break it runs in a second worker (breakit-entry.ts) with its own small protocol.
export type * from './breakit-protocol';
export { BREAKIT_SIZES, FAULT_KINDS, FINDING_KINDS, MAX_BREAKIT_SEEDS } from '../playback/breakit';
// Log replay and the live bridge (issue 7) keep their types in their own modules, re-exported for the UI.
export type * from './replay-protocol';
export type { BridgeEvent, BridgeRequest, ServerStatus, SessionInfo, WatchInfo, ZnodeInfo } from '../bridge/protocol';
export { BRIDGE_PROTOCOL_VERSION, CLOSE_BAD_ORIGIN, CLOSE_BAD_TOKEN } from '../bridge/protocol';
export { checkBridgeEvent } from '../bridge/protocol-check';
// Problems travel as phrases (a code and its values); the UI renders them in the reader's language with
// the same two small functions every layer uses.
export { m, renderPhrase, type Phrase, type PhraseValue } from '../scenario/phrase';

/** zkCli's command names, for the consoles' tab completion (the engine's usage table, as plain strings). */
export const ZKCLI_COMMANDS: readonly string[] = COMMAND_USAGE.map(([c]) => c);

/** The lock node of the demo, and the herd mode's own lock node (so both run side by side). */
export const LOCK_PATH = '/locks';
export const HERD_LOCK_PATH = '/herd';

/** A quick ensemble of the picker (scenario/presets: one preset system). */
export type PresetId = EnsemblePresetId;

/** Commands from the app to the worker. `req` echoes in the frame that answers it. */
export type Command =
  | ReplayCommand
  // `library` names a scenario-library preset; `file` is the text of a scenario file the user opened.
  | { readonly type: 'load'; readonly hash: string | null; readonly preset: PresetId | null; readonly library?: string; readonly file?: string }
  | TimelineCommand
  | { readonly type: 'share'; readonly panels?: readonly string[]; readonly lang?: string }
  // Teaching (issue 6): the library's menu, saving the run, the trace, and moving through a tour.
  | { readonly type: 'library' }
  // schemaUrl: where the page's scenario.schema.json is, written as the saved file's `$schema`.
  | { readonly type: 'save'; readonly schemaUrl?: string }
  | { readonly type: 'exportTrace' }
  | { readonly type: 'tour'; readonly index: number; readonly req: number }
  // Issue 11: stop the load in progress (the run on screen stays); rebuild a run in a restarted worker.
  | { readonly type: 'cancelLoad' }
  | { readonly type: 'restore'; readonly recipe: SessionRecipe; readonly preset: PresetId | null }
  // Test hook of the supervisor (sent only with ?debug=worker): fail now, or when a command of type `on` arrives.
  | { readonly type: 'debugFault'; readonly fault: DebugFault; readonly on?: string };

/** How the debug hook makes the worker fail: an uncaught exception, a loop that never answers, or exiting. */
export type DebugFault = 'throw' | 'hang' | 'exit';

/** Messages from the worker to the app. */
export type Reply =
  | ReplayReply
  | { readonly type: 'frame'; readonly frame: Frame }
  // What the worker posts for a frame: the parts that changed since the frame before (see FramePatcher).
  | { readonly type: 'framePatch'; readonly patch: FramePatch }
  | {
    readonly type: 'loaded'; readonly preset: PresetId | null; readonly problem: Phrase | null;
    // From a v2 link: the panels and language to restore; the loaded scenario's teaching texts.
    readonly info?: ScenarioInfo; readonly panels?: readonly string[] | null; readonly lang?: string | null;
  }
  | { readonly type: 'library'; readonly entries: readonly LibraryEntry[] }
  | { readonly type: 'fileProblems'; readonly problems: readonly Phrase[] }
  | { readonly type: 'file'; readonly kind: 'scenario' | 'trace'; readonly name: string; readonly text: string }
  | { readonly type: 'shared'; readonly hash: string }
  // The run is too big for a link (it can be saved as a file): not a failure of the worker.
  | { readonly type: 'shareRefused'; readonly problem: Phrase }
  | { readonly type: 'error'; readonly message: Phrase }
  // A load's progress in simulation steps; why it stopped (a budget); that it was cancelled. The run on screen stays.
  | { readonly type: 'loadProgress'; readonly stepsDone: number; readonly stepsTotal: number }
  | { readonly type: 'loadRefused'; readonly problem: Phrase }
  | { readonly type: 'loadCancelled' }
  // What the user made, after every load, action and branch switch: what a restarted worker rebuilds.
  | { readonly type: 'recipe'; readonly recipe: SessionRecipe }
  // Posted after the replies to every command, so the app can tell a busy worker from a stalled one.
  | { readonly type: 'handled' };
