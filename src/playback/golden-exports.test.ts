/**
 * The trace export and the share link of every preset stay byte-identical across refactors of the
 * message and frame shapes: each is pinned by its SHA-256 and length in testdata/golden-exports.json.
 * `UPDATE_GOLDEN=1 npx vitest run src/playback/golden-exports.test.ts` rewrites it (read the diff: a
 * change here changes files and links users already have).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENSEMBLE_PRESETS, ensembleScenario, listPresets } from '../scenario/presets/index';
import type { Scenario } from '../scenario/types';
import { shareLink, traceText } from './teaching';

const GOLDEN = 'src/playback/testdata/golden-exports.json';

const digest = (text: string) => ({ sha256: createHash('sha256').update(text).digest('hex'), length: text.length });

/** A moment with a user action in it, so the link carries actions, a branch, a time, panels and a language. */
function exportsOf(scenario: Scenario): Record<string, { sha256: string; length: number }> {
  const snapshot = { scenario, actions: [{ afterStep: 12, event: { at: 40, do: 'stop' as const, server: 1, signal: 'KILL' as const } }], branch: 0, step: 30, t: 55 };
  const link = shareLink(snapshot, ['tally', 'log'], 'zh-CN');
  return { trace: digest(traceText(snapshot)), link: digest('hash' in link ? link.hash : `problem: ${link.problem}`) };
}

describe('exports of the presets are byte-identical', () => {
  it('every library preset and quick ensemble gives the pinned trace JSON and share link', () => {
    const actual: Record<string, unknown> = {};
    for (const { id, scenario } of listPresets()) actual[id] = exportsOf(scenario);
    for (const id of ENSEMBLE_PRESETS) actual[`ensemble:${id}`] = exportsOf(ensembleScenario(id));
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
    // Runs every preset to its end: seconds on a loaded machine, so not the default 5 s budget.
  }, 120_000);
});
