/** The Break it search, for the Break it worker (kept apart from breakit.ts, whose constants the app bundles). */
export { BreakItSearch } from '../sim/breakit/search';
