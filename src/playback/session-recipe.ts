/**
 * What rebuilds a session exactly (issue 11 points 4 and 7): the scenario, every branch's actions and
 * where it forked, and the moment shown. A link and a file are recipes with one branch; a restarted
 * worker gets the whole recipe. Plain data, so it crosses the worker boundary as it is.
 */
import type { Scenario } from '../scenario/types';
import type { TimedAction } from './run';

/** One branch: its parent (null for the first), the step it forked at and all of its actions. */
export interface BranchRecipe {
  readonly parent: number | null;
  readonly forkStep: number;
  readonly actions: readonly TimedAction[];
}

/** A session as data. */
export interface SessionRecipe {
  readonly scenario: Scenario;
  readonly branches: readonly BranchRecipe[];
  /** The branch shown, and the moment on it. */
  readonly branch: number;
  readonly step: number;
  readonly t: number;
}

/** A recipe of one branch (a link, a file, a preset) at a moment. */
export function singleBranchRecipe(scenario: Scenario, actions: readonly TimedAction[], step = 0, t = 0): SessionRecipe {
  return { scenario, branches: [{ parent: null, forkStep: 0, actions }], branch: 0, step, t };
}

/**
 * The simulation steps rebuilding takes at most: each fork's prefix twice (the parent reaching it, then
 * the fork replaying it through a fresh invariant checker) and the shown branch up to its moment.
 */
export function recipeSteps(r: SessionRecipe): number {
  return r.branches.reduce((n, b) => n + 2 * b.forkStep, 0) + r.step;
}
