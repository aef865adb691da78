/**
 * Opening a link, a file or a restarted worker's run (issue 11 point 4): the session is rebuilt a chunk
 * of steps at a time, between which the worker reads its messages, so Cancel is heard and the run on
 * screen keeps answering. Two budgets bound it: simulation steps (deterministic, checked before the
 * first step and after every chunk) and wall-clock ms (the worker's clock, given to `next`; the engine
 * never reads one). Exceeding either stops the load with a message naming the bound.
 */
import { Session } from '../playback/session';
import { recipeSteps, type SessionRecipe } from '../playback/session-recipe';
import { m, type Phrase } from '../scenario/phrase';
import { LIMITS } from '../scenario/validate';

/** What one load may use. */
export interface LoadBudget {
  readonly maxSteps: number;
  readonly maxMs: number;
}

/** The app's budget: the steps validation allows a whole run, and a minute (as the CLI's default). */
export const LOAD_BUDGET: LoadBudget = { maxSteps: LIMITS.maxSteps, maxMs: 60_000 };
/**
 * Steps computed between two looks at the message queue: a step costs about as many times more as the
 * ensemble has servers (measured: 1 000 steps of 3 voters ≈ 11 ms, of 51 voters ≈ 87 ms unloaded), so a
 * chunk holds about the same work, and Cancel is heard within tens of ms, whatever the ensemble.
 */
export function chunkStepsFor(servers: number): number {
  return Math.max(20, Math.floor(3_000 / Math.max(1, servers)));
}

/** Where a load is after one more chunk. */
export type LoadStep =
  | { readonly kind: 'progress'; readonly stepsDone: number; readonly stepsTotal: number }
  | { readonly kind: 'done'; readonly session: Session }
  | { readonly kind: 'refused'; readonly problem: Phrase };

/** One load in progress. */
export class LoadJob {
  /** Steps the rebuild takes at most (the progress bar's end). */
  readonly stepsTotal: number;
  private readonly build: Generator<number, Session>;
  private stepsDone = 0;

  constructor(recipe: SessionRecipe, private readonly budget: LoadBudget, private readonly startedMs: number, private readonly chunkSteps = chunkStepsFor(recipe.scenario.servers.length)) {
    this.stepsTotal = recipeSteps(recipe);
    this.build = Session.build(recipe, chunkSteps);
  }

  /** Computes the next chunk (none when the step budget cannot cover the whole load); `nowMs` is the worker's clock. */
  next(nowMs: number): LoadStep {
    const { maxSteps, maxMs } = this.budget;
    if (this.stepsTotal > maxSteps || this.stepsDone > maxSteps) {
      return { kind: 'refused', problem: m`opening this run takes about ${this.stepsTotal} simulation steps, more than the ${maxSteps} a link or file may take; share an earlier moment or save a shorter run` };
    }
    if (nowMs - this.startedMs > maxMs) {
      return { kind: 'refused', problem: m`opening this run took longer than ${maxMs / 1000} s (${this.stepsDone} of about ${this.stepsTotal} simulation steps computed); share an earlier moment or a smaller ensemble` };
    }
    const before = this.stepsDone;
    let r = this.build.next();
    // A part of a chunk left (a fork reached, the moment reached): go on, so a small load is done in one call.
    while (!r.done && r.value - before < this.chunkSteps) {
      this.stepsDone = r.value;
      r = this.build.next();
    }
    if (r.done) return { kind: 'done', session: r.value };
    this.stepsDone = r.value;
    return { kind: 'progress', stepsDone: this.stepsDone, stepsTotal: this.stepsTotal };
  }
}
