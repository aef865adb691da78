/**
 * The znode tree view: D3 owns this SVG (design.md §5). One row per znode: a glyph for its kind, its
 * name, a data preview and its watch badges. Rows are keyed by path, so a change touches only its row;
 * created and changed rows flash and deleted rows fade out (CSS animations: no animation frames of ours).
 * Every text goes in with `.text()`: znode names and data are user text, never HTML.
 */
import { select, type Selection } from 'd3';
import type { TreeView as TreeData, WatchBadge, ZnodeView } from '../../worker/protocol.ts';
import { clip, ROW_H, treeRows, type TreeRow } from '../layout/tree.ts';
import { spaceActivatesFocus } from '../playback/useKeyboard.ts';

/** Text the view needs, already translated. */
export interface TreeLabels {
  node(n: ZnodeView): string;
  badge(b: WatchBadge): string;
  /** What the lock mark of a node protected by its ACL says. */
  protectedMark: string;
}

/** A live tree view. */
export interface TreeViewHandle {
  update(tree: TreeData | null, labels: TreeLabels, selected: string | null): void;
  /** The drawing's width in CSS pixels: it is drawn at one unit a pixel, so its text keeps its CSS size. */
  resize(width: number): void;
  destroy(): void;
}

const FADE_MS = 900;
/** A small padlock (shackle and body, 8×9 units), drawn beside the glyph of a node protected by its ACL and in the legend. */
export const LOCK_PATH = 'M2,4 V2.5 a2,2 0 0 1 4,0 V4 M0.5,4 h7 v5 h-7 Z';

/** One letter per watch kind, as in the legend. */
export const WATCH_LETTER: Record<WatchBadge['kind'], string> = { data: 'D', exist: 'E', child: 'C', persistent: 'P', persistentRecursive: 'R' };

/** Creates the view in `svg`; `onSelect` gets the path of a clicked (or Enter-ed) row. */
export function createTreeView(svg: SVGSVGElement, onSelect: (path: string) => void): TreeViewHandle {
  const root = select(svg).attr('role', 'tree');
  const gRows = root.append('g').attr('class', 'zrows');
  /** Last seen mzxid/version of each path, to tell created from changed rows. */
  let seen = new Map<string, string>();
  let seenSid: number | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let W = 620;
  let last: Parameters<TreeViewHandle['update']> | null = null;

  function focusRow(from: Element, delta: number) {
    const rows = [...svg.querySelectorAll<SVGGElement>('g.znode:not([data-change="deleted"])')];
    const i = rows.indexOf(from as SVGGElement);
    rows[Math.max(0, Math.min(rows.length - 1, i + delta))]?.focus();
  }

  function update(tree: TreeData | null, labels: TreeLabels, selected: string | null) {
    last = [tree, labels, selected];
    // Rows as tall as the CSS font needs (13 px, 18 px in classroom mode).
    const fontPx = parseFloat(getComputedStyle(svg).fontSize) || 13;
    const rowH = Math.max(ROW_H, Math.ceil(1.9 * fontPx));
    const rows = tree ? treeRows(tree.nodes, rowH) : [];
    // Switching servers is not a change: compare only within one server's tree.
    const sameServer = tree?.sid === seenSid;
    const next = new Map<string, string>();
    for (const r of rows) next.set(r.node.path, `${r.node.missing}|${r.node.mzxid}|${r.node.version}`);
    const height = Math.max(rowH, rows.length * rowH + 8);
    root.attr('viewBox', `0 0 ${W} ${height}`).attr('height', height);
    const focusable = selected !== null && next.has(selected) ? selected : rows[0]?.node.path;
    gRows.selectAll<SVGGElement, TreeRow>('g.znode')
      .data(rows, (r) => r.node.path)
      .join(
        (enter) => {
          const g = enter.append('g').attr('class', 'znode').attr('role', 'treeitem');
          g.append('rect').attr('class', 'zrow-bg').attr('x', 0).attr('y', 1).attr('rx', 4);
          g.append('g').attr('class', 'zglyph');
          g.append('text').attr('class', 'zname').attr('dy', '0.35em');
          g.append('text').attr('class', 'zdata').attr('dy', '0.35em');
          g.append('g').attr('class', 'zbadges');
          g.on('click', (_, r) => onSelect(r.node.path));
          g.on('keydown', (ev: KeyboardEvent, r) => {
            if (ev.key === 'Enter' || (ev.key === ' ' && spaceActivatesFocus())) onSelect(r.node.path);
            else if (ev.key === 'ArrowDown') focusRow(ev.currentTarget as Element, 1);
            else if (ev.key === 'ArrowUp') focusRow(ev.currentTarget as Element, -1);
            else return;
            ev.preventDefault();
            ev.stopPropagation();
          });
          return g;
        },
        (upd) => upd,
        (exit) => {
          // Keep a deleted row for a moment so the deletion is seen, then remove it.
          exit.filter(function () { return this.getAttribute('data-change') !== 'deleted'; })
            .attr('data-change', sameServer ? 'deleted' : null).attr('role', null).attr('tabindex', null).attr('aria-hidden', 'true');
          if (!sameServer) exit.remove();
          else {
            const t = setTimeout(() => { exit.filter(function () { return this.getAttribute('data-change') === 'deleted'; }).remove(); timers.delete(t); }, FADE_MS);
            timers.add(t);
          }
          return exit;
        },
      )
      .attr('transform', (r) => `translate(0,${r.y})`)
      .attr('data-kind', (r) => (r.node.missing ? 'missing' : r.node.kind))
      .attr('data-protected', (r) => (r.node.protected ? 'true' : null))
      .attr('data-selected', (r) => String(r.node.path === selected))
      .attr('aria-selected', (r) => String(r.node.path === selected))
      .attr('aria-level', (r) => r.depth + 1)
      .attr('aria-label', (r) => labels.node(r.node))
      .attr('tabindex', (r) => (r.node.path === focusable ? 0 : -1))
      .each(function (r) {
        const g = select<SVGGElement, TreeRow>(this);
        const before = seen.get(r.node.path);
        const now = next.get(r.node.path)!;
        if (sameServer && before !== now) {
          const flip = g.attr('data-flip') === 'a' ? 'b' : 'a';
          g.attr('data-change', before === undefined ? 'created' : 'changed').attr('data-flip', flip);
        }
        drawRow(g, r, labels, { width: W, rowH, charW: 0.62 * fontPx });
      });
    seen = next;
    seenSid = tree?.sid ?? null;
  }

  return {
    update,
    resize(width) {
      if (width < 1 || Math.round(width) === W) return;
      W = Math.round(width);
      if (last) update(...last);
    },
    destroy() {
      for (const t of timers) clearTimeout(t);
      root.selectAll('*').remove();
    },
  };
}

