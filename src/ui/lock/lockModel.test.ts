import { describe, expect, it } from 'vitest';
import type { ClientView, RecipeView } from '../../worker/protocol.ts';
import { chain, contenders, laneStats, recipeStep } from './lockModel.ts';

const client = (name: string, recipe: Partial<RecipeView>): ClientView => ({
  name, sessionId: '0x1', timeout: 30000, server: 1, state: 'CONNECTED', killed: false, expiresAt: null, lines: [],
  recipe: { lockPath: '/locks', herd: false, phase: 'waiting', node: null, watching: null, notifications: 0, held: false, ...recipe },
});

describe('lock demo model', () => {
  const cs = contenders([
    client('lock2', { node: '/locks/lock-0000000001', phase: 'waiting', notifications: 1 }),
    client('lock1', { node: '/locks/lock-0000000000', phase: 'released', held: true }),
    client('lock3', { node: '/locks/lock-0000000002', phase: 'holding', held: true, notifications: 2 }),
    client('herd1', { node: '/herd/lock-0000000000', phase: 'holding' }),
    { ...client('c1', {}), recipe: null },
  ], 'lock');

  it('numbers the contenders of a lane by their session names', () => {
    expect(cs.map((c) => c.n)).toEqual([1, 2, 3]);
  });
  it('draws the queue in sequence order, leaving out released nodes', () => {
    expect(chain(cs).map((c) => c.n)).toEqual([2, 3]);
  });
  it('counts notifications per hand-off', () => {
    expect(laneStats(cs)).toEqual({ handoffs: 1, notifications: 3, perHandoff: '3.0' });
  });
  it('maps phases to recipe steps', () => {
    expect(['creating', 'listing', 'holding', 'waiting', 'expired'].map((p) => recipeStep(p as RecipeView['phase']))).toEqual([0, 1, 2, 3, -1]);
  });
});
