/**
 * Log replay speed for `npm run bench` (issue 17): a generated 500 000-line log of a 7-server ensemble
 * (bench/ensemble-log.ts: hours of traffic between elections) replayed from text to a run, in lines per
 * second, with a check that the replay found the last election's leader.
 */
import { replayLogs, summarize } from '../src/replay/index';
import { generateEnsembleLogs } from './ensemble-log';

/** Runs the replay bench. */
export function runReplayBench(): { figures: Record<string, number>; targets: Record<string, string> } {
  // A smaller replay first, so the figure is the parser's speed and not the JIT's warm-up.
  replayLogs(generateEnsembleLogs(7, 50_000).files);
  const g = generateEnsembleLogs(7, 500_000);
  const t0 = performance.now();
  let progressCalls = 0;
  const { run, problems } = replayLogs(g.files, () => progressCalls++);
  const ms = performance.now() - t0;
  const summary = summarize(run);
  const found = summary.servers[String(g.lastLeader)];
  if (problems.length > 0 || found?.state !== 'LEADING' || summary.unparsedLines !== 0 || found.round !== g.lastRound) {
    throw new Error(`replay bench: the generated log did not replay as generated (${JSON.stringify({ problems, found, lastLeader: g.lastLeader, lastRound: g.lastRound, unparsed: summary.unparsedLines })})`);
  }
  return {
    figures: {
      'replay.lines': g.lines,
      'replay.linesPerSec': Math.round(g.lines / (ms / 1000)),
      'replay.ms500kLines': Math.round(ms),
      'replay.progressReports': progressCalls,
    },
    targets: { 'replay.linesPerSec': '≥ 100000 (500 000 lines in ≤ 5 s)' },
  };
}
