/**
 * Geometry of the znode tree (design.md §5): an indented tree, one row per znode, built with
 * d3.hierarchy so depth and order come from the tree itself. Pure; unit-tested.
 */
import { hierarchy } from 'd3';
import type { ZnodeView } from '../../worker/protocol.ts';

/** One drawn row. */
export interface TreeRow {
  readonly node: ZnodeView;
  readonly depth: number;
  readonly x: number;
  readonly y: number;
}

/** Row height and indent in SVG user units. */
export const ROW_H = 26;
export const INDENT = 20;

interface Item {
  readonly node: ZnodeView;
  readonly children: Item[];
}

/** Rows of the tree in pre-order, `rowH` apart, children by name (sequential suffixes are zero-padded, so this is their order). */
export function treeRows(nodes: readonly ZnodeView[], rowH = ROW_H): TreeRow[] {
  const items = new Map<string, Item>();
  for (const n of nodes) items.set(n.path, { node: n, children: [] });
  let root: Item | null = null;
  for (const item of items.values()) {
    let parent = item.node.parent;
    // A watched missing path may hang under another missing path: attach it to its nearest drawn ancestor.
    while (parent !== null && !items.has(parent)) parent = parent.slice(0, parent.lastIndexOf('/')) || (parent === '/' ? null : '/');
    if (parent === null) root = item;
    else items.get(parent)!.children.push(item);
  }
  if (!root) return [];
  const h = hierarchy(root, (d) => [...d.children].sort((a, b) => (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : 0)));
  const rows: TreeRow[] = [];
  h.eachBefore((d) => {
    rows.push({ node: d.data.node, depth: d.depth, x: d.depth * INDENT, y: rows.length * rowH });
  });
  return rows;
}

/** Text cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}
