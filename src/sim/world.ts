/**
 * A simulated ensemble: the agenda, the peers and the network, driven one event at a time.
 * Same scenario, same run, byte for byte (design.md §3).
 */
import type { QuorumVerifier } from '../engine/election/quorum';
import { quorumMaj } from '../engine/election/quorum';
import { emptyDisk } from '../engine/peer/database';
import type { QuorumConfig } from '../engine/peer/io';
import { DEFAULT_QUORUM_CONFIG } from '../engine/peer/io';
import type { Peer } from '../engine/peer/state';
import type { Scenario, ScenarioEvent } from '../scenario/types';
import { schedule } from './agenda';
import { heapPop } from './event-queue';
import { WorldPeerIO } from './peer-io';
import { seedPrng } from './prng';
import { handleEvent } from './handle-event';
import { stepCounter, type RunBound } from './run-bound';
import type { StepRecord, WorldState } from './world-state';

/** What a world needs besides its state: fixed configuration and observers. */
export interface World {
  state: WorldState;
  readonly qv: QuorumVerifier;
  readonly config: QuorumConfig;
  readonly latencyMs: readonly [number, number];
  /** The timed actions: the scenario's events, then user actions appended while running. */
  readonly actions: ScenarioEvent[];
  readonly io: WorldPeerIO;
  /** Called after every step with what happened (tests, invariants, history). */
  onStep: ((w: World, record: StepRecord) => void) | null;
  /** Called when a snapshot action runs. */
  onSnapshot: ((w: World, label: string) => void) | null;
}

/** Builds the world of a scenario at time 0, with its events on the agenda. */
export function createWorld(scenario: Scenario): World {
  const voters = scenario.servers.filter((s) => !s.observer).map((s) => s.id);
  const observers = scenario.servers.filter((s) => s.observer).map((s) => s.id);
  const peers = new Map<number, Peer>();
  for (const s of scenario.servers) peers.set(s.id, { sid: s.id, observer: !!s.observer, disk: emptyDisk(), mem: null });
  const state: WorldState = {
    now: 0, seq: 0, stepIndex: 0, agenda: [], peers, timers: new Map(),
    latencyRng: seedPrng(scenario.seed, 'latency'), partition: new Map(), cutLinks: new Set(), lastDeliveryAt: new Map(), stalledSince: new Map(), linkLatencyMs: new Map(), slowMs: new Map(), clientLastDeliveryAt: new Map(),
    qcm: new Map(), connections: new Map(), links: new Map(), nextId: 1, inFlight: new Map(),
    establishedLeaders: new Map(), exited: new Map(),
    clients: new Map(), cnxns: new Map(), clientRng: seedPrng(scenario.seed, 'clients'), peerRng: seedPrng(scenario.seed, 'peers'),
  };
  const w: World = {
    state,
    qv: quorumMaj(voters, observers),
    config: { ...DEFAULT_QUORUM_CONFIG, ...scenario.config, enforceQuota: scenario.config['zookeeper.enforceQuota'] === true },
    latencyMs: scenario.network.latencyMs,
    actions: [],
    io: null as unknown as WorldPeerIO,
    onStep: null,
    onSnapshot: null,
  };
  (w as { io: WorldPeerIO }).io = new WorldPeerIO(w);
  for (const e of scenario.events) addAction(w, e);
  return w;
}

/** Appends a timed action (a scenario event or a user's action) to the run. */
export function addAction(w: World, e: ScenarioEvent): void {
  w.actions.push(e);
  schedule(w, Math.max(e.at, w.state.now), { kind: 'action', index: w.actions.length - 1 });
}

/** The time of the next event, or null when nothing is left. */
export function nextEventTime(w: World): number | null {
  return w.state.agenda.length > 0 ? w.state.agenda[0].time : null;
}

/** Processes one event; returns its record, or null when the agenda is empty. */
export function step(w: World): StepRecord | null {
  const ev = heapPop(w.state.agenda);
  if (!ev) return null;
  w.state.now = ev.time;
  w.io.marks = [];
  const { sid, messageId, actionIndex } = handleEvent(w, ev);
  const record: StepRecord = {
    index: w.state.stepIndex++, time: ev.time, kind: ev.kind, sid, messageId, actionIndex: actionIndex ?? null, marks: w.io.marks,
  };
  w.onStep?.(w, record);
  return record;
}

/** Runs every event up to and including virtual time `t`, then sets the clock to `t`; throws RunBoundExceeded past `bound`. */
export function runUntil(w: World, t: number, bound?: RunBound): void {
  const count = stepCounter(bound);
  for (;;) {
    const next = nextEventTime(w);
    if (next === null || next > t) break;
    count(next);
    step(w);
  }
  if (t > w.state.now) w.state.now = t;
}
