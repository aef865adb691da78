/**
 * The differential test of issue 7: the same zkCli transcript through the simulator (`npm run -s zkcli`)
 * and through a real ZooKeeper 3.8 (Debian's package, started here on 127.0.0.1 with a throwaway data dir,
 * stopped by pid) must print the same after the normalisation of cli-contract §4. Skipped, with the reason
 * printed, when Java or the zookeeper package is missing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTranscript } from '../sim/standalone/transcript.ts';
import { freePort, realZooKeeperMissing, startRealZooKeeper, type RealServer } from './real-server.ts';
import { runRealTranscript } from './real-transcript.ts';
import { compareTranscripts } from './transcript-compare.ts';
import { recordRealZkCli } from './record-real-zkcli.ts';
import { RECORDED_TRANSCRIPTS } from './recorded-transcripts.ts';

const TRANSCRIPTS = ['src/bridge/testdata/differential.txt', '../shared/reference/zkcli/zkcli-basic.txt'];
const missing = realZooKeeperMissing();
if (missing !== null) console.warn(`skipping the differential test against a real ZooKeeper: ${missing}`);

const present = (file: string): boolean => {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
};

describe.skipIf(missing !== null)('the simulator and a real ZooKeeper 3.8 print the same zkCli transcript', () => {
  let server: RealServer | null = null;
  afterEach(async () => {
    await server?.stop();
    server = null;
  }, 15000);

  for (const file of TRANSCRIPTS) {
    // The contract's server starts with an empty data dir, so zxids match only on a fresh server per transcript.
    it.skipIf(!present(file))(file, async () => {
      const sim = JSON.parse(execFileSync('npm', ['run', '-s', 'zkcli', '--', file], { encoding: 'utf8' })) as { steps: [] };
      const parsed = parseTranscript(readFileSync(file, 'utf8'));
      expect(parsed.errors).toEqual([]);
      server = await startRealZooKeeper(await freePort(), 30000);
      const real = await runRealTranscript(parsed.instructions, server.connectString);
      expect(real.problems).toEqual([]);
      expect(compareTranscripts(sim.steps, real.steps)).toEqual([]);
    }, 60000);
  }

  // The command families of issue 15 through the official zkCli 3.8 itself (one JVM per session), so
  // argument parsing, usage lines and printing are compared too, not only the server's answers.
  for (const name of RECORDED_TRANSCRIPTS) {
    const file = `src/bridge/testdata/${name}.txt`;
    it(`${file} through the real zkCli`, async () => {
      const parsed = parseTranscript(readFileSync(file, 'utf8'));
      const sim = JSON.parse(execFileSync('npm', ['run', '-s', 'zkcli', '--', file], { encoding: 'utf8' })) as { steps: [] };
      const real = await recordRealZkCli(parsed.instructions);
      expect(real.problems).toEqual([]);
      expect(compareTranscripts(real.steps, sim.steps)).toEqual([]);
    }, 240000);
  }
});
