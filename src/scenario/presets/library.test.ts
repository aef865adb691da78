/**
 * The library as a whole: every preset file is a valid scenario file with both languages, the index
 * lists exactly the files, and each runs through `runScenario` (what `npm run sim` prints) twice
 * with byte-identical output.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/run-scenario';
import { parseScenario } from '../validate';
import { DEFAULT_PRESET_ID, PRESET_IDS, isPresetId, listPresets, localized, presetDocument } from './index';
import { phraseText } from '../phrase';

const DIR = path.dirname(new URL(import.meta.url).pathname);
const ROOT = path.resolve(DIR, '../../..');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const simOutput = (text: string): string => {
  const v = parseScenario(text);
  if (!v.ok) throw new Error(v.problems.map(phraseText).join('\n'));
  return `${JSON.stringify(runScenario(v.scenario), null, 2)}\n`;
};

describe('the scenario library', () => {
  it('has at least 14 presets, one per file, with stable ids that match the file names', () => {
    expect(PRESET_IDS.length).toBeGreaterThanOrEqual(14);
    expect([...PRESET_IDS].sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')));
    expect(isPresetId(DEFAULT_PRESET_ID)).toBe(true);
    expect(isPresetId('__proto__')).toBe(false);
    expect(isPresetId('toString')).toBe(false);
  });

  it('every preset has a title, an explanation and a question in English and Simplified Chinese', () => {
    for (const { id, scenario } of listPresets()) {
      for (const field of [scenario.titles, scenario.explain, scenario.question]) {
        expect(field?.en, id).toMatch(/\S/);
        expect(field?.['zh-CN'], id).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(scenario.title, id).toBe(scenario.titles?.en);
      expect(localized(scenario.explain, 'zh-CN')).toBe(scenario.explain?.['zh-CN']);
      // The index serves the file exactly as written.
      expect(presetDocument(id)).toEqual(JSON.parse(readFileSync(path.join(DIR, `${id}.json`), 'utf8')));
    }
  });

  it.each(files)('%s validates and runs through runScenario twice with byte-identical output', (file) => {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    const first = simOutput(text);
    expect(simOutput(text)).toBe(first);
    expect(JSON.parse(first).snapshots.length).toBeGreaterThan(0);
  });

  it('`npm run -s sim -- <preset>.json` prints exactly what runScenario gives', () => {
    const file = path.join(DIR, 'leader-crash.json');
    const out = execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/sim-main.ts'), file], { encoding: 'utf8' });
    expect(out).toBe(simOutput(readFileSync(file, 'utf8')));
  });
});

describe('optional teaching texts in scenario files', () => {
  const base = { format: 'zkscope/scenario', version: 1, servers: [{ id: 1 }], until: 0 };
  it('a text field must be an object of languages with plain texts', () => {
    const v = parseScenario(JSON.stringify({ ...base, explain: 'words', question: { en: 1, fr: 'x' } }));
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map(phraseText)).toEqual([
      'explain: is "words"; allowed: an object of texts by language, like {"en": "…", "zh-CN": "…"}',
      'question.fr: is not a field of this format; allowed: en, zh-CN, or a comment key starting with _',
      'question.en: is 1; allowed: a plain text of at most 4000 characters',
    ]);
  });

  it('a file without them stays exactly as before', () => {
    const v = parseScenario(JSON.stringify(base));
    expect(v.ok && Object.keys(v.scenario)).toEqual(['format', 'version', 'title', 'seed', 'servers', 'config', 'network', 'events', 'until']);
  });
});