type G = Selection<SVGGElement, TreeRow, null, undefined>;

/** Fills one row (`width` × `rowH` pixels, `charW` a character): glyph by kind, name, data preview, badges. */
function drawRow(g: G, r: TreeRow, labels: TreeLabels, { width, rowH, charW }: { width: number; rowH: number; charW: number }): void {
  const n = r.node;
  const x0 = r.x + 10;
  const cy = rowH / 2;
  g.select('rect.zrow-bg').attr('width', width).attr('height', rowH - 2);
  const glyph = g.select<SVGGElement>('g.zglyph').attr('transform', `translate(${x0 + 7},${cy})`);
  glyph.selectAll('*').remove();
  if (n.kind === 'container' && !n.missing) glyph.append('rect').attr('x', -6).attr('y', -6).attr('width', 12).attr('height', 12).attr('rx', 2);
  else if (n.kind === 'ttl' && !n.missing) glyph.append('path').attr('d', 'M-6,-6 L6,-6 L-6,6 L6,6 Z');
  else glyph.append('circle').attr('r', 6);
  if (n.sequential) glyph.append('text').attr('class', 'zseq').attr('x', 9).attr('y', -3).text('#');
  // Protected by its ACL (not world:anyone:cdrwa): a small lock under the glyph, as in the legend.
  if (n.protected) {
    glyph.append('path').attr('class', 'zlock').attr('d', LOCK_PATH).attr('transform', 'translate(4,1)')
      .append('title').text(labels.protectedMark);
  }
  const nameX = x0 + 24;
  const name = clip(n.name, 34);
  g.select('text.zname').attr('x', nameX).attr('y', cy).text(name);
  const owner = n.ownerSession ?? n.owner;
  const detail = n.missing ? '' : [n.data === null ? '' : `"${clip(n.data, 22)}"`, owner ? `ephemeralOwner=${owner}` : '', n.ttlMs !== null ? `ttl ${n.ttlMs}ms` : '']
    .filter(Boolean).join('  ');
  g.select('text.zdata').attr('x', nameX + name.length * charW + 12).attr('y', cy).text(detail);
  const badges = g.select<SVGGElement>('g.zbadges').attr('transform', `translate(${width - 8},${cy})`);
  const b = badges.selectAll<SVGGElement, WatchBadge>('g.wbadge')
    .data(n.watches, (w) => `${w.kind}:${w.session}:${w.server}`)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'wbadge');
      e.append('rect');
      e.append('text').attr('dy', '0.35em');
      e.append('title');
      return e;
    });
  let right = 0;
  b.each(function (w) {
    const text = `${WATCH_LETTER[w.kind]} ${clip(w.session, 8)}@${w.server}`;
    const badgeW = text.length * charW + 12, badgeH = rowH - 6;
    right += badgeW + 4;
    const s = select(this).attr('data-kind', w.kind).attr('transform', `translate(${-right},0)`);
    s.select('rect').attr('width', badgeW).attr('y', -badgeH / 2).attr('height', badgeH).attr('rx', badgeH / 2);
    s.select('text').attr('x', 6).text(text);
    s.select('title').text(labels.badge(w));
  });
}
