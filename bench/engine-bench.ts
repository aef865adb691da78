/**
 * Engine speed figures for `npm run bench` (issue: foundation §7): deliveries per second in a
 * 51-voter election started at once, and complete 5-server elect/stop-leader/re-elect runs per second.
 */
import type { Scenario } from '../src/scenario/types';
import { modeOf } from '../src/sim/srvr';
import { createWorld, step } from '../src/sim/world';

function ensemble(voters: number, seed: number, events: Scenario['events'], until: number): Scenario {
  const servers = Array.from({ length: voters }, (_, i) => ({ id: i + 1 }));
  return {
    format: 'zkscope/scenario', version: 1, title: 'bench', seed, servers,
    config: { tickTime: 2000, initLimit: 10, syncLimit: 5 }, network: { latencyMs: [1, 5] }, events, until,
  };
}

/** Runs a 51-voter election from a simultaneous start until every server serves; returns deliveries made. */
function election51(seed: number): { deliveries: number; ms: number } {
  const starts = Array.from({ length: 51 }, (_, i) => ({ at: 0, do: 'start' as const, server: i + 1 }));
  const w = createWorld(ensemble(51, seed, starts, 120_000));
  let deliveries = 0;
  const t0 = performance.now();
  for (;;) {
    const r = step(w);
    if (!r || r.time > 120_000) break;
    if (r.kind === 'deliver' && r.sid !== null) deliveries++;
    if (r.kind === 'deliver' && r.marks.some((m) => m.code === 'zab.serving') && allServing(w)) break;
  }
  return { deliveries, ms: performance.now() - t0 };
}

function allServing(w: ReturnType<typeof createWorld>): boolean {
  for (const p of w.state.peers.values()) if (modeOf(p) === 'not-serving' || modeOf(p) === 'stopped') return false;
  return true;
}

/** One 5-server run: start all, elect, stop the leader, re-elect; returns true if a new leader serves. */
function electionRun(seed: number): boolean {
  const events: Scenario['events'] = [1, 2, 3, 4, 5].map((server) => ({ at: 0, do: 'start' as const, server }));
  const w = createWorld(ensemble(5, seed, [...events, { at: 2000, do: 'stop', server: 5, signal: 'KILL' }], 6000));
  let reelected = false;
  for (;;) {
    const r = step(w);
    if (!r) break;
    if (r.time >= 2000 && r.marks.some((m) => m.code === 'zab.serving' && m.args.role === 'leader')) {
      reelected = true;
      break;
    }
    if (r.time > 6000) break;
  }
  return reelected;
}

/** Measures both engine figures. */
export function runEngineBench(): { figures: Record<string, number>; targets: Record<string, string> } {
  election51(0); // warm-up
  let deliveries = 0;
  let ms = 0;
  for (let seed = 1; seed <= 5; seed++) {
    const r = election51(seed);
    deliveries += r.deliveries;
    ms += r.ms;
  }
  for (let seed = 0; seed < 200; seed++) electionRun(seed); // warm-up
  const runs = 2000;
  const t0 = performance.now();
  let ok = 0;
  for (let seed = 1; seed <= runs; seed++) if (electionRun(seed)) ok++;
  const runMs = performance.now() - t0;
  if (ok !== runs) throw new Error(`only ${ok} of ${runs} runs re-elected a leader`);
  return {
    figures: {
      'engine.deliveriesPerSec': Math.round((deliveries / ms) * 1000),
      'engine.deliveriesPer51VoterElection': Math.round(deliveries / 5),
      'engine.electionRunsPerSec': Math.round((runs / runMs) * 1000),
    },
    targets: { 'engine.deliveriesPerSec': '≥ 1000000', 'engine.electionRunsPerSec': '≥ 500' },
  };
}
