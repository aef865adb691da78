/**
 * Break it as the app holds it: the search settings, its progress and findings, and the second worker
 * that runs it (started on first use, so the main run's worker is never busy with a search).
 */
import { create } from 'zustand';
import type { BreakItReply, FaultKind, Finding } from '../../worker/protocol.ts';
import { FAULT_KINDS } from '../../worker/protocol.ts';
import { openScenarioText } from '../scenarios/teachingStore.ts';
import { onReply, seekTime, setPlaying } from '../state/runStore.ts';
import { setTab } from '../state/dataStore.ts';

/** Where a search stands. */
export type SearchStatus = 'idle' | 'running' | 'finished' | 'cancelled' | 'refused';

/** Break it's view state. */
export interface BreakItState {
  readonly voters: number;
  readonly faults: readonly FaultKind[];
  readonly seeds: number;
  readonly status: SearchStatus;
  readonly done: number;
  readonly total: number;
  readonly seedsPerSec: number;
  readonly findings: readonly Finding[];
  readonly problem: string | null;
}

/** The Break it store. */
export const useBreakItStore = create<BreakItState>()(() => ({
  voters: 5, faults: [...FAULT_KINDS], seeds: 200, status: 'idle', done: 0, total: 0, seedsPerSec: 0, findings: [], problem: null,
}));

let worker: Worker | null = null;
let search = 0;

function receive(r: BreakItReply): void {
  if (r.search !== search) return;
  if (r.type === 'progress') useBreakItStore.setState({ done: r.done, total: r.total, seedsPerSec: r.seedsPerSec, findings: r.findings });
  else if (r.type === 'finished') useBreakItStore.setState({ status: r.cancelled ? 'cancelled' : 'finished', done: r.done, total: r.total, findings: r.findings });
  else useBreakItStore.setState({ status: 'refused', problem: r.problem });
}

function breakItWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../../worker/breakit-entry.ts', import.meta.url), { type: 'module', name: 'zkscope-breakit' });
    worker.onmessage = (ev: MessageEvent<BreakItReply>) => receive(ev.data);
    worker.onerror = (ev) => useBreakItStore.setState({ status: 'refused', problem: ev.message || 'the Break it worker failed' });
  }
  return worker;
}

/** Changes a setting of the next search. */
export function setSearch(patch: Partial<Pick<BreakItState, 'voters' | 'faults' | 'seeds'>>): void {
  useBreakItStore.setState(patch);
}

/** Starts a search with the current settings (a running one is replaced). */
export function startSearch(): void {
  const s = useBreakItStore.getState();
  search++;
  useBreakItStore.setState({ status: 'running', done: 0, total: s.seeds, seedsPerSec: 0, findings: [], problem: null });
  breakItWorker().postMessage({ type: 'start', search, options: { voters: s.voters, faults: s.faults, seeds: s.seeds, firstSeed: 1 } });
}

/** Stops the running search; what it found so far stays listed. */
export function cancelSearch(): void {
  worker?.postMessage({ type: 'cancel', search });
}

/** Opens a finding as an ordinary scenario at its moment, on the cluster view. */
export function openFinding(f: Finding): void {
  const off = onReply((r) => {
    if (r.type === 'loaded') {
      off();
      setPlaying(false);
      seekTime(f.at);
    } else if (r.type === 'fileProblems') off();
  });
  setTab('cluster');
  openScenarioText(JSON.stringify(f.scenario));
}
