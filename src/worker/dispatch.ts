/**
 * The worker's dispatch: which timeline answers a command (a simulated Session or a replay), loading
 * scenarios, links and files, and the teaching commands (share, save, trace, tour).
 */
import { infoOf, libraryEntries, libraryMatch, libraryScenario } from '../playback/library';
import { Session } from '../playback/session';
import { fileNameOf, scenarioFileText, scenarioWithActions, shareLink, traceText } from '../playback/teaching';
import { isTimelineCommand } from '../playback/timeline';
import { resolveTour, type Moment } from '../playback/tour';
import { DEFAULT_PRESET_ID, ensembleLibraryId, ensembleScenario, presetScenario as libraryPreset } from '../scenario/presets/index';
import type { Scenario } from '../scenario/types';
import { decodeShareState } from '../scenario/url-codec';
import { m, type Phrase } from '../scenario/phrase';
import { parseScenario } from '../scenario/validate';
import { afterLoad, handleReplay } from './dispatch-replay';
import type { Command, PresetId, Reply } from './protocol';

let session: Session | null = null;
let tourMoments: Moment[] | null = null;

/** Files bigger than this are refused before parsing (a scenario is a few kB). */
const MAX_FILE_CHARS = 5_000_000;

/** Replaces the session; `extra` carries a link's panels and language or a problem. */
function open(scenario: Scenario, id: string | null, preset: PresetId | null, extra: Partial<Extract<Reply, { type: 'loaded' }>> = {}): Reply[] {
  session = new Session(scenario);
  tourMoments = null;
  return [{ type: 'loaded', preset, problem: null, info: infoOf(scenario, id), ...extra }, { type: 'frame', frame: session.frame(0) }];
}

function openDefault(problem: Phrase): Reply[] {
  return open(libraryPreset(DEFAULT_PRESET_ID), DEFAULT_PRESET_ID, 'three', { problem });
}

function fromLink(hash: string): Reply[] {
  const d = decodeShareState(hash.replace(/^#/, ''));
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

function load(cmd: Extract<Command, { type: 'load' }>): Reply[] {
  if (cmd.file !== undefined) {
    if (cmd.file.length > MAX_FILE_CHARS) return [{ type: 'fileProblems', problems: [m`the file has ${cmd.file.length} characters, more than the ${MAX_FILE_CHARS} a scenario may have`] }];
    const v = parseScenario(cmd.file);
    // An invalid file leaves the current run exactly as it was.
    return v.ok ? open(v.scenario, null, null) : [{ type: 'fileProblems', problems: v.problems }];
  }
  if (cmd.library !== undefined) {
    const s = libraryScenario(cmd.library);
    return s ? open(s, cmd.library, null) : openDefault(m`there is no scenario called ${JSON.stringify(cmd.library.slice(0, 60))}`);
  }
  if (cmd.hash) return fromLink(cmd.hash);
  const id = cmd.preset ?? 'three';
  return open(ensembleScenario(id), ensembleLibraryId(id), id);
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
      // A step's narration speaks of the tally and tree of its own moment, not of a server pinned before.
      s.handle({ type: 'select', sid: null, req: cmd.req });
      if (m) s.openAt(m.step, m.t);
      return [{ type: 'frame', frame: s.frame(cmd.req) }];
    }
    default:
      return null;
  }
}

/** Answers one command with the replies to post, in order; a failure becomes an `error` reply. */
export function dispatch(cmd: Command): Reply[] {
  try {
    const replayed = handleReplay(cmd);
    if (replayed) return replayed;
    if (cmd.type === 'load') return afterLoad(load(cmd));
    if (cmd.type === 'library') return [{ type: 'library', entries: libraryEntries() }];
    if (!session) return [];
    if (isTimelineCommand(cmd)) return [{ type: 'frame', frame: session.handle(cmd) }];
    return teaching(cmd, session) ?? [];
  } catch (e) {
    // An exception is a bug: its own text, untranslated, is what a bug report needs.
    return [{ type: 'error', message: m`${e instanceof Error ? e.message : String(e)}` }];
  }
}
