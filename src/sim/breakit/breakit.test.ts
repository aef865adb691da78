/**
 * Break it (issue 18): seeded searches with the invariants after every step, findings that reopen as
 * ordinary scenarios at their moment, and the same answer however the search is chunked.
 */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../scenario/validate';
import { createInvariantChecker } from '../invariants';
import { createWorld, runUntil } from '../world';
import { emptyStats, statsObserver } from './observe';
import { FAULT_KINDS } from './options';
import type { BreakItOptions } from './options';
import { runBreakItSeed } from './run';
import { BreakItSearch } from './search';

const ALL: BreakItOptions = { voters: 5, faults: FAULT_KINDS, seeds: 40, firstSeed: 1 };

describe('Break it', () => {
  it('a seed\'s scenario (with the faults added in flight) is a valid file that replays to the same run, step for step', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const outcome = runBreakItSeed(ALL, seed);
      expect(outcome.scenario.events.some((e) => e.do === 'drop' || e.do === 'delay' || e.do === 'duplicate')).toBe(true);
      const file = validateScenario(JSON.parse(JSON.stringify(outcome.scenario)));
      expect(file.ok ? [] : file.problems).toEqual([]);
      if (!file.ok) return;
      const w = createWorld(file.scenario);
      const stats = emptyStats();
      const fold = statsObserver(stats);
      let steps = 0;
      w.onStep = (world, r) => { steps++; fold(world, r); };
      runUntil(w, file.scenario.until);
      expect(stats).toEqual(outcome.stats);
      expect(steps).toBe(outcome.steps);
    }
  });

  it('finds no invariant violation, and finds elections, rounds, notifications and syncs to show', () => {
    const search = new BreakItSearch(ALL);
    const p = search.next(ALL.seeds);
    expect(search.done).toBe(true);
    expect(p.findings.filter((f) => f.kind === 'violation')).toEqual([]);
    const kinds = p.findings.map((f) => f.kind);
    for (const k of ['longestElection', 'maxRound', 'notifications'] as const) expect(kinds).toContain(k);
    expect(kinds.includes('trunc') || kinds.includes('snap')).toBe(true);
    // Each finding's moment lies inside its run, and its number is what that seed measured.
    for (const f of p.findings) {
      expect(f.at).toBeGreaterThanOrEqual(0);
      expect(f.at).toBeLessThanOrEqual(f.scenario.until);
      if (f.kind !== 'violation') expect(runBreakItSeed(ALL, f.seed).stats[f.kind].value).toBe(f.value);
    }
  });

  it('the answer does not depend on how the search is chunked', () => {
    const whole = new BreakItSearch({ ...ALL, seeds: 12 }).next(12);
    const chunked = new BreakItSearch({ ...ALL, seeds: 12 });
    while (!chunked.done) chunked.next(5);
    expect(chunked.progress().findings.map((f) => [f.kind, f.seed, f.value])).toEqual(whole.findings.map((f) => [f.kind, f.seed, f.value]));
  });

  it('a violation is reported first, with its seed and property (checked by planting one)', () => {
    const outcome = runBreakItSeed({ ...ALL, faults: [] }, 3);
    const checker = createInvariantChecker();
    expect(checker.violations).toEqual([]);
    const search = new BreakItSearch({ ...ALL, seeds: 1 });
    const board = (search as unknown as { board: { add(o: unknown): void; ranked(): { kind: string; seed: number }[] } }).board;
    board.add({ ...outcome, violation: { property: 'Agreement', detail: 'planted', time: 5, step: 1 } });
    expect(board.ranked()[0]).toMatchObject({ kind: 'violation', seed: 3 });
  });
});
