/**
 * The Web Worker entry: owns the Session and answers the app's commands (design.md §4). Commands are
 * handled one at a time, in order, so replies never overtake each other.
 */
import { DEFAULT_PRESET_ID, presetScenario as libraryPreset } from '../scenario/presets/index';
import type { Scenario } from '../scenario/types';
import { decodeShareState } from '../scenario/url-codec';
import { parseScenario } from '../scenario/validate';
import { infoOf, libraryEntries, libraryIdOf, libraryMatch, libraryScenario } from './library';
import type { Command, PresetId, Reply } from './protocol';
import { presetScenario } from './presets';
import { afterLoad, handleReplay } from './replay-entry';
import { Session } from './session';
import { decodeShare } from './share';
import { fileNameOf, scenarioFileText, scenarioWithActions, shareLink, traceText } from './teaching';
import { resolveTour, type Moment } from './tour';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let session: Session | null = null;
let tourMoments: Moment[] | null = null;
let queue: Promise<void> = Promise.resolve();

/** Files bigger than this are refused before parsing (a scenario is a few kB). */
const MAX_FILE_CHARS = 5_000_000;

function post(replies: Reply[]): void {
  for (const r of replies) scope.postMessage(r);
}

/** Replaces the session; `extra` carries a link's panels and language or a problem. */
function open(scenario: Scenario, id: string | null, preset: PresetId | null, extra: Partial<Extract<Reply, { type: 'loaded' }>> = {}): Reply[] {
  session = new Session(scenario);
  tourMoments = null;
  return [{ type: 'loaded', preset, problem: null, info: infoOf(scenario, id), ...extra }, { type: 'frame', frame: session.frame(0) }];
}

function openDefault(problem: string): Reply[] {
  return open(libraryPreset(DEFAULT_PRESET_ID), DEFAULT_PRESET_ID, 'three', { problem });
}

async function fromLink(hash: string): Promise<Reply[]> {
  const body = hash.replace(/^#/, '');
  if (body.startsWith('v1.')) {
    const shared = await decodeShare(body);
    if (typeof shared === 'string') return openDefault(shared);
    const replies = open(shared.scenario, null, null);
    session!.openAt(shared.step, shared.t);
    return [...replies.slice(0, 1), { type: 'frame', frame: session!.frame(0) }];
  }
  const d = decodeShareState(body);
  if (!d.ok) return openDefault(d.problem);
  const s = d.state;
  const lib = libraryMatch(s.scenario);
  const scenario = lib?.scenario ?? s.scenario;
  session = new Session(scenario, s.actions.map((a) => ({ afterStep: a.afterStep, event: a.event })));
  tourMoments = null;
  session.openAt(s.step, s.t);
  return [
    { type: 'loaded', preset: null, problem: null, info: infoOf(scenario, lib?.id ?? null), panels: s.panels, lang: s.lang },
    { type: 'frame', frame: session.frame(0) },
  ];
}

async function load(cmd: Extract<Command, { type: 'load' }>): Promise<Reply[]> {
  if (cmd.file !== undefined) {
    if (cmd.file.length > MAX_FILE_CHARS) return [{ type: 'fileProblems', problems: [`the file has ${cmd.file.length} characters, more than the ${MAX_FILE_CHARS} a scenario may have`] }];
    const v = parseScenario(cmd.file);
    // An invalid file leaves the current run exactly as it was.
    return v.ok ? open(v.scenario, null, null) : [{ type: 'fileProblems', problems: v.problems }];
  }
  if (cmd.library !== undefined) {
    const s = libraryScenario(cmd.library);
    return s ? open(s, cmd.library, null) : openDefault(`there is no scenario called ${JSON.stringify(cmd.library.slice(0, 60))}`);
  }
  if (cmd.hash) return fromLink(cmd.hash);
  const id = cmd.preset ?? 'three';
  const lib = libraryIdOf(id);
  return lib ? open(libraryPreset(lib), lib, id) : open(presetScenario(id), null, id);
}

/** The teaching commands; null when the command is the session's own. */
function teaching(cmd: Command, s: Session): Reply[] | null {
  switch (cmd.type) {
    case 'share': {
      const r = shareLink(s.snapshot(), cmd.panels ?? [], cmd.lang);
      return 'hash' in r ? [{ type: 'shared', hash: r.hash }] : [{ type: 'error', message: r.problem }];
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
      if (m) s.openAt(m.step, m.t);
      return [{ type: 'frame', frame: s.frame(cmd.req) }];
    }
    default:
      return null;
  }
}

async function handle(cmd: Command): Promise<void> {
  try {
    const replayed = handleReplay(cmd);
    if (replayed) post(replayed);
    else if (cmd.type === 'load') post(afterLoad(await load(cmd)));
    else if (cmd.type === 'library') post([{ type: 'library', entries: libraryEntries() }]);
    else if (session) post(teaching(cmd, session) ?? (await session.handle(cmd)));
  } catch (e) {
    post([{ type: 'error', message: e instanceof Error ? e.message : String(e) }]);
  }
}

scope.onmessage = (ev: MessageEvent<Command>) => {
  queue = queue.then(() => handle(ev.data));
};
