/**
 * Built-in scenarios for the picker: voters started together, as in the reference recording
 * ensemble-3-start-together. The full scenario library is a later issue.
 */
import type { Scenario } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import type { PresetId } from './protocol';

const SIZES: Record<PresetId, number> = { three: 3, five: 5, seven: 7, fiftyOne: 51 };

/** The scenario document of a preset (what a teacher would write by hand). */
export function presetDocument(id: PresetId): unknown {
  const n = SIZES[id];
  const servers = Array.from({ length: n }, (_, i) => ({ id: i + 1 }));
  return {
    format: 'zkscope/scenario',
    version: 1,
    title: `${n} voters started at the same moment`,
    seed: 1,
    servers,
    config: { tickTime: 2000, initLimit: 10, syncLimit: 5 },
    network: { latencyMs: [1, 5] },
    events: servers.map((s) => ({ at: 0, do: 'start', server: s.id })),
    until: 6000,
  };
}

/** A preset as a validated scenario. */
export function presetScenario(id: PresetId): Scenario {
  const v = validateScenario(presetDocument(id));
  if (!v.ok) throw new Error(`preset ${id} is invalid: ${v.problems.join('; ')}`);
  return v.scenario;
}
