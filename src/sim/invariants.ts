/**
 * Safety invariants checked from outside the engine after every step (reference §7, design.md §3).
 * The checker keeps its own ghost state (who became leader of which epoch) so the engine never
 * has to tell the truth about itself.
 */
import { epochOf } from '../engine/zxid';
import type { World } from './world';
import type { StepRecord } from './world-state';
import { DataChecker } from './data-invariants';

/** A broken property, with enough to find the moment again. */
export interface Violation {
  readonly property: string;
  readonly detail: string;
  readonly time: number;
  readonly step: number;
}

/** An observer of a run that records the first violation of each property. */
export interface InvariantChecker {
  observe(w: World, r: StepRecord): Violation | null;
  readonly violations: Violation[];
}

/** A fresh checker for one run. */
export function createInvariantChecker(): InvariantChecker {
  const establishedLeaders = new Map<number, number>();
  const data = new DataChecker();
  const violations: Violation[] = [];
  const fail = (property: string, detail: string, r: StepRecord): Violation => {
    const v = { property, detail, time: r.time, step: r.index };
    violations.push(v);
    return v;
  };
  return {
    violations,
    observe(w, r) {
      for (const m of r.marks) {
        if (m.code !== 'zab.serving' || m.args.role !== 'leader') continue;
        const epoch = m.args.epoch as number;
        const before = establishedLeaders.get(epoch);
        if (before !== undefined && before !== m.sid) {
          return fail('Leadership2', `servers ${before} and ${m.sid} both became the established leader of epoch ${epoch}`, r);
        }
        establishedLeaders.set(epoch, m.sid);
      }
      const problem = data.observe(w, r);
      if (problem) return fail(problem.property, problem.detail, r);
      return checkState(w, r, fail);
    },
  };
}

/** Properties of the state as it is now. */
function checkState(w: World, r: StepRecord, fail: (p: string, d: string, r: StepRecord) => Violation): Violation | null {
  const leadersByEpoch = new Map<number, number>();
  for (const peer of w.state.peers.values()) {
    const { currentEpoch, acceptedEpoch } = peer.disk;
    if (currentEpoch !== null && acceptedEpoch !== null && acceptedEpoch < currentEpoch) {
      return fail('EpochFiles', `server ${peer.sid} has acceptedEpoch ${acceptedEpoch} < currentEpoch ${currentEpoch}`, r);
    }
    const mem = peer.mem;
    if (!mem?.leader || (mem.zabState !== 'SYNCHRONIZATION' && mem.zabState !== 'BROADCAST')) continue;
    const epoch = mem.leader.epoch;
    const other = leadersByEpoch.get(epoch);
    if (other !== undefined) {
      return fail('Leadership1', `servers ${other} and ${peer.sid} both lead epoch ${epoch} in ${mem.zabState}`, r);
    }
    leadersByEpoch.set(epoch, peer.sid);
    if (mem.serving && epochOf(mem.db.lastProcessedZxid) !== epoch) {
      return fail('LeaderZxidEpoch', `leader ${peer.sid} of epoch ${epoch} serves at zxid epoch ${epochOf(mem.db.lastProcessedZxid)}`, r);
    }
  }
  return null;
}
