/**
 * `npm run -s sim -- scenario.json [--max-steps N] [--max-ms N]`: runs a scenario headless and prints its
 * outcome as one JSON document (cli-contract.md §2). A bad file exits 2 with one line per problem on
 * stderr; so does a run that reaches its bound.
 */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../scenario/validate';
import { runScenario } from '../sim/run-scenario';
import { phraseText } from '../scenario/phrase';
import { BOUND_OPTIONS, BOUND_USAGE, boundMessage, readBound } from './bound-args';
import { parseCliArgs, usageError, type CliSpec } from './cli-args';

const SPEC: CliSpec = {
  prog: 'sim',
  usage: `usage: npm run -s sim -- path/to/scenario.json [options]\n  prints the run's outcome as one JSON document (cli-contract.md §2)\n${BOUND_USAGE}`,
  values: BOUND_OPTIONS,
};

function main(argv: string[]): number {
  const args = parseCliArgs(SPEC, argv);
  const problems: string[] = [];
  const bound = readBound(args, problems);
  if (args.positional.length !== 1) problems.push(`expected exactly one scenario file, got ${args.positional.length}`);
  if (problems.length > 0) usageError(SPEC, problems);
  const path = args.positional[0] as string;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    process.stderr.write(`${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
  const v = parseScenario(text);
  if (!v.ok) {
    for (const problem of v.problems) process.stderr.write(`${path}: ${phraseText(problem)}\n`);
    return 2;
  }
  try {
    const outcome = runScenario(v.scenario, undefined, bound);
    process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
    return 0;
  } catch (e) {
    const message = boundMessage(e, bound);
    if (message === null) throw e;
    process.stderr.write(`${path}: ${message}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
