/**
 * `npm run -s zkcli -- transcript.txt`: runs zkCli sessions against a standalone server and prints
 * `{"steps": [...]}` (cli-contract §3). Bad input exits 2 with one line per problem on stderr.
 */
import { readFileSync } from 'node:fs';
import { parseTranscript } from '../sim/standalone/transcript.ts';
import { runTranscript } from '../sim/standalone/run-transcript.ts';

function fail(lines: string[]): never {
  for (const l of lines) process.stderr.write(`zkcli: ${l}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  if (argv.length !== 1) fail([`expected exactly one transcript file, got ${argv.length} arguments (usage: npm run -s zkcli -- path/to/transcript.txt)`]);
  const file = argv[0] as string;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail([`cannot read transcript "${file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`]);
  }
  const parsed = parseTranscript(text);
  if (parsed.errors.length > 0) fail(parsed.errors.map((e) => `${file}: ${e}`));
  const { steps, errors } = runTranscript(parsed.instructions);
  if (errors.length > 0) fail(errors.map((e) => `${file}: ${e}`));
  process.stdout.write(`${JSON.stringify({ steps }, null, 2)}\n`);
}

main(process.argv.slice(2));
