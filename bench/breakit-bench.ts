/**
 * Break it's speed, through the same search the panel's worker runs: five voters, every fault kind,
 * 300 seeds to warm up, then 1000 timed (one thread, as in the browser).
 */
import { BreakItSearch } from '../src/sim/breakit/search';
import { FAULT_KINDS } from '../src/sim/breakit/options';

/** The figure breakit.seedsPerSec5 and its violations count. */
export function runBreakItBench(): { figures: Record<string, number>; targets: Record<string, string> } {
  new BreakItSearch({ voters: 5, faults: FAULT_KINDS, seeds: 300, firstSeed: 1_000_000 }).next(300);
  const search = new BreakItSearch({ voters: 5, faults: FAULT_KINDS, seeds: 1000, firstSeed: 1 });
  const t0 = performance.now();
  const progress = search.next(1000);
  const seconds = (performance.now() - t0) / 1000;
  const violations = progress.findings.filter((f) => f.kind === 'violation').length;
  return {
    figures: { 'breakit.seedsPerSec5': Math.round(1000 / seconds), 'breakit.violations5': violations },
    targets: { 'breakit.seedsPerSec5': '≥ 200', 'breakit.violations5': '0' },
  };
}
