/**
 * Searching a replayed run, as ShiViz searches its logs: a query is words, each either free text (found
 * anywhere in an entry's text, case-insensitive) or `field:value` with field server, state, zxid, round or
 * text. An event matches when every word does. "Elections only" keeps what FastLeaderElection logs.
 */
import { m, type Phrase } from '../scenario/phrase';
import type { LineFact, ReplayEvent } from './types.ts';

/** The fields a query may name. */
export const SEARCH_FIELDS = ['server', 'state', 'zxid', 'round', 'text'] as const;
type Field = (typeof SEARCH_FIELDS)[number];

interface Term {
  field: Field;
  value: string;
}

/** A parsed query, or why it cannot be read. */
export type ParsedQuery = { terms: Term[] } | { error: Phrase };

/** Reads a query such as `server:3 state:leading 0x100000000`. */
export function parseQuery(query: string): ParsedQuery {
  const terms: Term[] = [];
  for (const word of query.trim().split(/\s+/).filter((w) => w !== '')) {
    const pair = /^(\w+)[:=](.+)$/.exec(word);
    if (pair === null) {
      terms.push({ field: 'text', value: word.toLowerCase() });
      continue;
    }
    const field = (pair[1] as string).toLowerCase();
    if (!(SEARCH_FIELDS as readonly string[]).includes(field)) return { error: m`unknown field "${pair[1] as string}" in "${word}": use ${SEARCH_FIELDS.join(', ')} (e.g. server:3 state:LEADING)` };
    const value = (pair[2] as string).toLowerCase();
    if ((field === 'server' || field === 'round') && !/^(0x[0-9a-f]+|\d+)$/.test(value)) return { error: m`"${word}": ${field} takes a number` };
    if (field === 'zxid' && !/^(0x)?[0-9a-f]+$/.test(value)) return { error: m`"${word}": zxid takes a hex number such as 0x100000000` };
    terms.push({ field: field as Field, value });
  }
  return { terms };
}

const asNumber = (v: string): number => (v.startsWith('0x') ? parseInt(v, 16) : Number(v));
const asZxid = (v: string): string => `0x${BigInt(v.startsWith('0x') ? v : `0x${v}`).toString(16)}`;

function statesOf(f: LineFact): string[] {
  if (f.kind === 'notification') return [f.state, ...(f.myState === null ? [] : [f.myState])];
  if (f.kind === 'state' || f.kind === 'election-took') return [f.state];
  return [];
}

function zxidsOf(f: LineFact): string[] {
  if (f.kind === 'notification' || f.kind === 'sync-from-leader' || f.kind === 'quorum-up') return [f.zxid];
  if (f.kind === 'new-election') return [f.proposedZxid];
  if (f.kind === 'sync-learner' && f.peerLastZxid !== null) return [f.peerLastZxid];
  return [];
}

function termMatches(e: ReplayEvent, t: Term): boolean {
  switch (t.field) {
    case 'server': return e.server === asNumber(t.value);
    case 'state': return statesOf(e.fact).some((s) => s.toLowerCase() === t.value);
    case 'zxid': return zxidsOf(e.fact).includes(asZxid(t.value));
    case 'round': return e.fact.kind === 'notification' && e.fact.round === asNumber(t.value);
    case 'text': return e.text.toLowerCase().includes(t.value);
  }
}

/** Whether an event matches every term of a query. */
export function matchesQuery(e: ReplayEvent, terms: readonly Term[]): boolean {
  return terms.every((t) => termMatches(e, t));
}

const ELECTION_KINDS: ReadonlySet<LineFact['kind']> = new Set(['notification', 'state', 'new-election', 'election-took', 'notification-timeout']);

/** Whether an event belongs to leader election (notifications, LOOKING/LEADING/…, "New election", timeouts). */
export function isElectionEvent(e: ReplayEvent): boolean {
  return ELECTION_KINDS.has(e.fact.kind);
}
