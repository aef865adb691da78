/**
 * `npm run bench`: the performance report. `npm run -s bench -- --json` prints the same figures as
 * one JSON object. Options: `--swarm-seeds N` (default 100000), `--no-ui` (skip the browser figures).
 */
import { runEngineBench } from './engine-bench';
import { runReplayBench } from './replay-bench';
import { runSwarmBench } from './swarm-bench';

interface Section {
  readonly figures: Record<string, number>;
  readonly targets: Record<string, string>;
}

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const seeds = Number(option('--swarm-seeds') ?? 100_000);
  if (!Number.isSafeInteger(seeds) || seeds < 1 || seeds > 10_000_000) {
    process.stderr.write('--swarm-seeds: a whole number from 1 to 10000000\n');
    return 2;
  }
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  const sections: Section[] = [];
  log('engine: 51-voter elections and 5-server re-election runs…');
  sections.push(runEngineBench());
  log('replay: a generated 500 000-line log of 7 servers…');
  sections.push(runReplayBench());
  log(`swarm: ${seeds} seeds…`);
  const swarm = await runSwarmBench(seeds);
  sections.push(swarm);
  for (const f of swarm.failures.slice(0, 20)) log(`  swarm failure: ${f}`);
  if (!process.argv.includes('--no-ui')) {
    log('ui: headless Chromium against vite preview…');
    const { runUiBench } = await import('./ui-bench');
    sections.push(await runUiBench());
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
  return swarm.failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
