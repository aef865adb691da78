/**
 * Actions taken by hand that the run has not carried out yet at the moment shown (acting while paused):
 * what each will change and the step that carries it out, found by running a copy of the world ahead.
 * The action log stays the one source: nothing here is kept between frames.
 */
import { restore } from '../sim/checkpoint';
import { createWorld, step, type World } from '../sim/world';
import type { WorldState } from '../sim/world-state';
import type { Scenario, ScenarioEvent } from '../scenario/types';
import { viewWorld, type LinkView, type WorldView } from './frame';

/** A queued action as drawn: what it is, when it happens and what it changes. */
export interface PendingView {
  /** The step count the clock shows once it is carried out; null when further ahead than PREVIEW_STEPS. */
  readonly step: number | null;
  readonly event: ScenarioEvent;
  /** Servers it stops (running false) or starts (running true). */
  readonly servers: readonly { readonly id: number; readonly running: boolean }[];
  /** Links whose state it changes, in their new state. */
  readonly links: readonly LinkView[];
  /** Messages on the wire now that it loses (a drop; a cut, partition or stop that strands them). */
  readonly lost: readonly number[];
}

/** Steps run ahead at most: an action taken at the moment shown is carried out within a few. */
const PREVIEW_STEPS = 2000;

/** The queued actions as drawn, and the world once they are all carried out (what a further action meets). */
export interface Preview {
  readonly views: readonly PendingView[];
  readonly after: WorldState;
}

/**
 * The queued actions `waiting` (indexes into world.actions) of `world`, in that order. `scheduleDue` puts
 * on a world's agenda the actions due at its step, as the run does before each step.
 */
export function previewActions(scenario: Scenario, world: World, waiting: readonly number[], scheduleDue: (w: World) => void): Preview {
  const w = createWorld(scenario);
  w.actions.push(...world.actions.slice(w.actions.length));
  restore(w, world.state);
  const wanted = new Set(waiting);
  const found = new Map<number, PendingView>();
  for (let i = 0; i < PREVIEW_STEPS && found.size < wanted.size; i++) {
    scheduleDue(w);
    const top = w.state.agenda[0];
    const index = top?.kind === 'action' && wanted.has(top.index) ? top.index : null;
    const before = index === null ? null : viewWorld(w, null);
    const r = step(w);
    if (!r) break;
    if (before && index !== null) found.set(index, { step: r.index + 1, event: w.actions[index], ...changes(before, viewWorld(w, null)) });
  }
  const views = waiting.map((index) => found.get(index) ?? { step: null, event: world.actions[index], servers: [], links: [], lost: [] });
  return { views, after: w.state };
}

/** What one step changed of the servers' running, the links and the messages' fate. */
function changes(before: WorldView, after: WorldView): Pick<PendingView, 'servers' | 'links' | 'lost'> {
  const running = new Map(before.servers.map((s) => [s.id, s.state !== 'STOPPED']));
  const links = new Map(before.links.map((l) => [`${l.a}-${l.b}`, l.state]));
  const alive = new Set(before.messages.filter((m) => m.lostAt === null).map((m) => m.id));
  return {
    servers: after.servers.filter((s) => running.get(s.id) !== (s.state !== 'STOPPED')).map((s) => ({ id: s.id, running: s.state !== 'STOPPED' })),
    links: after.links.filter((l) => links.get(`${l.a}-${l.b}`) !== l.state),
    lost: after.messages.filter((m) => m.lostAt !== null && alive.has(m.id)).map((m) => m.id),
  };
}
