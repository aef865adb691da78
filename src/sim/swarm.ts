/**
 * Swarm testing (design.md §3, §6): each seed derives its own ensemble and faults, runs a safety
 * phase with the invariants checked every step, then heals everything and requires a leader within
 * ZooKeeper's own bound. A failure comes with the scenario file that replays it.
 */
import type { Scenario, ScenarioEvent, ScenarioServer } from '../scenario/types';
import { createInvariantChecker } from './invariants';
import type { Violation } from './invariants';
import { nextInt, nextUint32, pick, seedPrng } from './prng';
import type { PrngState } from './prng';
import { modeOf } from './srvr';
import { createWorld, runUntil } from './world';

/** The outcome of one seed. */
export interface SwarmResult {
  readonly seed: number;
  readonly ok: boolean;
  readonly violation: Violation | null;
  /** Why liveness failed, if it did. */
  readonly stuck: string | null;
  readonly steps: number;
  readonly scenario: Scenario;
}

/** The virtual time allowed for a healed, fully started ensemble to establish a leader. */
export function livenessBoundMs(s: Scenario): number {
  return (s.config.initLimit + s.config.syncLimit) * s.config.tickTime + 60_000;
}

/** Derives a random ensemble and fault schedule from `seed`. */
export function swarmScenario(seed: number): Scenario {
  const r = seedPrng(seed, 'swarm');
  const voters = pick(r, [1, 2, 3, 3, 3, 4, 5, 5, 5, 7]);
  const observers = pick(r, [0, 0, 0, 1, 2]);
  const servers: ScenarioServer[] = [];
  for (let id = 1; id <= voters + observers; id++) servers.push(id > voters ? { id, observer: true } : { id });
  const ids = servers.map((s) => s.id);
  const tickTime = pick(r, [500, 1000, 2000, 2000]);
  const config = { tickTime, initLimit: nextInt(r, 3, 10), syncLimit: nextInt(r, 2, 5) };
  const min = nextInt(r, 1, 5);
  const latencyMs: [number, number] = [min, min + nextInt(r, 0, 30)];
  const faultEnd = nextInt(r, 20_000, 90_000);
  const events: ScenarioEvent[] = [];
  for (const id of ids) events.push({ at: nextInt(r, 0, Math.floor(faultEnd / 4)), do: 'start', server: id });
  const faults = nextInt(r, 0, 12);
  for (let i = 0; i < faults; i++) events.push(randomFault(r, ids, nextInt(r, 0, faultEnd)));
  events.push(...clientEvents(r, ids, faultEnd));
  events.sort((a, b) => a.at - b.at);
  events.push({ at: faultEnd, do: 'heal' });
  for (const id of ids) events.push({ at: faultEnd, do: 'start', server: id });
  const scenario: Omit<Scenario, 'until'> = {
    format: 'zkscope/scenario', version: 1, title: `swarm seed ${seed}`, seed: nextUint32(r),
    servers, config, network: { latencyMs }, events,
  };
  // Client commands may come after the heal; the liveness clock starts when the last of them is issued.
  const lastEvent = Math.max(...events.map((e) => e.at));
  return { ...scenario, until: lastEvent + livenessBoundMs(scenario as Scenario) };
}

function randomFault(r: PrngState, ids: number[], at: number): ScenarioEvent {
  const kind = nextInt(r, 0, 5);
  const server = pick(r, ids);
  if (kind === 0) return { at, do: 'stop', server, signal: nextInt(r, 0, 1) === 0 ? 'TERM' : 'KILL' };
  if (kind === 1) return { at, do: 'start', server };
  if (kind === 2) {
    const groups: number[][] = [[], []];
    for (const id of ids) groups[nextInt(r, 0, 1)].push(id);
    return { at, do: 'partition', groups: groups.filter((g) => g.length > 0) };
  }
  if (kind === 3) return { at, do: 'heal' };
  const other = pick(r, ids);
  if (other === server) return { at, do: 'heal' };
  return { at, do: kind === 4 ? 'cut' : 'mend', servers: [server, other] };
}

const COMMANDS = [
  'create /k{n} v{n}', 'set /k{n} w{n}', 'delete /k{n}', 'get /k{n}', 'ls /', 'create -e /e{n} x',
  'create -s /q/n- x', 'create -e -s /q/l- x', 'stat /k{n}', 'sync /', 'ls /q',
];

/** A few zkCli sessions writing and reading through random servers while faults happen. */
function clientEvents(r: PrngState, ids: number[], faultEnd: number): ScenarioEvent[] {
  const events: ScenarioEvent[] = [];
  const sessions = nextInt(r, 0, 3);
  for (let s = 0; s < sessions; s++) {
    const session = `c${s + 1}`;
    const servers = [pick(r, ids), pick(r, ids)].filter((v, i, a) => a.indexOf(v) === i);
    events.push({ at: nextInt(r, 0, faultEnd), do: 'client', session, servers, command: 'create /q' });
    const count = nextInt(r, 1, 12);
    for (let i = 0; i < count; i++) {
      const command = pick(r, COMMANDS).replaceAll('{n}', String(nextInt(r, 1, 4)));
      events.push({ at: nextInt(r, 0, faultEnd + 20_000), do: 'client', session, servers, command });
    }
  }
  return events;
}


/** Runs one seed: safety every step, then liveness at the end. */
export function runSwarmSeed(seed: number): SwarmResult {
  const scenario = swarmScenario(seed);
  const w = createWorld(scenario);
  const checker = createInvariantChecker();
  let steps = 0;
  let violation: Violation | null = null;
  w.onStep = (world, record) => {
    steps++;
    violation ??= checker.observe(world, record);
  };
  // Run the fault phase and every client command, then check liveness once a virtual second: a run
  // that is live early stops there (the bound still applies to the ones that are not).
  const lastEvent = Math.max(...scenario.events.map((e) => e.at));
  runUntil(w, lastEvent);
  for (let t = lastEvent; t < scenario.until && !violation; ) {
    t = Math.min(scenario.until, t + 1000);
    runUntil(w, t);
    if (settled(w)) break;
  }
  const stuck = violation ? null : livenessProblem(w);
  return { seed, ok: !violation && !stuck, violation, stuck, steps, scenario };
}

/** Live, and no client still waiting for a reply: nothing left that could go wrong later. */
function settled(w: ReturnType<typeof createWorld>): boolean {
  if (livenessProblem(w) !== null) return false;
  for (const c of w.state.clients.values()) {
    if (c.cli.processAlive && (c.cli.running !== null || c.cli.queue.length > 0 || c.cli.client.pending.length > 0)) return false;
  }
  return true;
}

/**
 * After healing, the property the issue states: a leader is established, i.e. one server leads and a
 * quorum of voters (the leader included) serves under it. Other servers may still be in their election
 * backoff (up to 60 s more): that is ZooKeeper's behaviour, not a fault.
 */
function livenessProblem(w: ReturnType<typeof createWorld>): string | null {
  const peers = [...w.state.peers.values()];
  const leaders = peers.filter((p) => modeOf(p) === 'leader');
  if (leaders.length !== 1) return `${leaders.length} serving leaders after the liveness bound`;
  const leader = leaders[0].sid;
  const following = peers.filter((p) => modeOf(p) === 'follower' && p.mem!.currentVote.id === leader).map((p) => p.sid);
  if (!w.qv.containsQuorum([leader, ...following])) return `leader ${leader} has only ${following.length} followers after the liveness bound`;
  return null;
}
