/**
 * A run as readable text, one line per delivered message or fired rule, for golden transcript tests
 * (design.md §6, in the style of etcd raft's testdata).
 */
import type { MarkValue } from '../engine/marks';
import { zxidHex } from '../engine/zxid';
import type { Scenario } from '../scenario/types';
import type { InFlight, StepRecord } from './world-state';
import type { World } from './world';
import { createWorld, runUntil } from './world';

function value(v: MarkValue): string {
  return typeof v === 'bigint' ? zxidHex(v) : String(v);
}

/** A message's payload in one short line. */
export function describePayload(m: Pick<InFlight, 'payload'>): string {
  const p = m.payload;
  if (p.type === 'notification') {
    return `${p.state} leader=${p.leader} zxid=${zxidHex(p.zxid)} round=${p.electionEpoch} peerEpoch=${p.peerEpoch}`;
  }
  return `${p.packet} ${zxidHex(p.zxid)}`;
}

function line(w: World, r: StepRecord, delivered: InFlight | undefined): string[] {
  const out: string[] = [];
  const t = String(r.time).padStart(7);
  if (delivered) {
    const fate = delivered.lostWhy ? ` LOST(${delivered.lostWhy})` : '';
    out.push(`${t}  s${delivered.from}→s${delivered.to} ${describePayload(delivered)}${fate}`);
  } else if (r.actionIndex !== null) {
    const { at: _at, ...action } = w.actions[r.actionIndex];
    out.push(`${t}  action ${JSON.stringify(action)}`);
  }
  for (const m of r.marks) {
    // A multi-line value (a sync's ZooKeeper log lines) follows on its own indented lines.
    const multi = Object.entries(m.args).filter(([, v]) => typeof v === 'string' && v.includes('\n'));
    const args = Object.entries(m.args).filter(([, v]) => !(typeof v === 'string' && v.includes('\n'))).map(([k, v]) => `${k}=${value(v)}`).join(' ');
    out.push(`${t}    s${m.sid} ${m.code}${args ? ` ${args}` : ''}`);
    for (const [k, v] of multi) for (const text of String(v).split('\n')) out.push(`${' '.repeat(13)}${k}| ${text}`);
  }
  return out;
}

/** Runs the scenario and renders every step that delivered a message or fired a rule. */
export function renderTranscript(scenario: Scenario, options: { skipPings?: boolean } = {}): string {
  const w = createWorld(scenario);
  const lines: string[] = [`# ${scenario.title}`, `# seed ${scenario.seed}, latency ${scenario.network.latencyMs.join('–')} ms`];
  const pending = new Map<number, InFlight>();
  w.onStep = (world, r) => {
    for (const m of world.state.inFlight.values()) pending.set(m.id, m);
    const delivered = r.messageId !== null ? pending.get(r.messageId) : undefined;
    if (delivered) pending.delete(delivered.id);
    const isPing = delivered && delivered.channel === 'zab' && delivered.payload.packet === 'PING';
    if (options.skipPings && isPing && r.marks.length === 0) return;
    lines.push(...line(world, r, delivered));
  };
  runUntil(w, scenario.until);
  return `${lines.join('\n')}\n`;
}
