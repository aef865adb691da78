/**
 * Ranking what a search found: invariant violations first (each one a bug report with its seed), then
 * the seed that pushed each quantity furthest. A finding opens as an ordinary scenario at its moment.
 */
import type { Scenario } from '../../scenario/types';
import type { SeedOutcome } from './run';
import type { SeedStats } from './observe';

/** What kind of thing a finding is, in ranking order. */
export const FINDING_KINDS = [
  'violation', 'longestElection', 'maxRound', 'notifications', 'trunc', 'snap', 'quorumLost', 'splitVotes',
] as const;
/** One kind of finding. */
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A seed worth opening, the number that made it stand out and the moment to open it at. */
export interface Finding {
  readonly kind: FindingKind;
  readonly seed: number;
  readonly value: number;
  /** The virtual time of the interesting moment. */
  readonly at: number;
  /** For a violation: the property and what broke it. */
  readonly detail: string | null;
  readonly scenario: Scenario;
}

/** The best finding of each kind so far; keeps one scenario per kind, not one per seed. */
export class FindingBoard {
  private readonly violations: Finding[] = [];
  private readonly best = new Map<Exclude<FindingKind, 'violation'>, Finding>();

  /** Folds in one seed. */
  add(s: SeedOutcome): void {
    if (s.violation) {
      const v = s.violation;
      this.violations.push({ kind: 'violation', seed: s.seed, value: 1, at: v.time, detail: `${v.property}: ${v.detail}`, scenario: s.scenario });
    }
    for (const kind of FINDING_KINDS) {
      if (kind === 'violation') continue;
      const peak = s.stats[kind as keyof SeedStats];
      const held = this.best.get(kind);
      // Ties keep the earlier seed, so a search's answer does not depend on how it was split into chunks.
      if (peak.value > 0 && (!held || peak.value > held.value)) {
        this.best.set(kind, { kind, seed: s.seed, value: peak.value, at: peak.at, detail: null, scenario: s.scenario });
      }
    }
  }

  /** Violations first, then the other kinds in their order. */
  ranked(): Finding[] {
    const rest = FINDING_KINDS.flatMap((k) => (k === 'violation' ? [] : this.best.has(k) ? [this.best.get(k)!] : []));
    return [...this.violations, ...rest];
  }
}
