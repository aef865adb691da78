/**
 * How the DataTree keeps quota statistics (DataTree.updateQuotaStat, updateQuotaForPath, the PathTrie of
 * quota paths): every create, delete and setData under a path with a quota rewrites that path's
 * `zookeeper_stats` node in place (its data changes; its version and mzxid do not).
 */
import type { DataTree } from './data-tree.ts';
import { LIMIT_NODE, QUOTA_ZOOKEEPER, STAT_NODE, formatStatsTrack, parseStatsTrack, statPath, statsValue, trimQuotaPath } from './stats-track.ts';
import { utf8Length } from './path-utils.ts';

/** DataTree.getMaxPrefixWithQuota: the deepest path with a quota at or above `path`; null for none or `/`. */
export function maxPrefixWithQuota(tree: DataTree, path: string): string | null {
  let best: string | null = null;
  for (const q of tree.quotaPaths) {
    if ((path === q || path.startsWith(`${q}/`)) && (best === null || q.length > best.length)) best = q;
  }
  return best === '/' || best === '' ? null : best;
}

function setStats(tree: DataTree, path: string, count: number, bytes: number): void {
  const node = tree.nodes.get(statPath(path));
  if (node === undefined) return;
  const st = parseStatsTrack(node.data);
  st.set('count', count);
  st.set('bytes', bytes);
  node.data = formatStatsTrack(st);
}

/** DataTree.updateQuotaStat: adds the diffs to the stats of the quota `path` falls under. */
export function updateQuotaStat(tree: DataTree, path: string, bytesDiff: number, countDiff: number): void {
  const prefix = maxPrefixWithQuota(tree, path);
  if (prefix === null) return;
  const node = tree.nodes.get(statPath(prefix));
  if (node === undefined) return;
  const st = parseStatsTrack(node.data);
  setStats(tree, prefix, statsValue(st, 'count') + countDiff, statsValue(st, 'bytes') + bytesDiff);
}

/** DataTree.getCounts: nodes and data bytes of the subtree at `path`, itself included. */
function counts(tree: DataTree, path: string): { count: number; bytes: number } {
  const node = tree.nodes.get(path);
  if (node === undefined) return { count: 0, bytes: 0 };
  const c = { count: 1, bytes: node.data === null ? 0 : utf8Length(node.data) };
  for (const child of node.children) {
    const sub = counts(tree, path === '/' ? `/${child}` : `${path}/${child}`);
    c.count += sub.count;
    c.bytes += sub.bytes;
  }
  return c;
}

/** createNode's quota step: a limit node adds its path to the trie; a stats node is filled with the subtree's counts. */
export function onQuotaNodeCreated(tree: DataTree, parentName: string, childName: string): void {
  if (!parentName.startsWith(QUOTA_ZOOKEEPER)) return;
  if (childName === LIMIT_NODE) tree.quotaPaths.add(trimQuotaPath(parentName));
  if (childName === STAT_NODE) {
    const real = trimQuotaPath(parentName);
    const c = counts(tree, real);
    setStats(tree, real, c.count, c.bytes);
  }
}

/** deleteNode's quota step: removing a limit node takes its path out of the trie. */
export function onQuotaNodeDeleted(tree: DataTree, parentName: string, childName: string): void {
  if (parentName.startsWith('/zookeeper') && childName === LIMIT_NODE) tree.quotaPaths.delete(trimQuotaPath(parentName));
}
