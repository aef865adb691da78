/**
 * The run as the app sees it: the latest frame from the worker, playback settings and selection.
 * Store actions post commands to the worker (design.md §5); the worker answers with frames.
 */
import { create } from 'zustand';
import { applyFramePatch, m, type Frame, type Marker, type Phrase, type PresetId, type Reply, type SessionRecipe, type UserAction } from '../../worker/protocol.ts';
import { startWorker, type WorkerClient, type WorkerFailure } from '../worker/client.ts';

/** View state of the run. */
export interface RunState {
  readonly frame: Frame | null;
  readonly markers: readonly Marker[];
  readonly playing: boolean;
  /** log10 of virtual ms per real ms: 0 is real time, -3 is 1/1000. */
  readonly speedLog: number;
  readonly preset: PresetId | null;
  /** Why a shared link could not be opened, if it could not. */
  readonly linkProblem: Phrase | null;
  /** The worker failed (an error, or a stall): shown with a Restart. */
  readonly workerFailure: WorkerFailure | null;
  /** A run being opened (a heavy link, a restart): how far it got. */
  readonly loading: { readonly stepsDone: number; readonly stepsTotal: number } | null;
  /** Why the last run asked for was not opened (a budget); the run on screen stayed. */
  readonly loadProblem: Phrase | null;
  readonly shareUrl: string | null;
  /** Why Share made no link (the run is too big for one). */
  readonly shareProblem: Phrase | null;
  readonly selectedMessage: number | null;
  readonly shortcutsOpen: boolean;
}

const initial: RunState = {
  frame: null, markers: [], playing: false, speedLog: -1.7, preset: null, linkProblem: null, workerFailure: null,
  loading: null, loadProblem: null,
  shareUrl: null, shareProblem: null, selectedMessage: null, shortcutsOpen: false,
};

/** The run store. */
export const useRunStore = create<RunState>()(() => initial);

let client: WorkerClient | null = null;
let nextReq = 1;
/** What the user made, as the worker last described it: what a restarted worker rebuilds. */
let lastRecipe: SessionRecipe | null = null;
/** Requests made by the playback loop: their frames must not reset the loop's clock. */
const playReqs = new Set<number>();
/** Listeners for every new frame (the playback loop), outside React. */
const frameListeners = new Set<(f: Frame, fromPlay: boolean) => void>();

/** Subscribes to frames as they arrive; returns the unsubscribe function. */
export function onFrame(fn: (f: Frame, fromPlay: boolean) => void): () => void {
  frameListeners.add(fn);
  return () => frameListeners.delete(fn);
}

/** Listeners for every reply (the teaching features handle their own kinds). */
const replyListeners = new Set<(r: Reply) => void>();

/** Subscribes to every reply of the worker; returns the unsubscribe function. */
export function onReply(fn: (r: Reply) => void): () => void {
  replyListeners.add(fn);
  return () => replyListeners.delete(fn);
}

/**
 * A frame from the worker's patch: the parts left out did not change, so the previous objects stay
 * (a component selecting one of them does not re-render). The first frame of a run comes whole.
 */
function applyPatch(r: Reply): Reply {
  if (r.type !== 'framePatch') return r;
  const frame = applyFramePatch(useRunStore.getState().frame, r.patch);
  return frame ? { type: 'frame', frame } : { type: 'error', message: m`a partial frame came before any whole one` };
}

function receive(reply: Reply): void {
  const r = applyPatch(reply);
  for (const fn of replyListeners) fn(r);
  if (r.type === 'frame') {
    const f = r.frame;
    const fromPlay = playReqs.delete(f.req);
    useRunStore.setState((s) => ({ frame: f, markers: f.markers ?? s.markers }));
    for (const fn of frameListeners) fn(f, fromPlay);
  } else if (r.type === 'loaded') {
    // A newly opened run is a sound one: a failure shown before it is over.
    useRunStore.setState({ preset: r.preset, linkProblem: r.problem, markers: [], loading: null, loadProblem: null, shareProblem: null, workerFailure: null });
  } else if (r.type === 'loadProgress') {
    useRunStore.setState({ loading: { stepsDone: r.stepsDone, stepsTotal: r.stepsTotal } });
  } else if (r.type === 'loadRefused' || r.type === 'loadCancelled') {
    useRunStore.setState({ loading: null, loadProblem: r.type === 'loadRefused' ? r.problem : null });
    // The address bar must not keep a link to a run that is not on screen.
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  } else if (r.type === 'recipe') {
    lastRecipe = r.recipe;
  } else if (r.type === 'shared') {
    const url = `${location.origin}${location.pathname}${location.search}#${r.hash}`;
    history.replaceState(null, '', url);
    useRunStore.setState({ shareUrl: url, shareProblem: null });
    navigator.clipboard?.writeText(url).catch(() => undefined);
  } else if (r.type === 'shareRefused') {
    useRunStore.setState({ shareUrl: null, shareProblem: r.problem });
  } else if (r.type === 'error') {
    useRunStore.setState({ workerFailure: { kind: 'error', message: r.message }, playing: false });
  }
}

