/**
 * The real ZooKeeper 3.8.0 server logs inside ../shared/reference/raw/ as replay cases (for tests): every
 * run of ensemble-3-start-together and every phase of ensemble-3-start-1-2-then-3. A phase's logs are
 * cumulative: a server's file holds everything it logged up to that phase.
 */
import { existsSync, readFileSync } from 'node:fs';

const RAW = '../shared/reference/raw';

/** Whether the recordings are next to this checkout. */
export const referencePresent = existsSync(`${RAW}/ensemble-3-start-together.json`) && existsSync(`${RAW}/ensemble-3-start-1-2-then-3.json`);

interface RecServer { mode: string; logLines?: string[] }
interface Snapshot { label?: string; leader: number; servers: Record<string, RecServer> }

/** One recorded moment: each running server's log lines and mode, and the leader. */
export interface ReferenceCase {
  name: string;
  leader: number;
  logs: Record<string, string[]>;
  modes: Record<string, string>;
}

/** Every case, in recording order (empty when the recordings are absent). */
export function referenceCases(): ReferenceCase[] {
  if (!referencePresent) return [];
  const out: ReferenceCase[] = [];
  const together = JSON.parse(readFileSync(`${RAW}/ensemble-3-start-together.json`, 'utf8')) as { runs: { repetition: number; snapshot: Snapshot }[] };
  for (const r of together.runs) {
    const logs = Object.fromEntries(Object.entries(r.snapshot.servers).map(([id, s]) => [id, s.logLines ?? []]));
    out.push({ name: `start-together run ${r.repetition}`, leader: r.snapshot.leader, logs, modes: Object.fromEntries(Object.entries(r.snapshot.servers).map(([id, s]) => [id, s.mode])) });
  }
  const staged = JSON.parse(readFileSync(`${RAW}/ensemble-3-start-1-2-then-3.json`, 'utf8')) as { phases: Snapshot[] };
  const soFar: Record<string, string[]> = {};
  for (const p of staged.phases) {
    for (const [id, s] of Object.entries(p.servers)) soFar[id] = [...(soFar[id] ?? []), ...(s.logLines ?? [])];
    const running = Object.entries(p.servers).filter(([, s]) => s.mode !== 'stopped');
    out.push({ name: `1-2-then-3 "${p.label}"`, leader: p.leader, logs: Object.fromEntries(running.map(([id]) => [id, [...(soFar[id] ?? [])]])), modes: Object.fromEntries(running.map(([id, s]) => [id, s.mode])) });
  }
  return out;
}
