import { describe, expect, it } from 'vitest';
import type { ZnodeView } from '../../worker/protocol.ts';
import { clip, INDENT, ROW_H, treeRows } from './tree.ts';

const node = (path: string, missing = false): ZnodeView => ({
  path, name: path === '/' ? '/' : path.slice(path.lastIndexOf('/') + 1), parent: path === '/' ? null : path.slice(0, path.lastIndexOf('/')) || '/',
  missing, kind: 'persistent', sequential: false, owner: null, ownerSession: null, ttlMs: null, data: null, dataLength: 0, version: 0,
  mzxid: '0x0', stat: [], watches: [], acl: [], protected: false,
});

describe('tree layout', () => {
  it('lists znodes in pre-order with children sorted by name, indented by depth', () => {
    const rows = treeRows(['/', '/zookeeper', '/locks', '/locks/lock-0000000001', '/locks/lock-0000000000', '/a'].map((p) => node(p)));
    expect(rows.map((r) => r.node.path)).toEqual(['/', '/a', '/locks', '/locks/lock-0000000000', '/locks/lock-0000000001', '/zookeeper']);
    expect(rows[3]).toMatchObject({ depth: 2, x: 2 * INDENT, y: 3 * ROW_H });
  });

  it('hangs a watched missing path under its nearest existing ancestor', () => {
    const rows = treeRows([node('/'), node('/x/y', true)]);
    expect(rows.map((r) => [r.node.path, r.depth])).toEqual([['/', 0], ['/x/y', 1]]);
  });

  it('clips long text with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });
});
