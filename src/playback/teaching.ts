/**
 * The worker's side of the teaching features: v2 share links (scenario, actions, branch, moment,
 * panels, language), saving the run as a scenario file, and the trace export. A run's user actions
 * become ordinary timed events in the saved file, so any zkscope (or the `sim` CLI) can replay it.
 */
import { eventDocument } from '../scenario/event-document';
import type { Phrase } from '../scenario/phrase';
import { encodeShareState } from '../scenario/url-codec';
import type { Language, Scenario, ScenarioEvent } from '../scenario/types';
import { LANGUAGES } from '../scenario/types';
import { exportTrace } from '../sim/trace-export';
import { libraryMatch } from './library';
import type { TimedAction } from './run';

/** What the session reproduces (see Session.snapshot). */
export interface Snapshot {
  readonly scenario: Scenario;
  readonly actions: readonly TimedAction[];
  readonly branch: number;
  readonly step: number;
  readonly t: number;
}

/** A v2 link fragment of this moment; or, when the run is too big for a link, a problem to show. */
export function shareLink(s: Snapshot, panels: readonly string[], lang: string | undefined): { hash: string } | { problem: Phrase } {
  const language: Language = LANGUAGES.includes(lang as Language) ? (lang as Language) : 'en';
  // A library preset's tour is long bilingual text: leave it out, the opening app takes it from its library.
  const scenario = libraryMatch(s.scenario) ? { ...s.scenario, tour: undefined } : s.scenario;
  const r = encodeShareState({ ...s, scenario, panels: [...new Set(panels)], lang: language });
  return r.ok ? { hash: r.link } : { problem: r.problem };
}

/** The scenario with the user's actions folded in as timed events (sorted stably by time). */
export function scenarioWithActions(s: Snapshot): Scenario {
  const added: ScenarioEvent[] = s.actions.map((a) => a.event);
  // A stable sort keeps same-time events in the order they were taken, which is the order they ran.
  const events = [...s.scenario.events, ...added].map((e, i) => ({ e, i })).sort((a, b) => a.e.at - b.e.at || a.i - b.i).map((x) => x.e);
  const until = Math.max(s.scenario.until, ...added.map((e) => e.at));
  return { ...s.scenario, events, until };
}

/**
 * A scenario as its file text: events without a server list (client, lock) leave `servers` out. With the
 * address of the app's scenario.schema.json, `$schema` comes first so editors check and complete the file.
 */
export function scenarioFileText(scenario: Scenario, schemaUrl?: string): string {
  const events = scenario.events.map(eventDocument);
  return `${JSON.stringify({ ...(schemaUrl ? { $schema: schemaUrl } : {}), ...scenario, events }, null, 2)}\n`;
}

/** The trace JSON of the whole run (the scenario plus the user's actions). */
export function traceText(s: Snapshot): string {
  return exportTrace(scenarioWithActions(s));
}

/** A file name from a title: letters, digits and dashes only (titles are user text). */
export function fileNameOf(title: string, suffix: string): string {
  const base = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'zkscope-run'}${suffix}`;
}
