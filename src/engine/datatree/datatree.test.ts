import { describe, expect, it } from 'vitest';
import { openAclUnsafe } from '../acl/acl.ts';
import { applyTxn } from './apply-txn.ts';
import { createPrepState } from './change-record.ts';
import { createDataTree, getNode, statOf } from './data-tree.ts';
import { pathError } from './path-utils.ts';
import { prepRequest } from './prep-request-processor.ts';
import { sequenceSuffix } from './prep-ops.ts';
import type { WriteOp } from './request.ts';
import { createSession, createSessionTracker } from '../session/session-tracker.ts';

function setup(ext = false) {
  const tree = createDataTree(ext);
  const tracker = createSessionTracker(1, 0, { tickTime: 2000 });
  const sid = createSession(tracker, 4000, 0);
  const state = createPrepState(tree, tracker);
  let zxid = 0n;
  const write = (op: WriteOp) => applyTxn(tree, prepRequest(state, { sessionId: sid, cxid: 1, op }, ++zxid, 1000));
  return { tree, write, sid, state };
}
const create = (path: string, mode: 'PERSISTENT' | 'EPHEMERAL' = 'PERSISTENT'): WriteOp => ({ type: 'create', path, data: null, mode, ttl: -1, acl: openAclUnsafe() });

describe('data tree', () => {
  it('§4.1/§4.2 reported cversion = 2·creates − numChildren, so a fresh root shows -1 and /zookeeper -2', () => {
    const t = createDataTree();
    expect(statOf(t, getNode(t, '/')!).cversion).toBe(-1);
    expect(statOf(t, getNode(t, '/zookeeper')!).cversion).toBe(-2);
  });

  it('§4.3 a failed write is an error txn that still consumes its zxid and changes nothing', () => {
    const { tree, write } = setup();
    const r = write(create('/missing/x'));
    expect(r.result.err).toBe(-101);
    expect(tree.lastProcessedZxid).toBe(1n);
    expect(r.watchEvents).toEqual([]);
  });

  it('§4.3 create bumps the parent pzxid and cversion, never its mzxid; delete leaves the stored cversion', () => {
    const { tree, write } = setup();
    write(create('/a'));
    write(create('/a/b'));
    write({ type: 'delete', path: '/a/b', version: -1 });
    const a = getNode(tree, '/a')!;
    expect([a.stat.mzxid, a.stat.pzxid, a.stat.cversion, statOf(tree, a).cversion]).toEqual([1n, 3n, 1, 2]);
  });

  it('§4.3 a multi with a failing op applies nothing: OK before, its code, -2 after', () => {
    const { tree, write } = setup();
    write(create('/m1'));
    const r = write({ type: 'multi', ops: [create('/m3'), create('/m1'), create('/m4')] });
    expect(r.result.multiResult!.map((x) => x.err)).toEqual([0, -110, -2]);
    expect(getNode(tree, '/m3')).toBeUndefined();
  });

  it('§4.4 delete checks BadVersion before NotEmpty', () => {
    const { write } = setup();
    write(create('/a'));
    write(create('/a/b'));
    expect(write({ type: 'delete', path: '/a', version: 7 }).result.err).toBe(-103);
    expect(write({ type: 'delete', path: '/a', version: 0 }).result.err).toBe(-111);
  });

  it('§4.4 create checks NodeExists before NoChildrenForEphemerals', () => {
    const { write } = setup();
    write(create('/e', 'EPHEMERAL'));
    expect(write(create('/e', 'EPHEMERAL')).result.err).toBe(-110);
    expect(write(create('/e/c')).result.err).toBe(-108);
  });

  it('§4.4 validation counts outstanding (prepped, unapplied) creates', () => {
    const { state, sid } = setup();
    prepRequest(state, { sessionId: sid, cxid: 1, op: create('/p') }, 1n, 0);
    const second = prepRequest(state, { sessionId: sid, cxid: 2, op: create('/p') }, 2n, 0);
    expect(second.body).toEqual({ type: 'error', err: -110 });
  });

  it('§4.5 the suffix is %010d of the stored counter and wraps past 2^31-1 to 11 characters', () => {
    expect(sequenceSuffix(0)).toBe('0000000000');
    expect(sequenceSuffix(2147483647)).toBe('2147483647');
    expect(sequenceSuffix(-2147483648)).toBe('-2147483648');
  });

  it('§4.7 TTL creates are Unimplemented unless zookeeper.extendedTypesEnabled=true', () => {
    const ttl: WriteOp = { type: 'create', path: '/t', data: null, mode: 'PERSISTENT_WITH_TTL', ttl: 1000, acl: openAclUnsafe() };
    expect(setup(false).write(ttl).result.err).toBe(-6);
    expect(setup(true).write(ttl).result.err).toBe(0);
  });

  it('§4.6 path messages name the offending index', () => {
    expect(pathError('//a')).toBe('Invalid path string "//a" caused by empty node name specified @1');
    expect(pathError('/a/../b')).toBe('Invalid path string "/a/../b" caused by relative paths not allowed @4');
    expect(pathError('/x\u0001y')).toBe('Invalid path string "/x\u0001y" caused by invalid character @2');
    expect(pathError('/locks/', true)).toBeNull();
    expect(pathError('/...')).toBeNull();
  });

  it('§4.3 plain data: a tree survives structuredClone', () => {
    const { tree, write } = setup();
    write(create('/a'));
    expect(structuredClone(tree)).toEqual(tree);
  });
});
