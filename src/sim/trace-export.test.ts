/**
 * The trace export: every step and every message, deterministic to the byte, bigints as hex.
 */
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../scenario/presets/index';
import type { Trace } from './trace-export';
import { exportTrace, toTraceValue } from './trace-export';
import { createWorld, runUntil } from './world';

describe('trace export', () => {
  it('the same scenario gives byte-identical traces', () => {
    const scenario = presetScenario('sync-snap');
    expect(exportTrace(scenario)).toBe(exportTrace(scenario));
  });

  it('holds every step of the run and every message with its fate; zxids are hex strings', () => {
    const scenario = presetScenario('sync-snap');
    const trace = JSON.parse(exportTrace(scenario)) as Trace;
    let steps = 0;
    const w = createWorld(scenario);
    w.onStep = () => steps++;
    runUntil(w, scenario.until);
    expect(trace.steps).toHaveLength(steps);
    expect(trace.messages.map((m) => m.id)).toEqual([...trace.messages.map((m) => m.id)].sort((a, b) => a - b));
    const ids = new Set(trace.messages.map((m) => m.id));
    for (const s of trace.steps) if (s.message !== null) expect(ids.has(s.message)).toBe(true);
    // The partition of 4000–4300 loses messages; everything else arrives after it was sent.
    expect(trace.messages.some((m) => m.fate === 'lost' && m.lostWhy === 'partition')).toBe(true);
    for (const m of trace.messages.filter((x) => x.fate === 'delivered')) expect(m.at).toBeGreaterThanOrEqual(m.sent);
    const snap = trace.messages.find((m) => m.type === 'SNAP' && m.from === 2)!;
    expect(snap).toMatchObject({ from: 2, to: 3, fate: 'delivered', payload: { zxid: '0x200000002' } });
    const snapMark = trace.steps.flatMap((s) => s.marks).find((m) => m.code === 'zab.sync.snap' && m.server === 2)!;
    expect(snapMark.args).toMatchObject({ to: 3, peerLastZxid: '0x100000003' });
    expect(trace.messages.some((m) => m.type === 'notification')).toBe(true);
  });

  it('converts bigint, Map and Set to plain JSON', () => {
    expect(toTraceValue({ z: 0x100000002n, neg: -1n, m: new Map([['a', new Set([1n])]]), u: undefined })).toEqual({ z: '0x100000002', neg: '-0x1', m: [['a', ['0x1']]] });
  });
});
