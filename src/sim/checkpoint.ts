/**
 * Checkpoints for seeking: a world's state is plain data, so a deep copy is an exact snapshot and
 * restoring one then replaying gives the same run again (design.md §4).
 *
 * Except each server's transaction log: it only grows (a TRUNC or a SNAP puts a new array in its place)
 * and its proposals are never changed once logged, so a copy takes a new list of the same proposals.
 * A long busy run's logs are most of its world; copying them into every checkpoint made checkpoints big,
 * slow to take, and, as the logs grew, ever bigger for the same count.
 */
import type { Proposal } from '../engine/peer/database';
import type { World } from './world';
import type { WorldState } from './world-state';

/** An exact copy of the world's state now, sharing the logged proposals. */
export function checkpoint(w: World): WorldState {
  return copySharingLogs(w.state);
}

/** Puts the world back to a checkpoint (the checkpoint itself stays untouched for reuse). */
export function restore(w: World, cp: WorldState): void {
  w.state = copySharingLogs(cp);
}

/** Every server's transaction log in `state`: the arrays themselves (whose proposals a copy shares). */
export function transactionLogs(state: WorldState): Proposal[][] {
  return [...state.peers.values()].map((p) => p.disk.txnLog);
}

/** A deep copy of `state` whose logs are new arrays of the same proposals. */
function copySharingLogs(state: WorldState): WorldState {
  const logs = new Map<number, Proposal[]>();
  for (const [sid, p] of state.peers) {
    logs.set(sid, p.disk.txnLog);
    p.disk.txnLog = [];
  }
  let copy: WorldState;
  try {
    copy = structuredClone(state);
  } finally {
    for (const [sid, p] of state.peers) p.disk.txnLog = logs.get(sid)!;
  }
  for (const [sid, p] of copy.peers) p.disk.txnLog = logs.get(sid)!.slice();
  return copy;
}
