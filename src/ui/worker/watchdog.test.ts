import { describe, expect, it } from 'vitest';
import { Watchdog } from './watchdog';

describe('the watchdog tells a busy worker from a stalled one', () => {
  it('quiet while nothing is owed is not a stall, however long', () => {
    const dog = new Watchdog(0, 1_000);
    expect(dog.stalledFor(1e9)).toBeNull();
  });

  it('a command unanswered past the bound is a stall, counted from when it was sent', () => {
    const dog = new Watchdog(0, 1_000);
    dog.sent(50_000);
    expect(dog.stalledFor(50_900)).toBeNull();
    expect(dog.stalledFor(51_200)).toBe(1_200);
    dog.heard({ type: 'handled' }, 51_300);
    expect(dog.stalledFor(99_000)).toBeNull();
  });

  it('a reply without `handled` keeps the wait alive but restarts its clock', () => {
    const dog = new Watchdog(0, 1_000);
    dog.sent(0);
    dog.sent(10);
    dog.heard({ type: 'handled' }, 500);
    dog.heard({ type: 'shared', hash: 'x' }, 1_400);
    expect(dog.stalledFor(2_300)).toBeNull();
    expect(dog.stalledFor(2_500)).toBe(1_100);
  });

  it('a load under way is owed until it opens, is refused or is cancelled; its progress is a sign of life', () => {
    const dog = new Watchdog(0, 1_000);
    dog.sent(0);
    dog.heard({ type: 'loadProgress', stepsDone: 1, stepsTotal: 9 }, 100);
    dog.heard({ type: 'handled' }, 100);
    dog.heard({ type: 'loadProgress', stepsDone: 2, stepsTotal: 9 }, 900);
    expect(dog.stalledFor(1_800)).toBeNull();
    expect(dog.stalledFor(2_000)).toBe(1_100);
    dog.heard({ type: 'loadCancelled' }, 2_100);
    expect(dog.stalledFor(9_000)).toBeNull();
  });
});
