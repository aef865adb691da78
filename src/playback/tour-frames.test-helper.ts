/** The frames a guided tour shows, built the way the worker builds them for the `tour` command. */
import { presetScenario, type ScenarioPresetId } from '../scenario/presets/index';
import { Session } from './session';
import { resolveTour } from './tour';
import type { Frame } from './frame-types';

/** The frame shown at each tour step of a preset, as the app gets it (a fresh session, nothing selected). */
export function framesOf(id: ScenarioPresetId): Frame[] {
  const scenario = presetScenario(id);
  const moments = resolveTour(scenario, scenario.tour ?? []);
  return moments.map((m) => {
    const s = new Session(scenario);
    s.openAt(m.step, m.t);
    return s.frame(0);
  });
}
