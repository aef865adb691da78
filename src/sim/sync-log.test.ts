/**
 * The leader's sync lines in the event log read like a real 3.8.0 leader's (LearnerHandler.syncFollower,
 * LearnerHandler.run): compared word for word with ../shared/reference/raw/ensemble-3-start-1-2-then-3.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/validate';
import type { LogLine } from './log-lines';
import { runUntilLogging } from './log-run';
import { createWorld } from './world';

const RAW = '../shared/reference/raw/ensemble-3-start-1-2-then-3.json';

/** `[LearnerHandler@805] - Synchronizing …` without timestamp and thread, for lines about syncing learners. */
const syncPart = (line: string): string | null => {
  const m = /\[LearnerHandler-[^:\]]+:\d+:(LearnerHandler@\d+|ZKDatabase@\d+)\] - (.*)$/.exec(line);
  // "Follower sid: N : info : host:port…" names addresses we do not model.
  return m && m[1] !== 'LearnerHandler@510' ? `${m[1]} - ${m[2]}` : null;
};

describe('point 8: sync lines as ZooKeeper logs them', () => {
  it.skipIf(!existsSync(RAW))('the late joiner: leader 2 logs the same LearnerHandler lines as the recorded real leader', () => {
    const v = parseScenario(readFileSync('src/sim/testdata/late-joiner.scenario.json', 'utf8'));
    if (!v.ok) throw new Error(v.problems.join('\n'));
    const w = createWorld(v.scenario);
    const lines: LogLine[] = [];
    runUntilLogging(w, v.scenario.until, lines);
    const ours = lines.filter((l) => l.sid === 2).map((l) => syncPart(l.text)).filter((x) => x !== null);
    const rec = JSON.parse(readFileSync(RAW, 'utf8')) as { phases: { servers: Record<string, { logLines: string[] }> }[] };
    const real = rec.phases.flatMap((p) => p.servers['2']?.logLines ?? []).map(syncPart).filter((x) => x !== null);
    expect(ours).toEqual(real);
  });
});