/** The watchdog's news: an error is passed on as one (so waiting dialogs stop waiting); a stall is shown until it ends. */
function onFailure(f: WorkerFailure | null): void {
  if (f?.kind === 'error') receive({ type: 'error', message: f.message });
  else if (f) useRunStore.setState({ workerFailure: f, playing: false });
  else if (useRunStore.getState().workerFailure?.kind === 'stalled') useRunStore.setState({ workerFailure: null });
}

function send(cmd: Parameters<WorkerClient['send']>[0]): void {
  client?.send(cmd);
}

/** Posts a command to the worker (for features with commands of their own, e.g. tours, files). */
export const post = send;

/** A fresh request number, for commands answered by a frame. */
export function nextRequest(): number {
  return nextReq++;
}

/** Starts the worker and loads the scenario of the URL hash, or the default one. */
export function connectRun(hash: string | null): () => void {
  client = startWorker(receive, onFailure);
  send({ type: 'load', hash, preset: null });
  return () => {
    client?.terminate();
    client = null;
  };
}

/** What rebuilds a run other than a simulated one (an open replay) in a restarted worker: true when it did. */
const restarters = new Set<() => boolean>();

/** Registers a rebuilder for a restarted worker; returns the unregister function. */
export function onRestart(fn: () => boolean): () => void {
  restarters.add(fn);
  return () => restarters.delete(fn);
}

/**
 * Replaces a failed worker by a new one that rebuilds what the user made (the scenario, every branch's
 * actions; or the open replay's logs) and shows the last moment the old one drew. Without a run yet, the
 * page's link or preset opens.
 */
export function restartWorker(): void {
  const { frame, preset } = useRunStore.getState();
  client?.terminate();
  client = startWorker(receive, onFailure);
  useRunStore.setState({ workerFailure: null, loading: null, playing: false });
  // Whatever waited for the old worker (a replay being read) stops waiting.
  for (const fn of replyListeners) fn({ type: 'error', message: m`the simulation was restarted` });
  if (frame?.replay && [...restarters].some((rebuild) => rebuild())) {
    // Several logged events can share a time: the step is the moment.
    seekStep(frame.step);
    return;
  }
  const recipe = lastRecipe && frame && !frame.replay ? { ...lastRecipe, branch: frame.branch, step: frame.step, t: frame.t } : null;
  send(recipe ? { type: 'restore', recipe, preset } : { type: 'load', hash: location.hash.length > 1 ? location.hash : null, preset });
}

/** Stops opening a run; the one on screen stays. */
export function cancelLoad(): void {
  send({ type: 'cancelLoad' });
}

/** Requests the moment at virtual time t; `fromPlay` marks requests of the playback loop. */
export function seekTime(t: number, fromPlay = false): number {
  const req = nextReq++;
  if (fromPlay) playReqs.add(req);
  send({ type: 'seekTime', t, req });
  return req;
}

/** Opens a share link (a `#v2.…` fragment) in place of the current run, as a pasted link in an open tab asks. */
export function openLink(hash: string): void {
  useRunStore.setState({ playing: false, shareUrl: null, selectedMessage: null });
  send({ type: 'load', hash, preset: null });
}

/** Loads a built-in scenario. */
export function loadPreset(preset: PresetId): void {
  useRunStore.setState({ playing: false, shareUrl: null, selectedMessage: null });
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  send({ type: 'load', hash: null, preset });
}

/** Steps one event forward (+1) or back (-1); pauses playback. */
export function stepBy(delta: number): void {
  useRunStore.setState({ playing: false });
  send({ type: 'stepBy', delta, req: nextReq++ });
}

/** Shows the moment after `step` steps. */
export function seekStep(step: number): void {
  useRunStore.setState({ playing: false });
  send({ type: 'seekStep', step, req: nextReq++ });
}

/** Jumps to the next (+1) or previous (-1) timeline marker. */
export function jumpMarker(direction: 1 | -1): void {
  useRunStore.setState({ playing: false });
  send({ type: 'marker', direction, req: nextReq++ });
}

/**
 * Takes an action by hand at the moment shown; with settleMs the worker then moves that far on from the
 * moment it acted at. Returns the request number its frame will answer.
 */
export function act(action: UserAction, settleMs?: number): number {
  if (action.do === 'drop') useRunStore.setState({ selectedMessage: null });
  const req = nextReq++;
  send(settleMs ? { type: 'act', action, req, settleMs } : { type: 'act', action, req });
  return req;
}

/** Selects the server whose tally is shown (null: the server of the last step). */
export function selectServer(sid: number | null): void {
  send({ type: 'select', sid, req: nextReq++ });
}

/** Switches to another branch of the run. */
export function selectBranch(branch: number): void {
  send({ type: 'selectBranch', branch, req: nextReq++ });
}

/** Asks for a share link of this moment. */
export function share(): void {
  send({ type: 'share' });
}

/** Play or pause. */
export function setPlaying(playing: boolean): void {
  useRunStore.setState({ playing });
}
