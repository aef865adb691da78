/**
 * Runs a preset headless the way the app and the CLI do, recording what its test needs: the
 * snapshots, every mark with its time, what each client printed, and any invariant violation.
 */
import type { Mark } from '../../engine/marks';
import { createInvariantChecker } from '../../sim/invariants';
import type { OutcomeSnapshot } from '../../sim/run-scenario';
import { snapshotWorld } from '../../sim/srvr';
import type { World } from '../../sim/world';
import { createWorld, runUntil } from '../../sim/world';
import type { ScenarioPresetId } from './index';
import { presetScenario } from './index';

/** A mark and the virtual time it fired at. */
export interface TimedMark extends Mark {
  readonly time: number;
}

/** What a preset run left behind. */
export interface PresetRun {
  readonly world: World;
  readonly marks: TimedMark[];
  readonly snapshots: Record<string, OutcomeSnapshot>;
  readonly clients: Record<string, string[]>;
  readonly violations: string[];
}

/** Runs preset `id` to its end. */
export function runPreset(id: ScenarioPresetId): PresetRun {
  const scenario = presetScenario(id);
  const world = createWorld(scenario);
  const marks: TimedMark[] = [];
  const snapshots: Record<string, OutcomeSnapshot> = {};
  const checker = createInvariantChecker();
  world.onSnapshot = (w, label) => {
    snapshots[label] = { label, at: w.state.now, ...snapshotWorld(w) };
  };
  world.onStep = (w, r) => {
    for (const m of r.marks) marks.push({ ...m, time: r.time });
    checker.observe(w, r);
  };
  runUntil(world, scenario.until);
  const clients: Record<string, string[]> = {};
  for (const [name, c] of world.state.clients) clients[name] = [...c.output];
  return { world, marks, snapshots, clients, violations: checker.violations.map((v) => `${v.property}: ${v.detail}`) };
}

/** The marks with `code`, optionally only those of server `sid`. */
export function marksOf(run: PresetRun, code: string, sid?: number): TimedMark[] {
  return run.marks.filter((m) => m.code === code && (sid === undefined || m.sid === sid));
}

/** The WatchedEvent lines a client printed, shortened to `type path`. */
export function watchedEvents(lines: readonly string[]): string[] {
  return lines.filter((l) => l.startsWith('WatchedEvent') && !l.includes('type:None')).map((l) => l.replace(/^.*type:(\S+) path:(\S+)$/, '$1 $2'));
}
