/**
 * A scout: a copy of the world that runs ahead of the one shown, so that predict mode knows what the
 * engine will do before the learner sees it. Copying is structuredClone of plain data (design.md §4).
 */
import { WorldPeerIO } from '../peer-io';
import type { World } from '../world';
import { step } from '../world';
import type { StepRecord } from '../world-state';

/** An independent copy of `w` (same scenario, same agenda), with no observers. */
export function scoutOf(w: World): World {
  const copy: World = { ...w, state: structuredClone(w.state), actions: [...w.actions], onStep: null, onSnapshot: null, io: null as unknown as WorldPeerIO };
  (copy as { io: WorldPeerIO }).io = new WorldPeerIO(copy);
  return copy;
}

/** Steps the scout until `found` returns a value or `maxSteps` pass; null if nothing was found. */
export function runAhead<T>(scout: World, maxSteps: number, found: (r: StepRecord, w: World) => T | null): T | null {
  for (let i = 0; i < maxSteps; i++) {
    const r = step(scout);
    if (!r) return null;
    const hit = found(r, scout);
    if (hit !== null) return hit;
  }
  return null;
}
