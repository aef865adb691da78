import { describe, expect, it } from 'vitest';
import { startTogetherScenario } from '../scenario/presets/start-together';
import type { UserAction } from './timeline';
import { Session } from './session';

/** A session paused after `steps` steps of three servers starting together. */
function pausedAt(steps: number): { s: Session; act: (a: UserAction) => ReturnType<Session['handle']> } {
  const s = new Session(startTogetherScenario(3));
  s.handle({ type: 'seekStep', step: steps, req: 0 });
  return { s, act: (action) => s.handle({ type: 'act', action, req: 0 }) };
}

describe('an action taken while paused', () => {
  it('shows at once what it will do and the step that does it; at that step it is done and no longer pending', () => {
    const { s, act } = pausedAt(5);
    const f = act({ do: 'stop', server: 2, signal: 'TERM' });
    expect(f.step).toBe(5);
    expect(f.servers[1].state).not.toBe('STOPPED');
    expect(f.pending).toHaveLength(1);
    const p = f.pending![0];
    expect(p.event).toMatchObject({ do: 'stop', server: 2, signal: 'TERM' });
    expect(p.servers).toEqual([{ id: 2, running: false }]);
    expect(p.step).toBeGreaterThan(5);
    const before = s.handle({ type: 'seekStep', step: p.step! - 1, req: 0 });
    expect(before.servers[1].state).not.toBe('STOPPED');
    expect(before.pending?.map((x) => x.step)).toEqual([p.step]);
    const at = s.handle({ type: 'seekStep', step: p.step!, req: 0 });
    expect(at.servers[1].state).toBe('STOPPED');
    expect(at.pending).toEqual([]);
  });

  it('isolating a server names the links it will partition; a drop names the message it will lose', () => {
    const { act } = pausedAt(5);
    const isolated = act({ do: 'isolate', server: 1 }).pending![0];
    expect(isolated.links.map((l) => `${l.a}-${l.b}:${l.state}`)).toEqual(['1-2:partitioned', '1-3:partitioned']);
    // After 8 steps notifications are on the wire at t = 6 ms and the next event is at 7 ms: the drop goes first.
    const { s: s2, act: act2 } = pausedAt(8);
    const m = s2.frame(0).messages.find((x) => x.lostAt === null)!;
    const dropped = act2({ do: 'drop', message: m.id }).pending![0];
    expect(dropped.lost).toEqual([m.id]);
    expect(dropped.step).toBe(9);
  });

  it('Reconnect undoes Isolate and Cut all its links: every link of the server is up again', () => {
    const { s, act } = pausedAt(8);
    const upAfter = (f: ReturnType<Session['frame']>) => f.links.filter((l) => l.state === 'up').length;
    act({ do: 'isolate', server: 2 });
    act({ do: 'cutAll', server: 3 });
    let f = s.handle({ type: 'seekStep', step: 20, req: 0 });
    expect(upAfter(f)).toBe(0);
    act({ do: 'reconnect', server: 2 });
    f = s.handle({ type: 'seekStep', step: 30, req: 0 });
    // Server 2's links are all up again, the one from 3 to 2 included; 1–3 stays cut.
    expect(f.links.map((l) => `${l.a}-${l.b}:${l.state}`)).toEqual(['1-2:up', '1-3:cut', '2-3:up']);
    act({ do: 'reconnect', server: 3 });
    f = s.handle({ type: 'seekStep', step: 40, req: 0 });
    expect(upAfter(f)).toBe(3);
  });

  it('actions taken one after another while paused build on each other: Isolate then Reconnect is no partition; two Isolates isolate both', () => {
    const { s, act } = pausedAt(8);
    act({ do: 'isolate', server: 2 });
    const f = act({ do: 'reconnect', server: 2 });
    expect(f.pending!.map((p) => p.event.do)).toEqual(['partition', 'heal']);
    expect(s.handle({ type: 'seekStep', step: 20, req: 0 }).links.every((l) => l.state === 'up')).toBe(true);
    const two = pausedAt(8);
    two.act({ do: 'isolate', server: 2 });
    two.act({ do: 'isolate', server: 3 });
    expect(two.s.handle({ type: 'seekStep', step: 20, req: 0 }).links.every((l) => l.state === 'partitioned')).toBe(true);
  });
});
