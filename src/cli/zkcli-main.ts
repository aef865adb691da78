/**
 * `npm run -s zkcli -- transcript.txt [--max-steps N] [--max-ms N]`: runs zkCli sessions against a
 * standalone server and prints `{"steps": [...]}` (cli-contract §3). Bad input exits 2 with one line per
 * problem on stderr; so does a run that reaches its bound.
 */
import { readFileSync } from 'node:fs';
import { parseTranscript } from '../sim/standalone/transcript.ts';
import { runTranscript } from '../sim/standalone/run-transcript.ts';
import { BOUND_OPTIONS, BOUND_USAGE, boundMessage, readBound } from './bound-args.ts';
import { parseCliArgs, usageError, type CliSpec } from './cli-args.ts';

const SPEC: CliSpec = {
  prog: 'zkcli',
  usage: `usage: npm run -s zkcli -- path/to/transcript.txt [options]\n  runs zkCli sessions against a simulated standalone server (cli-contract.md §3)\n${BOUND_USAGE}`,
  values: BOUND_OPTIONS,
};

function fail(lines: string[]): never {
  for (const l of lines) process.stderr.write(`zkcli: ${l}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  const args = parseCliArgs(SPEC, argv);
  const problems: string[] = [];
  const bound = readBound(args, problems);
  if (args.positional.length !== 1) problems.push(`expected exactly one transcript file, got ${args.positional.length} arguments`);
  if (problems.length > 0) usageError(SPEC, problems);
  const file = args.positional[0] as string;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail([`cannot read transcript "${file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`]);
  }
  const parsed = parseTranscript(text);
  if (parsed.errors.length > 0) fail(parsed.errors.map((e) => `${file}: ${e}`));
  let result: ReturnType<typeof runTranscript>;
  try {
    result = runTranscript(parsed.instructions, bound);
  } catch (e) {
    const message = boundMessage(e, bound);
    if (message === null) throw e;
    fail([`${file}: ${message}`]);
  }
  if (result.errors.length > 0) fail(result.errors.map((e) => `${file}: ${e}`));
  process.stdout.write(`${JSON.stringify({ steps: result.steps }, null, 2)}\n`);
}

main(process.argv.slice(2));
