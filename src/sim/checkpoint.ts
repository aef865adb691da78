/**
 * Checkpoints for seeking: a world's state is plain data, so a deep copy is an exact snapshot and
 * restoring one then replaying gives the same run again (design.md §4).
 */
import type { World } from './world';
import type { WorldState } from './world-state';

/** An exact copy of the world's state now. */
export function checkpoint(w: World): WorldState {
  return structuredClone(w.state);
}

/** Puts the world back to a checkpoint (the checkpoint itself stays untouched for reuse). */
export function restore(w: World, cp: WorldState): void {
  w.state = structuredClone(cp);
}
