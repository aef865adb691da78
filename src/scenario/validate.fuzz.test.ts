/**
 * validateScenario never throws (issue 11): on any JSON value, on a real preset with any field replaced by
 * any JSON value, and on values nested 100 000 deep, it returns a scenario or one line per problem.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, validateScenario, type Validated } from './validate';
import { phraseText } from './phrase';

const preset = JSON.parse(readFileSync('src/scenario/presets/leader-crash.json', 'utf8')) as Record<string, unknown>;
const oneLinePerProblem = (v: Validated): void => {
  if (!v.ok) {
    expect(v.problems.length).toBeGreaterThan(0);
    for (const p of v.problems) expect(phraseText(p)).toMatch(/^[^\n]{1,600}$/);
  }
};
const nest = (depth: number, leaf: unknown, asObject: boolean): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v];
  return v;
};

describe('validateScenario on hostile JSON', () => {
  it('any JSON value (2 000 cases)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 8 }), (v) => oneLinePerProblem(validateScenario(v))), { numRuns: 2000, seed: 11 });
  });

  it('a preset with one field (top level, a server, an event, the tour) replaced by any JSON value (2 000 cases)', () => {
    const paths = [...Object.keys(preset).map((k) => [k]), ['servers', '0'], ['servers', '0', 'id'], ['events', '0'], ['events', '3', 'do'], ['events', '3', 'command'], ['config', 'tickTime'], ['tour', '0'], ['network', 'latencyMs']];
    fc.assert(fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 5 }), (path, value) => {
      const doc = structuredClone(preset);
      let at: Record<string, unknown> = doc;
      for (const key of path.slice(0, -1)) {
        if (typeof at[key] !== 'object' || at[key] === null) return;
        at = at[key] as Record<string, unknown>;
      }
      at[path[path.length - 1] as string] = value;
      oneLinePerProblem(validateScenario(doc));
    }), { numRuns: 2000, seed: 11 });
  });

  it('100 000-deep arrays and objects in every field of a preset', () => {
    for (const key of [...Object.keys(preset), 'unknown']) {
      for (const asObject of [false, true]) {
        const v = validateScenario({ ...preset, [key]: nest(100_000, 1, asObject) });
        expect(v.ok).toBe(false);
        oneLinePerProblem(v);
      }
    }
    oneLinePerProblem(validateScenario(nest(100_000, null, false)));
    oneLinePerProblem(parseScenario(`${'['.repeat(100_000)}${']'.repeat(100_000)}`));
  });

  it('keys JSON can carry but objects treat specially are plain keys: __proto__ is a comment key (_…), constructor an unknown field', () => {
    const v = parseScenario('{"__proto__":{"format":"zkscope/scenario"},"constructor":1,"format":"zkscope/scenario","version":1}');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems.map(phraseText).join('\n')).toMatch(/^constructor: is not a field of this format/);
    oneLinePerProblem(v);
  });

  it('a 5 MB title is refused with a short line', () => {
    const v = validateScenario({ ...preset, title: 'x'.repeat(5_000_000) });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(phraseText(v.problems[0]!).length).toBeLessThan(300);
  });
});
