/**
 * ContainerManager.getCandidates: which containers and TTL nodes the leader (or standalone server) deletes
 * on its next check, every `znode.container.checkIntervalMs` (reference §4.7).
 */
import { getNode, type DataTree } from './data-tree.ts';
import { ephemeralKind, ttlOf } from './ephemeral-type.ts';

/** Settings of the check. */
export interface ContainerManagerConfig {
  /** `znode.container.maxNeverUsedIntervalMs`; 0 (default) never deletes a container that never had a child. */
  maxNeverUsedIntervalMs: number;
}

/**
 * Paths to delete at wall time `nowMs`: empty containers that have had a child (stored cversion > 0), or that
 * were never used for longer than maxNeverUsedIntervalMs; empty TTL nodes unchanged for longer than their TTL.
 * Sorted, for a deterministic order (Java iterates hash sets).
 */
export function containerCandidates(tree: DataTree, nowMs: number, cfg: ContainerManagerConfig): string[] {
  const out: string[] = [];
  for (const path of [...tree.containers].sort()) {
    const node = getNode(tree, path);
    if (node === undefined || node.children.size > 0) continue;
    const elapsed = nowMs - node.stat.mtime;
    if (node.stat.cversion > 0) out.push(path);
    else if (cfg.maxNeverUsedIntervalMs !== 0 && elapsed > cfg.maxNeverUsedIntervalMs) out.push(path);
  }
  for (const path of [...tree.ttls].sort()) {
    const node = getNode(tree, path);
    if (node === undefined || node.children.size > 0) continue;
    if (ephemeralKind(node.stat.ephemeralOwner, tree.extendedTypesEnabled) !== 'TTL') continue;
    const ttl = ttlOf(node.stat.ephemeralOwner);
    if (ttl !== 0 && nowMs - node.stat.mtime > ttl) out.push(path);
  }
  return out;
}
