import { describe, expect, it } from 'vitest';
import { PRESET_IDS, presetScenario } from '../scenario/presets/index';
import { phraseText } from '../scenario/phrase';
import { Problems } from '../scenario/problems';
import { validateScenario } from '../scenario/validate';
import { validateTour } from '../scenario/validate-tour';
import { resolveTour } from './tour';
import { Run } from './run';

describe('guided tours', () => {
  it('the fresh start, late joiner, leader crash (with Zab broadcast) and lock recipe presets carry bilingual tours', () => {
    for (const id of ['fresh-start-3', 'late-joiner', 'leader-crash', 'lock-recipe'] as const) {
      const tour = presetScenario(id).tour ?? [];
      expect(tour.length, id).toBeGreaterThanOrEqual(4);
      for (const s of tour) {
        expect(s.text.en && s.text['zh-CN'], id).toBeTruthy();
        expect(s.look?.en && s.look['zh-CN'], id).toBeTruthy();
      }
    }
    const codes = (presetScenario('leader-crash').tour ?? []).map((s) => s.mark?.code);
    expect(codes).toEqual(expect.arrayContaining(['zab.propose', 'zab.commit']));
  });

  it('every tour step of every preset is found in its run, in order, and lands on that mark', () => {
    for (const id of PRESET_IDS) {
      const scenario = presetScenario(id);
      const tour = scenario.tour ?? [];
      const moments = resolveTour(scenario, tour);
      expect(moments).toHaveLength(tour.length);
      moments.forEach((m, i) => {
        if (i > 0) expect(m.step, `${id} step ${i}`).toBeGreaterThan(moments[i - 1].step);
        const mark = tour[i].mark;
        if (!mark) return;
        // The moment is the one just after the step that fired the mark.
        const run = new Run(scenario, []);
        run.seekStep(m.step);
        expect(run.lastRecord?.marks.some((x) => x.code === mark.code && (mark.sid === undefined || x.sid === mark.sid)), `${id} step ${i}`).toBe(true);
      });
    }
  });

  it('resolving twice gives the same moments (Back restores exactly)', () => {
    const s = presetScenario('leader-crash');
    expect(resolveTour(s, s.tour ?? [])).toEqual(resolveTour(s, s.tour ?? []));
  });

  it('a tour is optional, and each of its problems is named', () => {
    const base = { format: 'zkscope/scenario', version: 1, servers: [{ id: 1 }], events: [], until: 100 };
    expect(validateScenario(base).ok).toBe(true);
    const p = new Problems();
    validateTour([{ text: { en: 'x' } }, { at: -1, text: { fr: 'x' } }, { mark: { code: '<img>' }, text: { en: 'y' }, highlight: { servers: [9], panel: 1 } }, 'nope'], new Set([1]), p);
    expect(p.list.map(phraseText).join('\n')).toMatch(/tour\[0\]: has neither/);
    expect(p.list.map(phraseText).join('\n')).toMatch(/tour\[1\]\.at/);
    expect(p.list.map(phraseText).join('\n')).toMatch(/tour\[1\]\.text\.fr/);
    expect(p.list.map(phraseText).join('\n')).toMatch(/tour\[2\]\.mark\.code/);
    expect(p.list.map(phraseText).join('\n')).toMatch(/tour\[2\]\.highlight\.servers/);
    expect(p.list.map(phraseText).join('\n')).toMatch(/tour\[2\]\.highlight\.panel/);
    expect(p.list.map(phraseText).join('\n')).toMatch(/tour\[3\]/);
    const bad = validateScenario({ ...base, tour: [] });
    expect(bad.ok).toBe(false);
  });
});
