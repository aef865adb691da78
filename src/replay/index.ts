/** The log replay's public surface, for the CLI now and the UI later. */
export { replayLogs, type LogFile, type ReplayResult } from './replay.ts';
export { summarize, type ReplaySummary } from './summary.ts';
export type * from './types.ts';
export { countUpTo } from './sorted.ts';
export { isElectionEvent, matchesQuery, parseQuery, SEARCH_FIELDS, type ParsedQuery } from './search.ts';
