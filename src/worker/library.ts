/**
 * The scenario library as the worker offers it: the menu's entries and the mapping from the worker's
 * first built-in ids (issue 4) to library ids, so old links and the bench keep working.
 */
import { isPresetId, listPresets, presetScenario, type ScenarioPresetId } from '../scenario/presets/index';
import type { Scenario } from '../scenario/types';
import type { LibraryEntry, PresetId, ScenarioInfo } from './protocol';

/** The worker's generated presets that have a library story; 7 and 51 voters stay generated. */
const WORKER_TO_LIBRARY: Partial<Record<PresetId, ScenarioPresetId>> = { three: 'fresh-start-3', five: 'fresh-start-5' };

/** The library id a worker preset id stands for, if any. */
export function libraryIdOf(preset: PresetId): ScenarioPresetId | null {
  return WORKER_TO_LIBRARY[preset] ?? null;
}

/** The menu's entries, in library order. */
export function libraryEntries(): LibraryEntry[] {
  return listPresets().map(({ id, scenario: s }) => ({
    id, title: s.title, titles: s.titles, explain: s.explain, question: s.question, tourSteps: s.tour?.length ?? 0,
  }));
}

/** A library preset by id (ids come from the app: untrusted), or null. */
export function libraryScenario(id: string): Scenario | null {
  return isPresetId(id) ? presetScenario(id) : null;
}

/** A scenario as compared with the library: everything but the tour (links leave library tours out). */
function withoutTour(s: Scenario): string {
  const { tour: _tour, ...rest } = s;
  return JSON.stringify(rest);
}

/** The library preset a scenario is (tour aside), so a link can stay short and still bring its tour back. */
export function libraryMatch(scenario: Scenario): { id: ScenarioPresetId; scenario: Scenario } | null {
  const key = withoutTour(scenario);
  const hit = listPresets().find((p) => withoutTour(p.scenario) === key);
  return hit ? { id: hit.id, scenario: hit.scenario } : null;
}

/** What the teaching panels show of a scenario. */
export function infoOf(scenario: Scenario, id: string | null): ScenarioInfo {
  return { id, title: scenario.title, titles: scenario.titles, explain: scenario.explain, question: scenario.question, tour: scenario.tour ?? [] };
}
