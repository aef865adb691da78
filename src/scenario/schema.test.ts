import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFileText, scenarioWithActions } from '../playback/teaching';
import { PRESET_IDS, presetScenario } from './presets';
import { SCHEMA_PATH, schemaErrors } from './schema.test-helper';
import { validateScenario } from './validate';
import { SCHEMA_ONLY_ACCEPTS, INVALID, VALID } from './schema-corpus.test-helper';

const PRESETS_DIR = path.resolve(import.meta.dirname, 'presets');
const presetFiles = fs.readdirSync(PRESETS_DIR).filter((f) => f.endsWith('.json'));

describe('public/scenario.schema.json', () => {
  it('every preset names the schema in $schema and validates against it', () => {
    expect(presetFiles.length).toBeGreaterThan(10);
    for (const file of presetFiles) {
      const doc = JSON.parse(fs.readFileSync(path.join(PRESETS_DIR, file), 'utf8'));
      expect(path.resolve(PRESETS_DIR, doc.$schema), file).toBe(SCHEMA_PATH);
      expect(schemaErrors(doc), file).toEqual([]);
    }
  });

  it('every file the app saves validates: each preset and a run with every kind of user action', () => {
    const schemaUrl = 'https://example.org/course/zkscope/scenario.schema.json';
    const saved = PRESET_IDS.map((id) => scenarioFileText(presetScenario(id), schemaUrl));
    const three = presetScenario('fresh-start-3');
    const actions = [
      { at: 10, do: 'stop', server: 2, signal: 'KILL' }, { at: 20, do: 'start', server: 2 },
      { at: 30, do: 'cut', servers: [1, 3] }, { at: 40, do: 'mend', servers: [1, 3] }, { at: 50, do: 'drop', message: 7 },
      { at: 60, do: 'partition', groups: [[1], [2, 3]] }, { at: 70, do: 'heal' },
      { at: 80, do: 'client', session: 'c1', servers: null, command: 'create /a x' },
      { at: 90, do: 'lock', session: 'c2', servers: [1], path: '/locks', herd: false }, { at: 95, do: 'unlock', session: 'c2' },
      { at: 99, do: 'kill', session: 'c1' },
    ] as const;
    const snapshot = { scenario: three, actions: actions.map((event, i) => ({ afterStep: i, event })), branch: 0, step: 0, t: 0 };
    saved.push(scenarioFileText(scenarioWithActions(snapshot as never), schemaUrl));
    for (const text of saved) {
      const doc = JSON.parse(text);
      expect(doc.$schema).toBe(schemaUrl);
      expect(schemaErrors(doc), doc.title).toEqual([]);
      expect(validateScenario(doc).ok, doc.title).toBe(true);
    }
  });

  describe('agrees with the hand-written validator', () => {
    it.each(VALID.map((c) => [c.name, c.doc] as const))('both accept: %s', (_name, doc) => {
      expect(schemaErrors(doc)).toEqual([]);
      expect(validateScenario(doc)).toMatchObject({ ok: true });
    });

    it.each(INVALID.map((c) => [c.name, c.doc] as const))('both reject: %s', (_name, doc) => {
      expect(schemaErrors(doc)).not.toEqual([]);
      expect(validateScenario(doc)).toMatchObject({ ok: false });
    });

    // What a schema cannot see (it needs the whole file): the validator alone rejects these.
    it.each(SCHEMA_ONLY_ACCEPTS.map((c) => [c.name, c.doc] as const))('only the validator rejects (a whole-file rule): %s', (_name, doc) => {
      expect(schemaErrors(doc)).toEqual([]);
      expect(validateScenario(doc)).toMatchObject({ ok: false });
    });
  });
});
