/**
 * What a Break it search explores: an ensemble size, a mix of faults and a number of seeds. Shared by
 * the panel (through the worker protocol), the bench and the tests.
 */

/** The kinds of fault a search may throw at the ensemble. */
export const FAULT_KINDS = ['crash', 'partition', 'loss', 'delay', 'duplicate', 'skew'] as const;
/** One kind of fault. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A search: voters, the faults to mix, how many seeds, and the first seed. */
export interface BreakItOptions {
  readonly voters: number;
  readonly faults: readonly FaultKind[];
  readonly seeds: number;
  readonly firstSeed: number;
}

/** The ensemble sizes offered (ZooKeeper ensembles are usually odd). */
export const BREAKIT_SIZES = [3, 5, 7] as const;
/** The most seeds one search runs. */
export const MAX_BREAKIT_SEEDS = 100_000;

/** Checks a search request (it comes from the UI over postMessage); returns a problem or null. */
export function breakItProblem(o: unknown): string | null {
  if (typeof o !== 'object' || o === null) return 'the search is not an object';
  const r = o as Record<string, unknown>;
  if (!BREAKIT_SIZES.includes(r.voters as 3)) return `voters is ${String(r.voters)}; allowed: ${BREAKIT_SIZES.join(', ')}`;
  if (!Array.isArray(r.faults) || r.faults.some((f) => !FAULT_KINDS.includes(f as FaultKind))) return `faults must be a list of ${FAULT_KINDS.join(', ')}`;
  if (!Number.isInteger(r.seeds) || (r.seeds as number) < 1 || (r.seeds as number) > MAX_BREAKIT_SEEDS) return `seeds is ${String(r.seeds)}; allowed: 1 to ${MAX_BREAKIT_SEEDS}`;
  if (!Number.isInteger(r.firstSeed) || (r.firstSeed as number) < 0 || (r.firstSeed as number) > 0xffffffff - MAX_BREAKIT_SEEDS) return `firstSeed is ${String(r.firstSeed)}`;
  return null;
}
