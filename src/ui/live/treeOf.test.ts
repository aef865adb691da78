import { describe, expect, it } from 'vitest';
import type { ZnodeInfo } from '../../worker/protocol.ts';
import { childrenByParent, nameOf, parentOf } from './treeOf.ts';

const node = (path: string): ZnodeInfo => ({
  path, czxid: '0x0', mzxid: '0x0', pzxid: '0x0', ctime: 0, mtime: 0, version: 0, cversion: 0, aversion: 0, ephemeralOwner: '0x0', dataLength: 0, numChildren: 0, dataPreview: null,
});

describe('the live znode tree', () => {
  it('knows parents and names of paths', () => {
    expect(parentOf('/')).toBeNull();
    expect(parentOf('/x')).toBe('/');
    expect(parentOf('/a/b/c')).toBe('/a/b');
    expect(nameOf('/a/b')).toBe('b');
    expect(nameOf('/')).toBe('/');
  });

  it('groups children under their parent in path order, and orphans under the root (a truncated walk)', () => {
    const m = childrenByParent([node('/'), node('/zookeeper'), node('/x'), node('/x/b'), node('/x/a'), node('/gone/child')]);
    expect(m.get('/')?.map((n) => n.path)).toEqual(['/gone/child', '/x', '/zookeeper']);
    expect(m.get('/x')?.map((n) => n.path)).toEqual(['/x/a', '/x/b']);
  });
});
