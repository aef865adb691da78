/**
 * The generated ensembles of any size: voters started together, as in the reference recording
 * ensemble-3-start-together. The library's fresh starts are the 3- and 5-server stories; the big ones
 * (7 and 51 voters) are generated because a file of 51 servers teaches nothing a reader needs to see.
 */
import type { Scenario } from '../types';
import { validateScenario } from '../validate';

/** The scenario document of `n` voters started at the same moment (what a teacher would write by hand). */
export function startTogetherDocument(n: number): unknown {
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

/** `n` voters started together, as a validated scenario. */
export function startTogetherScenario(n: number): Scenario {
  const v = validateScenario(startTogetherDocument(n));
  if (!v.ok) throw new Error(`the ${n}-voter ensemble is invalid: ${v.problems.join('; ')}`);
  return v.scenario;
}
