/**
 * Runs a scenario to its end and collects the `sim` outcome (cli-contract.md §2).
 */
import type { Mark, MarkValue } from '../engine/marks';
import { zxidHex } from '../engine/zxid';
import type { Scenario } from '../scenario/types';
import type { ServerSnapshot } from './srvr';
import { snapshotWorld } from './srvr';
import type { RunBound } from './run-bound';
import type { World } from './world';
import { createWorld, runUntil } from './world';

/** One labelled snapshot of the outcome. */
export interface OutcomeSnapshot {
  readonly label: string;
  readonly at: number;
  readonly leader: number | null;
  readonly servers: Record<string, ServerSnapshot>;
}

/** One learner sync as the leader chose it (LearnerHandler.syncFollower); zxids in lower-case hex. */
export interface OutcomeSync {
  readonly at: number;
  readonly leader: number;
  readonly learner: number;
  readonly mode: 'DIFF' | 'TRUNC' | 'SNAP';
  /** The branch: inSync, aheadOfCommittedLog, committedLog, txnlogAndCommittedLog or txnlogUnusable. */
  readonly path: string;
  readonly peerLastZxid: string;
  readonly minCommittedLog: string;
  readonly maxCommittedLog: string;
  readonly lastProcessedZxid: string;
  /** The leader's log lines for this sync, as ZooKeeper 3.8.0 writes them (message part only). */
  readonly log: string[];
}

/** The outcome printed by `sim`. */
export interface Outcome {
  readonly snapshots: OutcomeSnapshot[];
  readonly clients: Record<string, string[]>;
  /** Every learner sync, in order (added after version 1's first fields; optional for readers). */
  readonly syncs: OutcomeSync[];
}

const SYNC_MODES: Record<string, OutcomeSync['mode']> = { 'zab.sync.diff': 'DIFF', 'zab.sync.trunc': 'TRUNC', 'zab.sync.snap': 'SNAP' };

/** The `syncs` entry of a sync mark, or null for any other mark. */
export function outcomeSyncOf(m: Mark, at: number): OutcomeSync | null {
  const mode = SYNC_MODES[m.code];
  if (!mode) return null;
  const hex = (v: MarkValue | undefined) => zxidHex(typeof v === 'bigint' ? v : 0n);
  const a = m.args;
  return {
    at, leader: m.sid, learner: Number(a.to), mode, path: String(a.path), peerLastZxid: hex(a.peerLastZxid),
    minCommittedLog: hex(a.minCommittedLog), maxCommittedLog: hex(a.maxCommittedLog), lastProcessedZxid: hex(a.leaderLastZxid),
    log: String(a.pathLog ?? '').split('\n').filter((l) => l !== ''),
  };
}

/** Runs `scenario` until its `until`; `prepare` may attach observers (invariants, traces) first; throws RunBoundExceeded past `bound`. */
export function runScenario(scenario: Scenario, prepare?: (w: World) => void, bound?: RunBound): Outcome {
  const w = createWorld(scenario);
  const snapshots: OutcomeSnapshot[] = [];
  w.onSnapshot = (world, label) => snapshots.push({ label, at: world.state.now, ...snapshotWorld(world) });
  prepare?.(w);
  const syncs: OutcomeSync[] = [];
  const observer = w.onStep;
  w.onStep = (world, record) => {
    for (const m of record.marks) {
      const sync = outcomeSyncOf(m, record.time);
      if (sync) syncs.push(sync);
    }
    observer?.(world, record);
  };
  runUntil(w, scenario.until, bound);
  const clients: Record<string, string[]> = {};
  for (const [name, c] of w.state.clients) clients[name] = [...c.output];
  return { snapshots, clients, syncs };
}
