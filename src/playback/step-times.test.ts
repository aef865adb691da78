import { describe, expect, it } from 'vitest';
import { startTogetherScenario } from '../scenario/presets/start-together';
import { createWorld, step } from '../sim/world';
import { SESSION_COMMANDS_MAX, STEP_TIMES_MAX, TRACE_MAX } from './budget';
import type { Frame } from './frame-types';
import { History } from './history';
import { Run } from './run';
import type { StepRecord } from '../sim/world-state';
import { Session } from './session';

const scenario = startTogetherScenario(5);
/** Far enough (about 10 steps a second once elected) that the run holds several budgets of steps. */
const LONG = 8_000_000;

/** A run computed up to LONG (one request extends it by a bounded number of steps). */
function longRun(): Run {
  const run = new Run(scenario, []);
  while (run.frontier < run.stepsForTime(LONG));
  return run;
}

/** Every step's time, from a bare world (no budget at all): what an unbounded history would hold. */
function allTimes(steps: number): number[] {
  const w = createWorld(scenario);
  const out: number[] = [];
  while (out.length < steps) {
    const r = step(w);
    if (!r) break;
    out.push(r.time);
  }
  return out;
}

/** Steps with time ≤ t in an unbounded history. */
const countUpTo = (times: readonly number[], t: number) => times.filter((x) => x <= t).length;

describe('step times have a budget', () => {
  it('a long run keeps only its newest steps’ times, and finds older ones again exactly', () => {
    const run = longRun();
    const n = run.frontier;
    expect(n).toBeGreaterThan(3 * STEP_TIMES_MAX);
    // Without the budget every step's time would still be there.
    expect(run.history.timeOf(0)).toBeUndefined();
    expect(run.history.timeOf(n - STEP_TIMES_MAX - 1)).toBeUndefined();
    expect(run.history.timeOf(n - 1)).toBeDefined();

    const times = allTimes(n);
    for (const i of [0, 1, 777, STEP_TIMES_MAX + 5, Math.floor(n / 2), n - STEP_TIMES_MAX - 2]) {
      expect(run.timeOfStep(i)).toBe(times[i]);
    }
    // What the frame says was dropped names a real moment: the time of the step before the first one kept whole.
    const kept = run.history.keptFromStep;
    expect(kept).toBeGreaterThan(0);
    expect(run.history.keptFromTime).toBe(times[kept - 1]);
    expect(run.history.trace[0].step).toBeGreaterThanOrEqual(kept - 1);
    // Fates are kept for the trace's messages only (not for a server's messages to itself, nor dropped ones).
    expect(run.history.fates.size).toBeLessThanOrEqual(TRACE_MAX);
    expect(Math.min(...run.history.fates.keys())).toBeGreaterThanOrEqual(run.history.trace[0].id);
  });

  it('seeking by time beyond the kept times lands on the same step as an unbounded history', () => {
    const run = longRun();
    const times = allTimes(run.frontier);
    const old = times.length - 2 * STEP_TIMES_MAX;
    // Exact step times (several steps may share one), just before them, and the very start.
    const targets = [0, 2999.5, times[1234], times[1234] - 0.5, times[old], times[old] + 0.25, times[STEP_TIMES_MAX * 2]];
    // From the frontier, then from one old moment to another (forward and back).
    for (const t of [...targets, ...targets.slice().reverse()]) {
      expect(run.stepsForTime(t)).toBe(countUpTo(times, t));
    }
    expect(run.stepsForTime(LONG)).toBe(countUpTo(times, LONG));
  });

  it('a session shows the same frame at an old moment, and a branch forked there runs as a fresh one', () => {
    const long = new Session(scenario);
    for (let f = -1, k = 0; k > f; ) {
      f = k;
      k = long.handle({ type: 'seekTime', t: LONG, req: 1 }).step;
    }
    const fresh = new Session(scenario);
    const same = (f: Frame) => ({ ...f, markers: null, branches: [], dropped: null, req: 0, horizon: 0 });
    for (const t of [3000, 4_000_000, 2_000_000]) {
      expect(same(long.handle({ type: 'seekTime', t, req: 2 }))).toEqual(same(fresh.handle({ type: 'seekTime', t, req: 2 })));
    }
    const stop = { type: 'act', action: { do: 'stop', server: 5, signal: 'KILL' }, req: 3 } as const;
    long.handle({ type: 'seekTime', t: 2_000_000, req: 3 });
    fresh.handle({ type: 'seekTime', t: 2_000_000, req: 3 });
    long.handle(stop);
    fresh.handle(stop);
    const later = { type: 'seekTime', t: 2_060_000, req: 4 } as const;
    expect(same(long.handle(later))).toEqual(same(fresh.handle(later)));
    const back = { type: 'seekTime', t: 1_500_000, req: 5 } as const;
    expect(same(long.handle(back))).toEqual(same(fresh.handle(back)));
  });
});

describe('typed commands have a budget per session', () => {
  it('a session keeps its newest lines (more than its console shows), another session keeps all of its own', () => {
    const h = new History();
    const typed = (client: string, n: number, index: number) =>
      h.recordCommand({ client, line: `set /a ${n}`, n, prompt: '' }, { index, time: index * 10 } as StepRecord);
    typed('quiet', 0, 0);
    for (let i = 1; i <= 3 * SESSION_COMMANDS_MAX; i++) typed('busy', i, i);
    const all = h.commandsBefore(Infinity);
    const busy = all.filter((c) => c.client === 'busy');
    expect(busy.length).toBeLessThanOrEqual(SESSION_COMMANDS_MAX);
    expect(busy.length).toBeGreaterThanOrEqual(400);
    expect(busy.at(-1)?.n).toBe(3 * SESSION_COMMANDS_MAX);
    expect(all.filter((c) => c.client === 'quiet')).toHaveLength(1);
    // The first kept line is the one right after the newest dropped: details are all there from its step.
    expect(h.keptFromStep).toBe(busy[0].n);
    expect(h.keptFromTime).toBe((busy[0].n - 1) * 10);
  });
});
