/**
 * `npm run -s sim -- scenario.json`: runs a scenario headless and prints its outcome as one JSON
 * document (cli-contract.md §2). A bad file exits 2 with one line per problem on stderr.
 */
import { readFileSync } from 'node:fs';
import { parseScenario } from '../scenario/validate';
import { runScenario } from '../sim/run-scenario';
import { phraseText } from '../scenario/phrase';

function main(argv: string[]): number {
  if (argv.length !== 1) {
    process.stderr.write('usage: npm run -s sim -- path/to/scenario.json\n');
    return 2;
  }
  const path = argv[0];
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
  const outcome = runScenario(v.scenario);
  process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
