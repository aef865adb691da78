/**
 * `npm run -s replay -- s1.log s2.log s3.log`: reconstructs the election the ZooKeeper server logs show and
 * prints one JSON object (see src/replay/summary.ts) plus the layout detected per file, the clock shifts
 * applied and the number of lines skipped on purpose (blank, fences, comments, headings). A file may be a
 * note with several servers' logs pasted in it. Bad input exits 2 with one line per problem on stderr.
 */
import { readFileSync } from 'node:fs';
import { replayLogs, summarize, type LogFile } from '../replay/index.ts';
import { phraseText } from '../scenario/phrase';
import { parseCliArgs, usageError, type CliSpec } from './cli-args.ts';

const SPEC: CliSpec = {
  prog: 'replay',
  usage: 'usage: npm run -s replay -- s1.log [s2.log …]\n  reconstructs the last election from ZooKeeper 3.4–3.9 server logs and prints one JSON object',
};

function fail(lines: string[]): never {
  for (const l of lines) process.stderr.write(`replay: ${l}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  const args = parseCliArgs(SPEC, argv);
  if (args.positional.length === 0) usageError(SPEC, ['expected one or more ZooKeeper server log files']);
  const files: LogFile[] = [];
  const problems: string[] = [];
  for (const name of args.positional) {
    try {
      files.push({ name, text: readFileSync(name, 'utf8') });
    } catch (e) {
      problems.push(`cannot read log file "${name}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (files.length === 0) fail(problems);
  const { run, problems: replayProblems } = replayLogs(files);
  // Every problem of every file is reported at once, so the user fixes them in one go.
  if (problems.length + replayProblems.length > 0) fail([...problems, ...replayProblems.map(phraseText)]);
  process.stdout.write(`${JSON.stringify({ ...summarize(run), layouts: run.layouts, clockShifts: run.clockShifts, skippedLines: run.skipped.length })}\n`);
}

main(process.argv.slice(2));
