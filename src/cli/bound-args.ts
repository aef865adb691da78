/**
 * `--max-steps` and `--max-ms` of `sim` and `zkcli`: every run is bounded, by default too, and a run that
 * reaches its bound exits 2 naming it.
 */
import { RunBoundExceeded, type RunBound } from '../sim/run-bound.ts';
import { wholeNumber, type ParsedArgs } from './cli-args.ts';

/** The default bound: far above any preset (the largest takes well under a million steps). */
export const DEFAULT_MAX_STEPS = 20_000_000;
export const DEFAULT_MAX_MS = 60_000;

/** The options' usage lines. */
export const BOUND_USAGE = [
  `  --max-steps N   stop (exit 2) after N simulation steps (default ${DEFAULT_MAX_STEPS})`,
  `  --max-ms N      stop (exit 2) after N ms of wall-clock time (default ${DEFAULT_MAX_MS})`,
].join('\n');

/** The option names, for the CLI's spec. */
export const BOUND_OPTIONS = ['--max-steps', '--max-ms'] as const;

/** The bound the options ask for, with the wall clock started now; problem lines go to `problems`. */
export function readBound(args: ParsedArgs, problems: string[]): RunBound & { maxMs: number } {
  const steps = wholeNumber(args, '--max-steps', 1, 1_000_000_000, DEFAULT_MAX_STEPS);
  const ms = wholeNumber(args, '--max-ms', 1, 86_400_000, DEFAULT_MAX_MS);
  for (const v of [steps, ms]) if (typeof v === 'string') problems.push(v);
  const maxMs = typeof ms === 'number' ? ms : DEFAULT_MAX_MS;
  const started = Date.now();
  return { maxSteps: typeof steps === 'number' ? steps : DEFAULT_MAX_STEPS, maxMs, overTime: () => Date.now() - started > maxMs };
}

/** The one line for a run stopped by its bound, or null when `e` is something else. */
export function boundMessage(e: unknown, bound: RunBound & { maxMs: number }): string | null {
  if (!(e instanceof RunBoundExceeded)) return null;
  return e.bound === 'steps'
    ? `stopped after ${e.steps} simulation steps (--max-steps ${bound.maxSteps}) at virtual time ${e.atMs} ms; raise --max-steps or shorten the run`
    : `stopped after ${bound.maxMs} ms of wall-clock time (--max-ms ${bound.maxMs}), ${e.steps} steps in, at virtual time ${e.atMs} ms; raise --max-ms or shorten the run`;
}
