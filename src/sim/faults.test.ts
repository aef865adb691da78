/**
 * Faults by hand (issue 18): delay and duplicate a message in flight, one link's latency, a slow server.
 * Each keeps TCP's semantics: a connection delivers in order and never duplicates a segment.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import { presetScenario } from '../scenario/presets/index';
import { decodeShareState, encodeShareState } from '../scenario/url-codec';
import { threeServers } from './three-servers.test-helper';
import type { StepRecord } from './world-state';
import { addAction, runUntil } from './world';
import { modeOf } from './srvr';
import type { InFlight } from './world-state';
import { phraseText } from '../scenario/phrase';

type Observed = ReturnType<typeof threeServers>;

/** Runs 1 ms at a time until a message matching `pred` is on the wire. */
function waitForFlight(o: Observed, pred: (m: InFlight) => boolean, limit = 10_000): InFlight {
  for (let t = o.w.state.now; t <= limit; t++) {
    runUntil(o.w, t);
    const m = [...o.w.state.inFlight.values()].find((x) => x.lostAt === null && x.from !== x.to && pred(x));
    if (m) return m;
  }
  throw new Error('no such message on the wire');
}

function deliveries(onto: StepRecord[]) {
  return (_w: unknown, r: StepRecord) => { if (r.kind === 'deliver') onto.push(r); };
}

describe('delay: a message held back on its connection', () => {
  it('arrives ms later, and what was sent after it on the same connection waits behind it (TCP order)', () => {
    const o = threeServers([], 30_000, 7);
    const first = waitForFlight(o, (m) => m.channel === 'election' && m.from === 1 && m.to === 2);
    const before = first.deliverAt;
    addAction(o.w, { at: o.w.state.now, do: 'delay', message: first.id, ms: 500 });
    const seen: StepRecord[] = [];
    // The connection of every election message from 1 to 2, by id, as it is sent.
    const sent = new Map<number, number>();
    const observe = o.w.onStep!;
    o.w.onStep = (w, r) => {
      observe(w, r);
      deliveries(seen)(w, r);
      for (const m of o.w.state.inFlight.values()) if (m.channel === 'election' && m.from === 1 && m.to === 2) sent.set(m.id, m.connection);
    };
    sent.set(first.id, first.connection);
    for (const m of o.w.state.inFlight.values()) if (m.channel === 'election' && m.from === 1 && m.to === 2) sent.set(m.id, m.connection);
    runUntil(o.w, 5000);
    const at = seen.find((r) => r.messageId === first.id)!.time;
    expect(at).toBe(before + 500);
    // Every later message from 1 to 2 on that connection arrived after it, in the order it was sent.
    const later = seen.filter((r) => r.messageId! > first.id && sent.get(r.messageId!) === first.connection);
    expect(later.length).toBeGreaterThan(0);
    for (const r of later) expect(r.time).toBeGreaterThanOrEqual(at);
    expect(later.map((r) => r.messageId)).toEqual([...later.map((r) => r.messageId!)].sort((x, y) => x - y));
    expect(modeOf(o.w.state.peers.get(3)!)).toBe('leader');
  });
});

describe('duplicate: a notification sent once more', () => {
  it('the receiver handles the copy as it handles any notification, and the election ends the same', () => {
    const o = threeServers([], 30_000, 7);
    const original = waitForFlight(o, (m) => m.channel === 'election' && m.from === 3 && m.to === 1);
    addAction(o.w, { at: o.w.state.now, do: 'duplicate', message: original.id });
    const seen: StepRecord[] = [];
    const observe = o.w.onStep!;
    o.w.onStep = (w, r) => { observe(w, r); deliveries(seen)(w, r); };
    runUntil(o.w, o.w.state.now);
    const copy = [...o.w.state.inFlight.values()].find((m) => m.duplicateOf === original.id)!;
    expect(copy.payload).toEqual(original.payload);
    expect(copy.deliverAt).toBeGreaterThanOrEqual(original.deliverAt);
    runUntil(o.w, 10_000);
    const handled = seen.find((r) => r.messageId === copy.id)!;
    expect(handled.sid).toBe(1);
    expect(handled.marks.map((m) => m.code).some((c) => c.startsWith('fle.') || c.startsWith('receiver.'))).toBe(true);
    expect([1, 2, 3].map((s) => modeOf(o.w.state.peers.get(s)!))).toEqual(['follower', 'follower', 'leader']);
  });

  it('a Zab packet is never re-sent on its connection: duplicating one does nothing', () => {
    const o = threeServers([{ at: 5000, do: 'client', session: 'c', servers: [1], command: 'create /a x' }], 30_000, 7);
    runUntil(o.w, 5000);
    const zab = waitForFlight(o, (m) => m.channel === 'zab').id;
    const count = o.w.state.inFlight.size;
    addAction(o.w, { at: o.w.state.now, do: 'duplicate', message: zab! });
    runUntil(o.w, o.w.state.now);
    expect([...o.w.state.inFlight.values()].some((m) => m.duplicateOf === zab)).toBe(false);
    expect(o.w.state.inFlight.size).toBeLessThanOrEqual(count);
  });
});

