/**
 * What the lock demo shows of a lane, computed from the frame's client views: the contenders, the
 * queue as a chain ordered by sequence number (the holder at its head), and the notification count per
 * hand-off. Pure; unit-tested.
 */
import type { ClientView, RecipeView } from '../../worker/protocol.ts';

/** A contender of a lane with its number in the lane (Client N / Herd N). */
export interface Contender {
  readonly n: number;
  readonly client: ClientView;
  readonly recipe: RecipeView;
}

/** A lane's numbers. */
export interface LaneStats {
  readonly handoffs: number;
  readonly notifications: number;
  /** Notifications per hand-off, one decimal, or null before the first hand-off. */
  readonly perHandoff: string | null;
}

/** Session names of a lane are `prefix` + n. */
export function contenders(clients: readonly ClientView[], prefix: string): Contender[] {
  const out: Contender[] = [];
  for (const c of clients) {
    const n = Number(c.name.slice(prefix.length));
    if (c.recipe && c.name.startsWith(prefix) && Number.isInteger(n) && n > 0) out.push({ n, client: c, recipe: c.recipe });
  }
  return out.sort((a, b) => a.n - b.n);
}

/**
 * The phase to show: a killed process never learns its session expired, so its recipe still says what it
 * was doing; once the servers expired the session, it is expired (and its node is gone).
 */
export function shownPhase(c: Contender): RecipeView['phase'] {
  return c.client.killed && c.client.state === 'EXPIRED' ? 'expired' : c.recipe.phase;
}

/** A node still in the queue: created and not yet deleted (release, close or expiry delete it). */
function queued(c: Contender): boolean {
  const phase = shownPhase(c);
  return c.recipe.node !== null && (phase === 'listing' || phase === 'waiting' || phase === 'holding');
}

/** The queue in sequence order; the holder (lowest node) comes first. */
export function chain(cs: readonly Contender[]): Contender[] {
  return cs.filter(queued).sort((a, b) => (a.recipe.node! < b.recipe.node! ? -1 : 1));
}

/** Hand-offs (every holder after the first) and the watch notifications they cost. */
export function laneStats(cs: readonly Contender[]): LaneStats {
  const holders = cs.filter((c) => c.recipe.held).length;
  const handoffs = Math.max(0, holders - 1);
  const notifications = cs.reduce((n, c) => n + c.recipe.notifications, 0);
  return { handoffs, notifications, perHandoff: handoffs > 0 ? (notifications / handoffs).toFixed(1) : null };
}

/** Which of the four recipe steps a phase is at: create, getChildren, lowest?, watch (-1 when out). */
export function recipeStep(phase: RecipeView['phase']): number {
  switch (phase) {
    case 'connecting':
    case 'creating':
      return 0;
    case 'listing':
      return 1;
    case 'holding':
      return 2;
    case 'waiting':
      return 3;
    default:
      return -1;
  }
}

/** The last node name of a path (`lock-0000000002`). */
export function nodeName(path: string | null): string {
  return path === null ? '' : path.slice(path.lastIndexOf('/') + 1);
}
