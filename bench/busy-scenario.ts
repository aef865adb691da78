/**
 * The busy five-server ensemble the soak plays (issue 12): three client sessions write all the time and
 * the network flaps (one server cut off, or a minority split off, then healed), 9 000 writes and 490 flaps
 * spread evenly over the run. Written in the scenario format (shared/cli-contract.md §1) as a teacher
 * would, only too long to write by hand; it fills the format's 10 000 events.
 */

const WRITES = 9000;
const FLAPS = 490;
/** How long a flap keeps the network split: longer than syncLimit × tickTime, so a leader can be lost. */
const FLAP_MS = 12_000;
/** Writes and flaps start once the ensemble has had time to elect its first leader. */
const BUSY_FROM_MS = 8000;
/** The splits a flap cycles through: each server alone in turn, then a minority pair. */
const SPLITS: readonly (readonly number[][])[] = [[[1]], [[2]], [[3]], [[4]], [[5]], [[1, 2], [3, 4, 5]], [[4, 5], [1, 2, 3]]];

/** The scenario document for `ms` of virtual time (10 minutes to the format's one day): the writes and flaps go on until then. */
export function busyScenarioDocument(ms: number): unknown {
  const servers = [1, 2, 3, 4, 5];
  const events: unknown[] = servers.map((id) => ({ at: 0, do: 'start', server: id }));
  events.push({ at: 6000, do: 'client', session: 'w1', command: 'create /soak 0' });
  const writeEvery = Math.floor((ms - BUSY_FROM_MS) / WRITES);
  const writes: { at: number; event: unknown }[] = [];
  for (let i = 0; i < WRITES; i++) {
    const at = BUSY_FROM_MS + i * writeEvery;
    writes.push({ at, event: { at, do: 'client', session: `w${(i % 3) + 1}`, command: `set /soak ${i + 1}` } });
  }
  const flapEvery = Math.floor((ms - BUSY_FROM_MS - FLAP_MS) / FLAPS);
  const flaps: { at: number; event: unknown }[] = [];
  for (let i = 0; i < FLAPS; i++) {
    const at = BUSY_FROM_MS + Math.floor(flapEvery / 2) + i * flapEvery;
    flaps.push({ at, event: { at, do: 'partition', groups: SPLITS[i % SPLITS.length] } });
    flaps.push({ at: at + FLAP_MS, event: { at: at + FLAP_MS, do: 'heal' } });
  }
  // Events run in time order; at the same moment a flap goes before a write (a stable sort keeps that).
  events.push(...[...flaps, ...writes].sort((a, b) => a.at - b.at).map((e) => e.event));
  return {
    format: 'zkscope/scenario',
    version: 1,
    title: 'Soak: five servers, clients writing, the network flapping',
    seed: 12,
    servers: servers.map((id) => ({ id })),
    config: { tickTime: 2000, initLimit: 10, syncLimit: 5 },
    network: { latencyMs: [1, 5] },
    events,
    until: ms,
  };
}
