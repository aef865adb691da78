/**
 * The simulator against what the official zkCli 3.8 printed on Debian's ZooKeeper 3.8.0 for the same
 * transcripts (`npm run -s record -- src/bridge/testdata/NAME.txt`, recorded beside each as NAME.json):
 * 0 differences after cli-contract §4. Runs without Java; the differential test re-records live.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../sim/standalone/transcript.ts';
import { runTranscript } from '../sim/standalone/run-transcript.ts';
import { compareTranscripts } from './transcript-compare.ts';
import { RECORDED_TRANSCRIPTS } from './recorded-transcripts.ts';

describe('the simulator prints what the real zkCli 3.8 printed', () => {
  for (const name of RECORDED_TRANSCRIPTS) {
    it(name, () => {
      const text = readFileSync(`src/bridge/testdata/${name}.txt`, 'utf8');
      const recording = JSON.parse(readFileSync(`src/bridge/testdata/${name}.json`, 'utf8')) as { commands: string[]; steps: [] };
      const parsed = parseTranscript(text);
      expect(parsed.errors).toEqual([]);
      // The recording is of this very script.
      expect(recording.commands).toEqual(text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('# ')));
      const sim = runTranscript(parsed.instructions);
      expect(sim.errors).toEqual([]);
      expect(compareTranscripts(recording.steps, sim.steps)).toEqual([]);
    });
  }
});
