/**
 * `npm run bench`: the performance report. `npm run -s bench -- --json` prints the same figures as
 * one JSON object. Options: `--swarm-seeds N` (default 100000), `--no-ui` (skip the browser figures),
 * `--ui-only` (only the browser figures), `--ui-parts play,soak` (some groups of them, see bench/ui-parts.ts).
 */
import { parseCliArgs, wholeNumber, usageError, type CliSpec } from '../src/cli/cli-args';
import { runEngineBench } from './engine-bench';
import { runReplayBench } from './replay-bench';
import { runSwarmBench } from './swarm-bench';
import { runBreakItBench } from './breakit-bench';
import { runHistoryBench } from './history-bench';
import { parseUiParts, UI_PARTS } from './ui-parts';

interface Section {
  readonly figures: Record<string, number>;
  readonly targets: Record<string, string>;
}

const SPEC: CliSpec = {
  prog: 'bench',
  usage: [
    'usage: npm run bench -- [options]   (npm run -s bench -- --json for one JSON object)',
    '  --swarm-seeds N   seeded swarm runs (default 100000)',
    '  --no-ui           skip the browser figures',
    '  --ui-only         only the browser figures',
    `  --ui-parts LIST   only these groups of browser figures (${UI_PARTS.join(',')})`,
    '  --json            print the figures as one JSON object',
  ].join('\n'),
  values: ['--swarm-seeds', '--ui-parts'],
  switches: ['--json', '--no-ui', '--ui-only'],
};

/** The engine, Break it, history, replay and swarm figures, and the swarm's failures. */
async function runCoreBenches(seeds: number, log: (s: string) => void): Promise<{ sections: Section[]; failures: readonly string[] }> {
  const sections: Section[] = [];
  log('engine: 51-voter elections and 5-server re-election runs…');
  sections.push(runEngineBench());
  log('breakit: 1000 five-server seeds with every fault kind…');
  sections.push(runBreakItBench());
  log('history: 51 voters with 10 000 logged transactions each…');
  sections.push(runHistoryBench());
  log('replay: a generated 500 000-line log of 7 servers…');
  sections.push(runReplayBench());
  log(`swarm: ${seeds} seeds…`);
  const swarm = await runSwarmBench(seeds);
  sections.push(swarm);
  for (const f of swarm.failures.slice(0, 20)) log(`  swarm failure: ${f}`);
  return { sections, failures: swarm.failures };
}

async function main(): Promise<number> {
  const args = parseCliArgs(SPEC, process.argv.slice(2));
  const json = args.switches.has('--json');
  const seeds = wholeNumber(args, '--swarm-seeds', 1, 10_000_000, 100_000);
  if (typeof seeds === 'string') usageError(SPEC, [seeds]);
  if (args.positional.length > 0) usageError(SPEC, [`unexpected argument "${args.positional[0]}"`]);
  const partsArg = args.values.get('--ui-parts');
  const parts = partsArg ? parseUiParts(partsArg[partsArg.length - 1]) : UI_PARTS;
  if (typeof parts === 'string') usageError(SPEC, [parts]);
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  const sections: Section[] = [];
  let failures: readonly string[] = [];
  if (!args.switches.has('--ui-only')) {
    const swarm = await runCoreBenches(seeds, log);
    sections.push(...swarm.sections);
    failures = swarm.failures;
  }
  if (!args.switches.has('--no-ui')) {
    log(`ui: headless Chromium against vite preview (${parts.join(', ')})…`);
    const { runUiBench } = await import('./ui-bench');
    sections.push(await runUiBench(parts));
  }
  const figures: Record<string, number> = Object.assign({}, ...sections.map((s) => s.figures));
  const targets: Record<string, string> = Object.assign({}, ...sections.map((s) => s.targets));
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    process.stdout.write('zkscope bench\n');
    for (const [k, v] of Object.entries(figures)) {
      const target = targets[k] ? `   target ${targets[k]}` : '';
      process.stdout.write(`  ${k.padEnd(38)} ${String(v).padStart(12)}${target}\n`);
    }
  }
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
