/**
 * ZooKeeperServer.checkQuota: with `zookeeper.enforceQuota`, a create or setData that would take the
 * nearest quota path over its hard count or byte limit fails with QuotaExceeded (soft limits only log).
 * Limits and stats are read from the applied tree, as ZooKeeper reads them.
 */
import type { PrepState } from './change-record.ts';
import { Code, KeeperError } from './keeper-exception.ts';
import { utf8Length } from './path-utils.ts';
import { maxPrefixWithQuota } from './quota-stats.ts';
import { limitPath, parseStatsTrack, statPath, statsValue } from './stats-track.ts';

const len = (d: string | null): number => (d === null ? 0 : utf8Length(d));

/** Throws QuotaExceeded (for `path`) when a hard limit of the quota above `path` would be passed. */
export function checkQuota(state: PrepState, path: string, lastData: string | null, data: string | null, type: 'create' | 'setData'): void {
  if (state.enforceQuota !== true) return;
  const prefix = maxPrefixWithQuota(state.tree, path);
  if (prefix === null) return;
  const limitNode = state.tree.nodes.get(limitPath(prefix));
  if (limitNode === undefined) return;
  const limits = parseStatsTrack(limitNode.data);
  const countDiff = type === 'create' ? 1 : 0;
  const bytesDiff = type === 'create' ? len(data) : len(data) - len(lastData);
  const checkCount = countDiff !== 0 && (statsValue(limits, 'count') > -1 || statsValue(limits, 'countHardLimit') > -1);
  const checkBytes = bytesDiff !== 0 && (statsValue(limits, 'bytes') > -1 || statsValue(limits, 'byteHardLimit') > -1);
  if (!checkCount && !checkBytes) return;
  const statNode = state.tree.nodes.get(statPath(prefix));
  if (statNode === undefined) return;
  const current = parseStatsTrack(statNode.data);
  if (checkCount && statsValue(limits, 'countHardLimit') > -1 && statsValue(current, 'count') + countDiff > statsValue(limits, 'countHardLimit')) {
    throw new KeeperError(Code.QUOTAEXCEEDED, path);
  }
  if (checkBytes && statsValue(limits, 'byteHardLimit') > -1 && statsValue(current, 'bytes') + bytesDiff > statsValue(limits, 'byteHardLimit')) {
    throw new KeeperError(Code.QUOTAEXCEEDED, path);
  }
}
