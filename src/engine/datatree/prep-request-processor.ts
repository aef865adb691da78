/**
 * PrepRequestProcessor: turns a client write into a txn. The zxid is assigned before validation, so a write
 * that fails still becomes a txn, an error txn, and consumes its zxid (reference §4.3, §4.4).
 */
import type { Zxid } from '../zxid.ts';
import { Code, KeeperError } from './keeper-exception.ts';
import { addChangeRecord, getRecordForPath, type PrepState } from './change-record.ts';
import { prepCheck, prepCreate, prepDelete, prepDeleteContainer, prepSetACL, prepSetData } from './prep-ops.ts';
import type { Id } from '../acl/acl.ts';
import type { Request, WriteOp } from './request.ts';
import type { Txn, TxnBody } from './txn.ts';
import { checkSession, setSessionClosing, trackSession } from '../session/session-tracker.ts';
import type { ErrorCode } from './keeper-exception.ts';

/**
 * PrepRequestProcessor.pRequest: validates `request` against the tree plus outstanding changes, records
 * the changes it will make, and returns the txn to propose (a normal txn or an error txn).
 */
export function prepRequest(state: PrepState, request: Request, zxid: Zxid, timeMs: number): Txn {
  const hdr = { sessionId: request.sessionId, cxid: request.cxid, zxid, time: timeMs };
  const op = request.op;
  const auth = request.authInfo ?? [];
  if (op.type === 'multi') return { hdr, body: prepMulti(state, request.sessionId, auth, op.ops, zxid, timeMs) };
  try {
    return { hdr, body: prepOne(state, request.sessionId, auth, op, zxid, timeMs) };
  } catch (e) {
    if (e instanceof KeeperError) return { hdr, body: { type: 'error', err: e.code } };
    throw e;
  }
}

function sessionCheck(state: PrepState, sessionId: bigint): void {
  const code = checkSession(state.sessions, sessionId);
  if (code !== 0) throw new KeeperError(code as ErrorCode, null);
}

function prepOne(state: PrepState, sessionId: bigint, auth: Id[], op: WriteOp, zxid: Zxid, time: number): TxnBody {
  switch (op.type) {
    case 'create':
      return prepCreate(state, sessionId, auth, op, zxid, time, () => sessionCheck(state, sessionId));
    case 'delete':
      sessionCheck(state, sessionId);
      return prepDelete(state, auth, op, zxid);
    case 'setData':
      sessionCheck(state, sessionId);
      return prepSetData(state, auth, op, zxid, time);
    case 'setACL':
      sessionCheck(state, sessionId);
      return prepSetACL(state, auth, op, zxid);
    case 'check':
      sessionCheck(state, sessionId);
      return prepCheck(state, auth, op);
    case 'reconfig':
      // reconfigEnabled is false (ZooKeeper's default): refused before anything else, still an error txn.
      throw new KeeperError(Code.RECONFIGDISABLED, null);
    case 'deleteContainer':
      return prepDeleteContainer(state, op.path, zxid);
    case 'createSession':
      trackSession(state.sessions, sessionId, op.timeout, time);
      return { type: 'createSession', timeout: op.timeout };
    case 'closeSession':
      return prepCloseSession(state, sessionId, zxid);
    case 'multi':
      throw new KeeperError(Code.BADARGUMENTS, null);
  }
}

/**
 * closeSession: the session's ephemerals plus its pending ephemeral creates, minus pending deletes (§6.3).
 * Listed in the txn so every replica deletes exactly these.
 */
function prepCloseSession(state: PrepState, sessionId: bigint, zxid: Zxid): TxnBody {
  const es = new Set(state.tree.ephemerals.get(sessionId) ?? []);
  for (const c of state.outstandingChanges.values()) {
    if (c.stat === null) es.delete(c.path);
    else if (c.stat.ephemeralOwner === sessionId) es.add(c.path);
  }
  const paths = [...es].sort();
  for (const p of paths) {
    // As 3.8 does with digests on: the parent's pzxid moves, its pending childCount is left alone.
    const parent = p.substring(0, p.lastIndexOf('/')) || '/';
    const pr = getRecordForPath(state, parent);
    addChangeRecord(state, { ...pr, zxid, stat: pr.stat === null ? null : { ...pr.stat, pzxid: zxid } });
    addChangeRecord(state, { zxid, path: p, stat: null, childCount: 0, acl: [] });
  }
  setSessionClosing(state.sessions, sessionId);
  return { type: 'closeSession', paths };
}

/**
 * A multi gets one zxid for all its ops. On the first failure the pending changes of the earlier ops are
 * rolled back and every later op becomes RuntimeInconsistency; the applier reports the earlier ops as OK.
 */
function prepMulti(state: PrepState, sessionId: bigint, auth: Id[], ops: WriteOp[], zxid: Zxid, time: number): TxnBody {
  const saved = new Map(state.outstandingChanges);
  const txns: TxnBody[] = [];
  let failed = false;
  for (const op of ops) {
    if (failed) {
      txns.push({ type: 'error', err: Code.RUNTIMEINCONSISTENCY });
      continue;
    }
    try {
      txns.push(prepOne(state, sessionId, auth, op, zxid, time));
    } catch (e) {
      if (!(e instanceof KeeperError)) throw e;
      failed = true;
      txns.push({ type: 'error', err: e.code });
      state.outstandingChanges = saved;
    }
  }
  return { type: 'multi', txns };
}
