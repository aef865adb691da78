/**
 * A user's action by hand, turned into the scenario event(s) it stands for at virtual time `at`.
 */
import type { ScenarioEvent } from '../scenario/types';
import type { WorldState } from '../sim/world-state';
import type { UserAction } from './timeline';

/** The timed events of a user action, given the world's current partition. */
export function eventsOf(action: UserAction, at: number, s: WorldState): ScenarioEvent[] {
  switch (action.do) {
    case 'stop':
      return [{ at, do: 'stop', server: action.server, signal: action.signal }];
    case 'start':
      return [{ at, do: 'start', server: action.server }];
    case 'heal':
      return [{ at, do: 'heal' }];
    case 'cut':
    case 'mend':
      return [{ at, do: action.do, servers: [action.servers[0], action.servers[1]] }];
    case 'drop':
      return [{ at, do: 'drop', message: action.message }];
    case 'isolate':
      return [{ at, do: 'partition', groups: isolateGroups(action.server, s) }];
    case 'reconnect':
      return reconnectEvents(action.server, at, s);
    case 'client':
      // No server named (a line for a session already running, or its `close`): null, "any server", as the
      // format has it; an empty list is not a scenario value and would break the link and the file.
      return [{ at, do: 'client', session: action.session, servers: action.servers.length > 0 ? [...action.servers] : null, command: action.command }];
    case 'kill':
      return [{ at, do: 'kill', session: action.session }];
    case 'lock':
      return [{ at, do: 'lock', session: action.session, servers: null, path: action.path, herd: action.herd }];
    case 'unlock':
      return [{ at, do: 'unlock', session: action.session }];
    case 'delay':
      return [{ at, do: 'delay', message: action.message, ms: action.ms }];
    case 'duplicate':
      return [{ at, do: 'duplicate', message: action.message }];
    case 'latency':
      return [{ at, do: 'latency', servers: [action.servers[0], action.servers[1]], latencyMs: [action.latencyMs[0], action.latencyMs[1]] }];
    case 'slow':
      return [{ at, do: 'slow', server: action.server, ms: action.ms }];
    case 'cutAll':
      return [...s.peers.keys()].filter((b) => b !== action.server).map((b) => ({ at, do: 'cut', servers: [action.server, b] as const }));
  }
}

/**
 * The partition that cuts `sid` off and keeps every other group as it is. With no partition yet, all
 * the others form one group (a server not listed in a partition is alone, so they must be listed).
 */
export function isolateGroups(sid: number, s: WorldState): number[][] {
  const groups = new Map<number, number[]>();
  if (s.partition.size === 0) groups.set(0, [...s.peers.keys()]);
  else for (const [id, g] of s.partition) groups.set(g, [...(groups.get(g) ?? []), id]);
  const out = [...groups.values()].map((g) => g.filter((x) => x !== sid).sort((a, b) => a - b)).filter((g) => g.length > 0);
  return [[sid], ...out];
}

/**
 * What undoes isolating `sid` (Isolate or Cut all its links): its cut links mended and, when a partition
 * leaves it alone, it joins the largest other group (the lowest-numbered on a tie); a partition left with
 * one group is healed, unless links cut elsewhere would heal with it.
 */
export function reconnectEvents(sid: number, at: number, s: WorldState): ScenarioEvent[] {
  const out: ScenarioEvent[] = [];
  const mine = [...s.cutLinks].map((k) => k.split('-').map(Number)).filter(([a, b]) => a === sid || b === sid);
  for (const [a, b] of mine) out.push({ at, do: 'mend', servers: [a, b] });
  const [alone, ...others] = isolateGroups(sid, s);
  const group = s.partition.get(sid);
  const isolated = s.partition.size > 0 && (group === undefined || ![...s.partition].some(([id, g]) => g === group && id !== sid));
  if (!isolated || others.length === 0) return out;
  const largest = others.reduce((best, g) => (g.length > best.length ? g : best));
  const groups = others.map((g) => (g === largest ? [...alone, ...g].sort((a, b) => a - b) : g));
  if (groups.length === 1 && mine.length === s.cutLinks.size) out.push({ at, do: 'heal' });
  else out.push({ at, do: 'partition', groups });
  return out;
}
