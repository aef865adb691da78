/**
 * Golden transcripts (design §6): each testdata/*.txt runs through the transcript runner and must print
 * exactly testdata/*.golden.json. Regenerate with UPDATE_GOLDEN=1 and read the diff before committing.
 */
import { describe, expect, it } from 'vitest';
import { runTranscript } from './run-transcript.ts';
import { parseTranscript } from './transcript.ts';
import { envVar, loadFs } from './test-files.ts';

const DIR = 'src/sim/standalone/testdata';
const fs = await loadFs();
const names = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('standalone transcripts match their golden output', () => {
  it.each(names)('%s', (name) => {
    const parsed = parseTranscript(fs.readFileSync(`${DIR}/${name}`, 'utf8'));
    expect(parsed.errors).toEqual([]);
    const { steps, errors } = runTranscript(parsed.instructions);
    expect(errors).toEqual([]);
    const actual = `${JSON.stringify({ steps }, null, 2)}\n`;
    const golden = `${DIR}/${name.replace(/\.txt$/, '.golden.json')}`;
    if (envVar('UPDATE_GOLDEN') === '1' || !fs.existsSync(golden)) fs.writeFileSync(golden, actual);
    expect(actual).toBe(fs.readFileSync(golden, 'utf8'));
  });

  it('runs are byte-identical (determinism)', () => {
    const parsed = parseTranscript(fs.readFileSync(`${DIR}/${names[0]}`, 'utf8'));
    expect(JSON.stringify(runTranscript(parsed.instructions))).toBe(JSON.stringify(runTranscript(parsed.instructions)));
  });
});
