import { describe, expect, it } from 'vitest';
import { openAclUnsafe } from '../acl/acl.ts';
import { createDataTree } from '../datatree/data-tree';
import { applyTxn } from '../datatree/apply-txn';
import { createServerWatches, fireTriggers } from './server-watches';
import { setWatches } from './set-watches';

function tree() {
  const t = createDataTree();
  const create = (zxid: bigint, path: string) =>
    applyTxn(t, { hdr: { sessionId: 1n, cxid: 1, zxid, time: 0 }, body: { type: 'create', path, data: 'x', acl: openAclUnsafe(), ephemeralOwner: 0n, parentCVersion: -1 } });
  create(1n, '/same');
  create(2n, '/changed');
  applyTxn(t, { hdr: { sessionId: 1n, cxid: 2, zxid: 5n, time: 0 }, body: { type: 'setData', path: '/changed', data: 'y', version: 1 } });
  create(6n, '/born');
  return t;
}

const none = { existWatches: [], childWatches: [], persistentWatches: [], persistentRecursiveWatches: [] };

describe('§5.5 SetWatches on reconnect', () => {
  it('a data watch on a node changed after relativeZxid fires NodeDataChanged now; an unchanged one is registered again', () => {
    const watches = createServerWatches();
    const fired = setWatches(tree(), watches, 'c1', { ...none, relativeZxid: 3n, dataWatches: ['/same', '/changed', '/gone'] });
    expect(fired).toEqual([
      { type: 'NodeDataChanged', state: 'SyncConnected', path: '/changed' },
      { type: 'NodeDeleted', state: 'SyncConnected', path: '/gone' },
    ]);
    expect(fireTriggers(watches, [{ table: 'data', type: 'NodeDataChanged', path: '/same' }]).map((n) => n.watcher)).toEqual(['c1']);
  });

  it('an exists watch on a node created meanwhile fires NodeCreated; child watches compare pzxid', () => {
    const fired = setWatches(tree(), createServerWatches(), 'c1', { ...none, relativeZxid: 3n, dataWatches: [], existWatches: ['/born', '/never'], childWatches: ['/'] });
    expect(fired.map((e) => `${e.type} ${e.path}`)).toEqual(['NodeCreated /born', 'NodeChildrenChanged /']);
  });
});
