/**
 * The ensemble and the scheduled faults of one Break it seed. Faults that name a message in flight
 * (loss, delay, duplicate) cannot be written down in advance: the run adds them as it goes
 * (see inject.ts), and they end up in the scenario the finding opens.
 */
import type { Scenario, ScenarioEvent } from '../../scenario/types';
import { nextInt, nextUint32, pick, seedPrng } from '../prng';
import type { PrngState } from '../prng';
import type { BreakItOptions } from './options';

/** When the faults stop and everything is healed and restarted. */
export const FAULT_PHASE_MS = 15_000;
/** How long the run goes on after the heal: long enough for a last election and sync. */
export const TAIL_MS = 8_000;

/** The scenario of seed `seed` without the in-flight faults. */
export function breakItScenario(o: BreakItOptions, seed: number): Scenario {
  const r = seedPrng(seed, 'breakit');
  const ids = Array.from({ length: o.voters }, (_, i) => i + 1);
  const has = (k: string) => o.faults.includes(k as never);
  const events: ScenarioEvent[] = ids.map((id) => ({ at: nextInt(r, 0, 1500), do: 'start', server: id }));
  const faults = nextInt(r, 2, 8);
  for (let i = 0; i < faults; i++) {
    const at = nextInt(r, 500, FAULT_PHASE_MS);
    const kind = nextInt(r, 0, 2);
    if (kind === 0 && has('crash')) events.push(...crash(r, ids, at));
    else if (kind === 1 && has('partition')) events.push(...partition(r, ids, at));
    else if (kind === 2 && has('skew')) events.push(...skew(r, ids, at));
  }
  events.push(...writes(r, ids));
  events.sort((a, b) => a.at - b.at);
  events.push({ at: FAULT_PHASE_MS, do: 'heal' });
  for (const id of ids) events.push({ at: FAULT_PHASE_MS, do: 'start', server: id }, { at: FAULT_PHASE_MS, do: 'slow', server: id, ms: 0 });
  return {
    format: 'zkscope/scenario', version: 1, title: `Break it: ${o.voters} servers, seed ${seed}`, seed: nextUint32(r),
    servers: ids.map((id) => ({ id })), config: { tickTime: 1000, initLimit: 5, syncLimit: 2 },
    network: { latencyMs: [1, 1 + nextInt(r, 0, 20)] }, events, until: FAULT_PHASE_MS + TAIL_MS,
  };
}

function crash(r: PrngState, ids: number[], at: number): ScenarioEvent[] {
  const server = pick(r, ids);
  const back = at + nextInt(r, 200, 6000);
  return [{ at, do: 'stop', server, signal: nextInt(r, 0, 1) === 0 ? 'TERM' : 'KILL' }, { at: back, do: 'start', server }];
}

function partition(r: PrngState, ids: number[], at: number): ScenarioEvent[] {
  const groups: number[][] = [[], []];
  for (const id of ids) groups[nextInt(r, 0, 1)].push(id);
  return [{ at, do: 'partition', groups: groups.filter((g) => g.length > 0) }, { at: at + nextInt(r, 300, 5000), do: 'heal' }];
}

/** Clock skew between timeouts: one server's timers run late for a while. */
function skew(r: PrngState, ids: number[], at: number): ScenarioEvent[] {
  const server = pick(r, ids);
  return [{ at, do: 'slow', server, ms: nextInt(r, 50, 3000) }, { at: at + nextInt(r, 500, 8000), do: 'slow', server, ms: 0 }];
}

/** A client writing now and then, so that there are proposals to commit, truncate and snapshot. */
function writes(r: PrngState, ids: number[]): ScenarioEvent[] {
  const count = nextInt(r, 2, 10);
  const servers = [pick(r, ids), pick(r, ids)].filter((v, i, a) => a.indexOf(v) === i);
  const events: ScenarioEvent[] = [];
  for (let i = 0; i < count; i++) {
    events.push({ at: nextInt(r, 1000, FAULT_PHASE_MS + 4000), do: 'client', session: 'w', servers, command: `create /k${i} v${i}` });
  }
  return events;
}

