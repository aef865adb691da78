/**
 * StatsTrack and Quotas: the text kept in the quota nodes `/zookeeper/quota/<path>/zookeeper_limits` and
 * `zookeeper_stats` (e.g. `count=2,bytes=-1=;byteHardLimit=-1;countHardLimit=-1`), shared by the server,
 * which keeps the stats, and zkCli's quota commands, which write the limits.
 */

/** Quotas.quotaZookeeper. */
export const QUOTA_ZOOKEEPER = '/zookeeper/quota';
/** Quotas.limitNode and Quotas.statNode. */
export const LIMIT_NODE = 'zookeeper_limits';
export const STAT_NODE = 'zookeeper_stats';

/** Quotas.quotaPath, limitPath, statPath. */
export const quotaPath = (path: string): string => QUOTA_ZOOKEEPER + path;
export const limitPath = (path: string): string => `${QUOTA_ZOOKEEPER}${path}/${LIMIT_NODE}`;
export const statPath = (path: string): string => `${QUOTA_ZOOKEEPER}${path}/${STAT_NODE}`;
/** Quotas.trimQuotaPath: the real path a quota path stands for. */
export const trimQuotaPath = (p: string): string => p.substring(QUOTA_ZOOKEEPER.length);

/** The keys StatsTrack knows; any other key is kept and printed too. */
export type StatsKey = 'count' | 'bytes' | 'countHardLimit' | 'byteHardLimit';

/** StatsTrack: key → value (a Java HashMap<String, Long>; a missing key reads as -1). */
export type StatsTrack = Map<string, number>;

/** `new StatsTrack(text)`: pairs split on `,` and `;`, an empty value meaning -1. Unreadable pairs are skipped. */
export function parseStatsTrack(text: string | null): StatsTrack {
  const stats: StatsTrack = new Map();
  if (text === null || text === '') return stats;
  for (const pair of text.split(/[,;]+/)) {
    const [key = '', value = ''] = pair.split('=');
    const v = value === '' ? -1 : /^[+-]?\d+$/.test(value) ? Number(value) : null;
    if (v !== null) stats.set(key, v);
  }
  return stats;
}

/** StatsTrack.getValue: -1 when absent. */
export function statsValue(s: StatsTrack, key: StatsKey): number {
  return s.get(key) ?? -1;
}

/** StatsTrack.toString: `count=…,bytes=…`, then `=` and the other keys sorted, each after `;`. */
export function formatStatsTrack(s: StatsTrack): string {
  const others = [...s.keys()].filter((k) => k !== 'count' && k !== 'bytes').sort();
  const head = `count=${statsValue(s, 'count')},bytes=${statsValue(s, 'bytes')}`;
  return others.length === 0 ? head : `${head}=${others.map((k) => `;${k}=${s.get(k)}`).join('')}`;
}
