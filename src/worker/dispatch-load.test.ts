import { describe, expect, it } from 'vitest';
import { singleBranchRecipe } from '../playback/session-recipe';
import { shareLink } from '../playback/teaching';
import { startTogetherDocument, startTogetherScenario } from '../scenario/presets/start-together';
import { phraseText } from '../scenario/phrase';
import { dispatch, isLoading, pumpLoad } from './dispatch';
import type { Frame, Reply } from './protocol';

const types = (rs: Reply[]) => rs.map((r) => r.type);
const frameOf = (rs: Reply[]): Frame => {
  const f = rs.find((r) => r.type === 'frame');
  if (f?.type !== 'frame') throw new Error(`no frame in ${types(rs).join(',')}`);
  return f.frame;
};
/** A link to the moment after `step` steps of three voters. */
function linkTo(step: number): string {
  const r = shareLink({ scenario: startTogetherScenario(3), actions: [], branch: 0, step, t: 0 }, [], 'en');
  if (!('hash' in r)) throw new Error('no link');
  return r.hash;
}

describe('opening a link is computed in chunks, and Cancel keeps the run on screen', () => {
  it('a heavy link answers with progress first; Cancel leaves the previous run exactly as it was', () => {
    expect(types(dispatch({ type: 'load', hash: null, preset: 'five' }))).toEqual(['loaded', 'frame', 'recipe']);
    const shown = frameOf(dispatch({ type: 'seekTime', t: 1500, req: 1 }));
    const first = dispatch({ type: 'load', hash: linkTo(200_000), preset: null });
    expect(first).toEqual([{ type: 'loadProgress', stepsDone: 1_000, stepsTotal: 200_000 }]);
    expect(isLoading()).toBe(true);
    // The run on screen keeps answering while the link is computed.
    expect(pumpLoad(0)[0]).toMatchObject({ type: 'loadProgress', stepsDone: 2_000 });
    expect(frameOf(dispatch({ type: 'seekTime', t: 1500, req: 2 })).servers).toEqual(shown.servers);
    expect(dispatch({ type: 'cancelLoad' })).toEqual([{ type: 'loadCancelled' }]);
    expect(isLoading()).toBe(false);
    expect(pumpLoad(0)).toEqual([]);
    const after = frameOf(dispatch({ type: 'seekTime', t: 1500, req: 3 }));
    expect({ ...after, req: 1, markers: null }).toEqual({ ...shown, markers: null });
  });

  it('a link that finishes opens its moment and ends with what a restart needs', () => {
    dispatch({ type: 'load', hash: linkTo(2_500), preset: null });
    let replies: Reply[] = [];
    while (isLoading()) replies = pumpLoad(0);
    expect(types(replies)).toEqual(['loaded', 'frame', 'recipe']);
    expect(frameOf(replies).step).toBe(2_500);
    const recipe = replies.find((r) => r.type === 'recipe');
    expect(recipe?.type === 'recipe' && recipe.recipe.step).toBe(2_500);
  });

  it('a link past the step budget is refused at once, naming the bound, and the run stays', () => {
    const shown = frameOf(dispatch({ type: 'load', hash: null, preset: 'three' }));
    const r = dispatch({ type: 'load', hash: linkTo(20_000_000), preset: null });
    expect(types(r)).toEqual(['loadRefused']);
    if (r[0].type === 'loadRefused') expect(phraseText(r[0].problem)).toContain('more than the 10000000 a link or file may take');
    expect(frameOf(dispatch({ type: 'seekStep', step: 0, req: 0 }))).toEqual({ ...shown, markers: null });
  });

  it('a restarted worker rebuilds the recipe it is given, at its moment', () => {
    const r = dispatch({ type: 'restore', recipe: singleBranchRecipe(startTogetherScenario(3), [], 300, 700), preset: 'three' });
    expect(types(r)).toEqual(['loaded', 'frame', 'recipe']);
    expect(frameOf(r)).toMatchObject({ step: 300, t: 700 });
    expect(r[0]).toMatchObject({ type: 'loaded', preset: 'three' });
  });
});

describe('Share on a run too big for a link', () => {
  it('says no link was made, as its own reply: the worker has not failed', () => {
    const doc = startTogetherDocument(3) as { events: unknown[] };
    // Thousands of distinct commands do not compress into a link's 64 000 characters.
    const events = Array.from({ length: 6_000 }, (_, i) => ({ at: i, do: 'client', session: 'c1', command: `create /n${i} ${(i * 2_654_435_761) >>> 0}` }));
    const file = JSON.stringify({ ...doc, events: [...doc.events, ...events] });
    expect(types(dispatch({ type: 'load', hash: null, preset: null, file }))).toEqual(['loaded', 'frame', 'recipe']);
    const r = dispatch({ type: 'share' });
    expect(types(r)).toEqual(['shareRefused']);
    if (r[0].type === 'shareRefused') expect(phraseText(r[0].problem)).toMatch(/save (it|the run) as a file instead/);
  });
});
