/**
 * Searching the open replay and filtering it to the elections (issue 17), as ShiViz does for its logs:
 * the worker searches every event (server:, state:, zxid:, round:, text: or free words) and answers the
 * first hits; the filter narrows the event log and the space-time diagram to election traffic.
 */
import { create } from 'zustand';
import type { Phrase, ReplaySearchHit } from '../../worker/protocol.ts';
import { nextRequest, onReply, post } from '../state/runStore.ts';

/** Search and filter state of the open replay. */
export interface ReplaySearchState {
  readonly query: string;
  /** The answer to the last query sent, null before one (or after clearing). */
  readonly result: { readonly query: string; readonly hits: readonly ReplaySearchHit[]; readonly total: number; readonly error: Phrase | null } | null;
  readonly electionsOnly: boolean;
}

/** The replay search store. */
export const useReplaySearch = create<ReplaySearchState>()(() => ({ query: '', result: null, electionsOnly: false }));

/** Searches the open replay; an empty query clears the results. */
export function searchReplay(query: string): void {
  useReplaySearch.setState({ query });
  if (query.trim() === '') useReplaySearch.setState({ result: null });
  else post({ type: 'replaySearch', query });
}

/** Shows only election events in the event log and election messages in the diagram. */
export function setElectionsOnly(on: boolean): void {
  useReplaySearch.setState({ electionsOnly: on });
  post({ type: 'replayFilter', electionsOnly: on, req: nextRequest() });
  const { query } = useReplaySearch.getState();
  if (query.trim() !== '') post({ type: 'replaySearch', query });
}

/** Listens to search answers; a new run (a replay or a simulation) starts with no search and no filter. */
export function connectReplaySearch(): () => void {
  return onReply((r) => {
    if (r.type === 'replaySearchResult' && r.query === useReplaySearch.getState().query) {
      useReplaySearch.setState({ result: { query: r.query, hits: r.hits, total: r.total, error: r.error } });
    } else if (r.type === 'loaded') useReplaySearch.setState({ query: '', result: null, electionsOnly: false });
  });
}