describe('latency of one link', () => {
  it('messages between the two servers take the link\'s range, others the scenario\'s', () => {
    const o = threeServers([{ at: 0, do: 'latency', servers: [1, 3], latencyMs: [300, 300] } as ScenarioEvent], 30_000, 7);
    const flights: InFlight[] = [];
    for (let t = 0; t < 3000; t++) {
      runUntil(o.w, t);
      for (const m of o.w.state.inFlight.values()) if (m.from !== m.to && m.sentAt === t && !flights.includes(m)) flights.push(m);
    }
    const slow = flights.filter((m) => (m.from === 1 && m.to === 3) || (m.from === 3 && m.to === 1));
    const fast = flights.filter((m) => !slow.includes(m));
    expect(slow.length + fast.length).toBeGreaterThan(0);
    for (const m of slow) expect(m.deliverAt - m.sentAt).toBeGreaterThanOrEqual(300);
    for (const m of fast) expect(m.deliverAt - m.sentAt).toBeLessThanOrEqual(5);
  });
});

describe('a slow server', () => {
  it('its election timeouts fire ms late and its sends leave ms late; the others are on time', () => {
    const normal = threeServers([{ at: 0, do: 'stop', server: 2, signal: 'KILL' }, { at: 0, do: 'stop', server: 3, signal: 'KILL' }], 10_000, 7);
    const slowed = threeServers([{ at: 0, do: 'stop', server: 2, signal: 'KILL' }, { at: 0, do: 'stop', server: 3, signal: 'KILL' }, { at: 0, do: 'slow', server: 1, ms: 1000 }], 10_000, 7);
    const polls = (o: ReturnType<typeof threeServers>) => {
      const times: number[] = [];
      const observe = o.w.onStep!;
      o.w.onStep = (w, r) => { observe(w, r); if (r.marks.some((m) => m.code === 'fle.poll.connectAll')) times.push(r.time); };
      runUntil(o.w, 10_000);
      return times;
    };
    const a = polls(normal);
    const b = polls(slowed);
    expect(a.slice(0, 3)).toEqual([200, 600, 1400]);
    // Each poll timeout is armed 1 s later than ZooKeeper asked for.
    expect(b.slice(0, 3)).toEqual([1200, 2600, 4400]);
  });
});

describe('validation of the new fault events', () => {
  const base = { format: 'zkscope/scenario', version: 1, title: 't', seed: 1, servers: [{ id: 1 }, { id: 2 }], until: 1000 };
  it('accepts well-formed ones and names what is wrong in the others', () => {
    const ok = validateScenario({ ...base, events: [
      { at: 0, do: 'delay', message: 3, ms: 200 }, { at: 0, do: 'duplicate', message: 4 },
      { at: 0, do: 'latency', servers: [1, 2], latencyMs: [10, 50] }, { at: 0, do: 'slow', server: 2, ms: 0 },
    ] });
    expect(ok.ok ? [] : ok.problems).toEqual([]);
    const bad = validateScenario({ ...base, events: [
      { at: 0, do: 'delay', message: 3, ms: 0 }, { at: 0, do: 'latency', servers: [1, 2], latencyMs: [0, 5] },
      { at: 0, do: 'slow', server: 9, ms: 5 }, { at: 0, do: 'duplicate', message: -1 },
    ] });
    const where = (bad.ok ? [] : bad.problems).map((p) => phraseText(p).split(':')[0]);
    expect(where).toEqual(['events[0].ms', 'events[1].latencyMs', 'events[2].server', 'events[3].message']);
  });
});

describe('the new faults in share links', () => {
  it('a moment with delay, duplicate, latency and slow actions round-trips through a link', () => {
    const state = {
      scenario: { ...presetScenario('fresh-start-3'), tour: undefined },
      actions: [
        { afterStep: 10, event: { at: 30, do: 'delay', message: 12, ms: 400 } },
        { afterStep: 11, event: { at: 31, do: 'duplicate', message: 13 } },
        { afterStep: 12, event: { at: 32, do: 'latency', servers: [1, 2], latencyMs: [40, 90] } },
        { afterStep: 13, event: { at: 33, do: 'slow', server: 3, ms: 800 } },
      ] as const,
      branch: 0, step: 20, t: 40, panels: ['tally'], lang: 'en',
    };
    const e = encodeShareState(JSON.parse(JSON.stringify(state)));
    expect(e.ok).toBe(true);
    if (!e.ok) return;
    const d = decodeShareState(e.link);
    expect(d.ok && d.state.actions.map((a) => a.event)).toEqual(state.actions.map((a) => a.event));
  });
});
