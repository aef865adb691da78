import { describe, expect, it } from 'vitest';
import { Session } from '../playback/session';
import { recipeSteps, singleBranchRecipe } from '../playback/session-recipe';
import { startTogetherScenario } from '../scenario/presets/start-together';
import { phraseText } from '../scenario/phrase';
import type { Frame } from './protocol';
import { LoadJob, type LoadStep } from './load-job';

const three = startTogetherScenario(3);
const BIG = { maxSteps: 1_000_000, maxMs: 60_000 };
/** The moment a frame shows, without what depends on how far the run was computed. */
const moment = (f: Frame) => ({ step: f.step, t: f.t, branch: f.branch, servers: f.servers, tree: f.tree, log: f.log, clients: f.clients });

/** Runs a job to its end with a clock that never moves; returns every step it reported. */
function runToEnd(job: LoadJob): LoadStep[] {
  const seen: LoadStep[] = [];
  for (;;) {
    const r = job.next(0);
    seen.push(r);
    if (r.kind !== 'progress') return seen;
  }
}

describe('a load rebuilds a run a chunk of steps at a time', () => {
  it('reaches exactly the moment a link names, with progress rising to the estimate', () => {
    const job = new LoadJob(singleBranchRecipe(three, [], 5_000, 4_321), BIG, 0, 700);
    const seen = runToEnd(job);
    const progress = seen.filter((r) => r.kind === 'progress');
    // Whole chunks report progress; the last part of a chunk ends the load.
    expect(progress.map((r) => r.stepsDone)).toEqual([700, 1400, 2100, 2800, 3500, 4200, 4900]);
    expect(progress.every((r) => r.stepsTotal === 5_000)).toBe(true);
    const last = seen.at(-1);
    if (last?.kind !== 'done') throw new Error(`not done: ${last?.kind}`);
    const direct = new Session(three);
    direct.openAt(5_000, 4_321);
    expect(moment(last.session.frame(0))).toEqual(moment(direct.frame(0)));
  });

  it('rebuilds every branch and shows the one the user was on, at the same moment', () => {
    const s = new Session(three);
    s.handle({ type: 'seekStep', step: 300, req: 0 });
    s.handle({ type: 'act', action: { do: 'stop', server: 3, signal: 'KILL' }, req: 0 });
    s.handle({ type: 'seekStep', step: 600, req: 0 });
    s.handle({ type: 'seekStep', step: 120, req: 0 });
    s.handle({ type: 'act', action: { do: 'stop', server: 1, signal: 'TERM' }, req: 0 });
    s.handle({ type: 'seekStep', step: 400, req: 0 });
    const before = s.frame(0);
    const recipe = s.recipe();
    expect(recipe.branches.map((b) => [b.parent, b.forkStep])).toEqual([[null, 0], [0, 120]]);
    const last = runToEnd(new LoadJob(structuredClone(recipe), BIG, 0, 100)).at(-1);
    if (last?.kind !== 'done') throw new Error('not done');
    const after = last.session.frame(0);
    expect(moment(after)).toEqual(moment(before));
    expect(after.branches).toEqual(before.branches);
    expect(last.session.recipe()).toEqual(recipe);
  });

  it('refuses before computing anything when the step budget cannot cover the load, naming the bound', () => {
    const job = new LoadJob(singleBranchRecipe(three, [], 2_000_000, 0), BIG, 0);
    const r = job.next(0);
    expect(r.kind).toBe('refused');
    if (r.kind === 'refused') expect(phraseText(r.problem)).toBe('opening this run takes about 2000000 simulation steps, more than the 1000000 a link or file may take; share an earlier moment or save a shorter run');
  });

  it('stops at the wall-clock budget of the clock it is given, saying how far it got', () => {
    const job = new LoadJob(singleBranchRecipe(three, [], 50_000, 0), { maxSteps: 1_000_000, maxMs: 5_000 }, 1_000, 1_000);
    expect(job.next(2_000)).toMatchObject({ kind: 'progress', stepsDone: 1_000 });
    expect(job.next(6_000)).toMatchObject({ kind: 'progress', stepsDone: 2_000 });
    const r = job.next(6_001);
    expect(r.kind).toBe('refused');
    if (r.kind === 'refused') expect(phraseText(r.problem)).toBe('opening this run took longer than 5 s (2000 of about 50000 simulation steps computed); share an earlier moment or a smaller ensemble');
  });

  it('a chunk of a big ensemble holds fewer steps, so Cancel is heard as soon', () => {
    const job = new LoadJob(singleBranchRecipe(startTogetherScenario(51), [], 10_000, 0), BIG, 0);
    expect(job.next(0)).toMatchObject({ kind: 'progress', stepsDone: 58 });
    expect(new LoadJob(singleBranchRecipe(three, [], 10_000, 0), BIG, 0).next(0)).toMatchObject({ kind: 'progress', stepsDone: 1_000 });
  });

  it('counts each fork twice in its estimate (the parent reaching it, the fork replaying it)', () => {
    const r = singleBranchRecipe(three, [], 500, 0);
    expect(recipeSteps({ ...r, branches: [...r.branches, { parent: 0, forkStep: 200, actions: [] }], branch: 1 })).toBe(900);
  });
});
