/**
 * The flat list of znodes the bridge sends, as parent → children, for a nested list. Pure, so it is
 * tested without a DOM.
 */
import type { ZnodeInfo } from '../../worker/protocol.ts';

/** The parent path of a znode path (`/` for top-level nodes, null for the root). */
export function parentOf(path: string): string | null {
  if (path === '/') return null;
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** The last component of a path (the root is `/`). */
export function nameOf(path: string): string {
  return path === '/' ? '/' : path.slice(path.lastIndexOf('/') + 1);
}

/** Children by parent path, each list in path order; nodes whose parent is missing hang under the root. */
export function childrenByParent(nodes: readonly ZnodeInfo[]): Map<string, ZnodeInfo[]> {
  const known = new Set(nodes.map((n) => n.path));
  const out = new Map<string, ZnodeInfo[]>();
  for (const n of [...nodes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const p = parentOf(n.path);
    if (p === null) continue;
    const key = known.has(p) ? p : '/';
    out.set(key, [...(out.get(key) ?? []), n]);
  }
  return out;
}
