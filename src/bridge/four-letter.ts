/**
 * Reads the answers of ZooKeeper's four-letter words (`srvr`, `cons`, `wchc`). They need
 * `4lw.commands.whitelist=*` (or the words listed) in zoo.cfg; otherwise the server answers
 * "… is not executed because it is not in the whitelist.", reported as an error.
 */
import type { ServerStatus, SessionInfo, WatchInfo } from './protocol.ts';

const NOT_WHITELISTED = /is not executed because it is not in the whitelist/;

/** Parses `srvr` (empty text = no answer). */
export function parseSrvr(address: string, text: string, error: string | null = null): ServerStatus {
  const base: ServerStatus = { address, mode: 'unreachable', zxid: null, epoch: null, nodeCount: null, connections: null, error };
  if (text === '') return { ...base, error: error ?? 'no answer' };
  if (NOT_WHITELISTED.test(text)) return { ...base, mode: 'not-serving', error: 'srvr is not whitelisted: add 4lw.commands.whitelist=* to zoo.cfg' };
  if (/not currently serving requests/.test(text)) return { ...base, mode: 'not-serving', error: null };
  const field = (name: string): string | null => new RegExp(`^${name}: (.*)$`, 'm').exec(text)?.[1]?.trim() ?? null;
  const mode = field('Mode');
  const zxid = field('Zxid');
  const known = ['leader', 'follower', 'observer', 'standalone'] as const;
  const m = known.find((k) => k === mode) ?? 'not-serving';
  const z = zxid !== null && /^0x[0-9a-f]+$/i.test(zxid) ? BigInt(zxid) : null;
  return {
    ...base, mode: m, error: null,
    zxid: z === null ? null : `0x${z.toString(16)}`,
    epoch: z === null ? null : Number(z >> 32n),
    nodeCount: field('Node count') === null ? null : Number(field('Node count')),
    connections: field('Connections') === null ? null : Number(field('Connections')),
  };
}

/** Parses `cons`: one line per connection, ` /127.0.0.1:5123[1](queued=0,…,sid=0x…,lop=PING,…,to=30000,…)`. */
export function parseCons(server: string, text: string): SessionInfo[] {
  const out: SessionInfo[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\/?(\S+?)\[\d+\]\((.*)\)\s*$/.exec(line);
    if (m === null) continue;
    const kv = new Map((m[2] as string).split(',').map((p) => p.split('=') as [string, string]));
    out.push({ server, client: m[1] as string, sessionId: kv.get('sid') ?? null, timeoutMs: kv.has('to') ? Number(kv.get('to')) : null, lastOperation: kv.get('lop') ?? null });
  }
  return out;
}

/** Parses `wchc`: a session id line, then its watched paths indented by a tab. */
export function parseWchc(server: string, text: string): WatchInfo[] {
  const out: WatchInfo[] = [];
  for (const line of text.split('\n')) {
    if (/^0x[0-9a-f]+\s*$/i.test(line)) out.push({ server, sessionId: line.trim(), paths: [] });
    else if (/^\s+\//.test(line) && out.length > 0) out[out.length - 1]?.paths.push(line.trim());
  }
  return out;
}
