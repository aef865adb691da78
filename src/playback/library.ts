/**
 * The scenario library as the app is offered it: the menu's entries, the texts of the scenario loaded,
 * and which library preset a scenario is (so links stay short and bring their tour back).
 */
import { isPresetId, listPresets, presetScenario, type ScenarioPresetId } from '../scenario/presets/index';
import type { LocalizedText, Scenario, TourStep } from '../scenario/types';

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
