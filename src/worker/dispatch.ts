/**
 * The worker's dispatch: which timeline answers a command (a simulated Session or a replay), loading
 * scenarios, links and files, and the teaching commands (share, save, trace, tour).
 */
import { infoOf, libraryEntries, libraryMatch, libraryScenario } from '../playback/library';
import type { Session } from '../playback/session';
import { singleBranchRecipe, type SessionRecipe } from '../playback/session-recipe';
import { fileNameOf, scenarioFileText, scenarioWithActions, shareLink, traceText } from '../playback/teaching';
import { isTimelineCommand } from '../playback/timeline';
import { resolveTour, type Moment } from '../playback/tour';
import { DEFAULT_PRESET_ID, ensembleLibraryId, ensembleScenario, presetScenario as libraryPreset } from '../scenario/presets/index';
import { decodeShareState } from '../scenario/url-codec';
import { m, type Phrase } from '../scenario/phrase';
import { parseScenario } from '../scenario/validate';
import { afterLoad, handleReplay } from './dispatch-replay';
import { LOAD_BUDGET, LoadJob } from './load-job';
import type { Command, PresetId, Reply } from './protocol';

let session: Session | null = null;
let tourMoments: Moment[] | null = null;
/** The load being computed; the session on screen stays until it is done. */
let loading: { job: LoadJob; finish: (s: Session) => Reply[] } | null = null;

/** Files bigger than this are refused before parsing (a scenario is a few kB). */
const MAX_FILE_CHARS = 5_000_000;

type Loaded = Extract<Reply, { type: 'loaded' }>;

/**
 * Starts rebuilding a session from `recipe` and computes its first chunk (a preset or a file at step 0 is
 * done at once); `extra` carries a link's panels and language or a problem.
 */
function begin(recipe: SessionRecipe, libraryId: string | null, preset: PresetId | null, nowMs: number, extra: Partial<Loaded> = {}): Reply[] {
  const finish = (s: Session): Reply[] => {
    session = s;
    tourMoments = null;
    return [{ type: 'loaded', preset, problem: null, info: infoOf(recipe.scenario, libraryId), ...extra }, { type: 'frame', frame: s.frame(0) }, { type: 'recipe', recipe: s.recipe() }];
  };
  loading = { job: new LoadJob(recipe, LOAD_BUDGET, nowMs), finish };
  return pumpLoad(nowMs);
}

/** Computes the next chunk of the load in progress: its progress, its run, or why it stopped. */
export function pumpLoad(nowMs: number): Reply[] {
  if (!loading) return [];
  const { job, finish } = loading;
  const r = job.next(nowMs);
  if (r.kind === 'progress') return [{ type: 'loadProgress', stepsDone: r.stepsDone, stepsTotal: r.stepsTotal }];
  loading = null;
  if (r.kind === 'done') return afterLoad(finish(r.session));
  // With nothing on screen yet (the page opened on this link), the default scenario opens, saying why.
  return session ? [{ type: 'loadRefused', problem: r.problem }] : openDefault(r.problem, nowMs);
}

/** True while a load is being computed. */
export function isLoading(): boolean {
  return loading !== null;
}

/** Stops the load in progress; the run on screen stays (the default opens when there is none). */
function cancelLoad(nowMs: number): Reply[] {
  loading = null;
  return session ? [{ type: 'loadCancelled' }] : openDefault(m`opening the link was cancelled`, nowMs);
}

function openDefault(problem: Phrase, nowMs: number): Reply[] {
  return begin(singleBranchRecipe(libraryPreset(DEFAULT_PRESET_ID), []), DEFAULT_PRESET_ID, 'three', nowMs, { problem });
}

