/**
 * The run as a trace JSON (issue 6 §7): every step (time, kind, server, marks) and every message
 * (from, to, type, payload, when sent, whether and when delivered or lost). bigint values, zxids
 * above all, become hex strings so no bit is lost. Same scenario, same bytes.
 */
import type { Scenario } from '../scenario/types';
import type { InFlight, StepRecord } from './world-state';
import type { World } from './world';
import { createWorld, runUntil } from './world';

/** A JSON value. */
export type TraceValue = null | boolean | number | string | TraceValue[] | { [key: string]: TraceValue };

/** One processed event. */
export interface TraceStep {
  readonly index: number;
  readonly time: number;
  readonly kind: string;
  readonly server: number | null;
  readonly message: number | null;
  readonly action: number | null;
  readonly marks: { readonly code: string; readonly server: number; readonly args: TraceValue }[];
}

/** One message put on the wire, and its fate by the end of the trace. */
export interface TraceMessage {
  readonly id: number;
  readonly channel: 'election' | 'zab';
  readonly from: number;
  readonly to: number;
  /** `notification`, or the quorum packet type (PROPOSAL, ACK, COMMIT, PING, …). */
  readonly type: string;
  readonly payload: TraceValue;
  readonly sent: number;
  readonly fate: 'delivered' | 'lost' | 'in-flight';
  /** When it arrived (delivered), died (lost), or is due (in flight). */
  readonly at: number;
  readonly lostWhy: InFlight['lostWhy'];
}

/** The whole trace. */
export interface Trace {
  readonly format: 'zkscope/trace';
  readonly version: 1;
  readonly scenario: TraceValue;
  readonly until: number;
  readonly steps: TraceStep[];
  readonly messages: TraceMessage[];
}

/** A plain JSON copy: bigint as (signed) hex, Map as [key, value] pairs, Set as a list. */
export function toTraceValue(v: unknown): TraceValue {
  if (typeof v === 'bigint') return v < 0n ? `-0x${(-v).toString(16)}` : `0x${v.toString(16)}`;
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (v instanceof Map) return [...v].map(([k, x]) => [toTraceValue(k), toTraceValue(x)]);
  if (v instanceof Set || Array.isArray(v)) return [...v].map(toTraceValue);
  if (typeof v === 'object') {
    const out: { [key: string]: TraceValue } = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined && typeof x !== 'function') out[k] = toTraceValue(x);
    return out;
  }
  return null;
}

/** Starts recording `w` (it takes over onStep); `finish` returns the trace so far. */
export function recordTrace(w: World, scenario: Scenario): { finish(): Trace } {
  const steps: TraceStep[] = [];
  // InFlight records are mutated in place (lostAt) and dropped from the world once delivered: keep them.
  const seen = new Map<number, InFlight>();
  const deliveredAt = new Map<number, number>();
  w.onStep = (world, r: StepRecord) => {
    for (const m of world.state.inFlight.values()) if (!seen.has(m.id)) seen.set(m.id, m);
    if (r.messageId !== null) deliveredAt.set(r.messageId, r.time);
    steps.push({
      index: r.index, time: r.time, kind: r.kind, server: r.sid, message: r.messageId, action: r.actionIndex,
      marks: r.marks.map((m) => ({ code: m.code, server: m.sid, args: toTraceValue(m.args) })),
    });
  };
  const finish = (): Trace => {
    const messages = [...seen.values()].sort((a, b) => a.id - b.id).map((m): TraceMessage => {
      const arrived = deliveredAt.get(m.id);
      const fate = m.lostWhy !== null ? 'lost' : arrived !== undefined ? 'delivered' : 'in-flight';
      const p = m.payload;
      return {
        id: m.id, channel: m.channel, from: m.from, to: m.to, type: p.type === 'notification' ? 'notification' : p.packet,
        payload: toTraceValue(p), sent: m.sentAt, fate, at: fate === 'lost' ? (m.lostAt as number) : arrived ?? m.deliverAt, lostWhy: m.lostWhy,
      };
    });
    return { format: 'zkscope/trace', version: 1, scenario: toTraceValue(scenario), until: w.state.now, steps, messages };
  };
  return { finish };
}

/** Runs `scenario` to its end and returns its trace as JSON text (deterministic, byte for byte). */
export function exportTrace(scenario: Scenario): string {
  const w = createWorld(scenario);
  const rec = recordTrace(w, scenario);
  runUntil(w, scenario.until);
  return `${JSON.stringify(rec.finish())}\n`;
}