function fromLink(hash: string, nowMs: number): Reply[] {
  const d = decodeShareState(hash.replace(/^#/, ''));
  if (!d.ok) return openDefault(d.problem, nowMs);
  const s = d.state;
  const lib = libraryMatch(s.scenario);
  const actions = s.actions.map((a) => ({ afterStep: a.afterStep, event: a.event }));
  return begin(singleBranchRecipe(lib?.scenario ?? s.scenario, actions, s.step, s.t), lib?.id ?? null, null, nowMs, { panels: s.panels, lang: s.lang });
}

function load(cmd: Extract<Command, { type: 'load' }>, nowMs: number): Reply[] {
  if (cmd.file !== undefined) {
    if (cmd.file.length > MAX_FILE_CHARS) return [{ type: 'fileProblems', problems: [m`the file has ${cmd.file.length} characters, more than the ${MAX_FILE_CHARS} a scenario may have`] }];
    const v = parseScenario(cmd.file);
    // An invalid file leaves the current run exactly as it was.
    return v.ok ? begin(singleBranchRecipe(v.scenario, []), null, null, nowMs) : [{ type: 'fileProblems', problems: v.problems }];
  }
  if (cmd.library !== undefined) {
    const s = libraryScenario(cmd.library);
    return s ? begin(singleBranchRecipe(s, []), cmd.library, null, nowMs) : openDefault(m`there is no scenario called ${JSON.stringify(cmd.library.slice(0, 60))}`, nowMs);
  }
  if (cmd.hash) return fromLink(cmd.hash, nowMs);
  const id = cmd.preset ?? 'three';
  return begin(singleBranchRecipe(ensembleScenario(id), []), ensembleLibraryId(id), id, nowMs);
}

/** Opening a run: a preset, link or file, a restarted worker's recipe, or stopping one being opened. */
function opening(cmd: Command, nowMs: number): Reply[] | null {
  switch (cmd.type) {
    case 'load':
      return load(cmd, nowMs);
    case 'restore':
      return begin(cmd.recipe, libraryMatch(cmd.recipe.scenario)?.id ?? null, cmd.preset, nowMs);
    case 'cancelLoad':
      return cancelLoad(nowMs);
    default:
      return null;
  }
}

/** The teaching commands; null when the command is the session's own. */
function teaching(cmd: Command, s: Session): Reply[] | null {
  switch (cmd.type) {
    case 'share': {
      const r = shareLink(s.snapshot(), cmd.panels ?? [], cmd.lang);
      return 'hash' in r ? [{ type: 'shared', hash: r.hash }] : [{ type: 'shareRefused', problem: r.problem }];
    }
    case 'save': {
      const snap = s.snapshot();
      return [{ type: 'file', kind: 'scenario', name: fileNameOf(snap.scenario.title, '.zkscope.json'), text: scenarioFileText(scenarioWithActions(snap), cmd.schemaUrl) }];
    }
    case 'exportTrace': {
      const snap = s.snapshot();
      return [{ type: 'file', kind: 'trace', name: fileNameOf(snap.scenario.title, '.trace.json'), text: traceText(snap) }];
    }
    case 'tour': {
      const scenario = s.snapshot().scenario;
      tourMoments ??= resolveTour(scenario, scenario.tour ?? []);
      const m = tourMoments[cmd.index];
      // A step's narration speaks of the tally and tree of its own moment, not of a server pinned before.
      s.handle({ type: 'select', sid: null, req: cmd.req });
      if (m) s.openAt(m.step, m.t);
      return [{ type: 'frame', frame: s.frame(cmd.req) }];
    }
    default:
      return null;
  }
}

/**
 * Answers one command with the replies to post, in order; a failure becomes an `error` reply. `nowMs` is
 * the worker's clock, for the wall-clock budget of a load.
 */
export function dispatch(cmd: Command, nowMs = 0): Reply[] {
  try {
    const replayed = handleReplay(cmd);
    if (replayed) return replayed;
    const opened = opening(cmd, nowMs);
    if (opened) return afterLoad(opened);
    if (cmd.type === 'library') return [{ type: 'library', entries: libraryEntries() }];
    if (!session) return [];
    if (isTimelineCommand(cmd)) {
      const frame: Reply = { type: 'frame', frame: session.handle(cmd) };
      // What the user made changed: a restarted worker must be able to rebuild it.
      return cmd.type === 'act' || cmd.type === 'selectBranch' ? [frame, { type: 'recipe', recipe: session.recipe() }] : [frame];
    }
    return teaching(cmd, session) ?? [];
  } catch (e) {
    // An exception is a bug: its own text, untranslated, is what a bug report needs.
    return [{ type: 'error', message: m`${e instanceof Error ? e.message : String(e)}` }];
  }
}
