/**
 * DataTree.processTxn: applies one committed txn. Deterministic and identical on every replica; it returns
 * the result for the client and the watch triggers to fire on this server (reference §4.3, §5.2).
 */
import type { Zxid } from '../zxid.ts';
import type { WatchTrigger } from '../watch/watched-event.ts';
import { createNode, deleteNode, getNode, setNodeACL, setNodeData, statOf, type DataTree } from './data-tree.ts';
import { Code } from './keeper-exception.ts';
import type { Stat } from './stat.ts';
import type { Txn, TxnBody } from './txn.ts';

/** ProcessTxnResult: what FinalRequestProcessor turns into the response. */
export interface ProcessTxnResult {
  err: number;
  type: TxnBody['type'];
  path: string | null;
  stat: Stat | null;
  multiResult: ProcessTxnResult[] | null;
}

/** The outcome of applying one txn. */
export interface ApplyOutcome {
  result: ProcessTxnResult;
  watchEvents: WatchTrigger[];
}

/** Applies `txn` to `tree`, advancing lastProcessedZxid even for error txns (§4.3). */
export function applyTxn(tree: DataTree, txn: Txn): ApplyOutcome {
  const watchEvents: WatchTrigger[] = [];
  const result = processBody(tree, txn.body, txn.hdr.zxid, txn.hdr.time, txn.hdr.sessionId, watchEvents);
  if (txn.hdr.zxid > tree.lastProcessedZxid) tree.lastProcessedZxid = txn.hdr.zxid;
  return { result, watchEvents };
}

function ok(type: TxnBody['type'], path: string | null = null, stat: Stat | null = null): ProcessTxnResult {
  return { err: Code.OK, type, path, stat, multiResult: null };
}

function processBody(tree: DataTree, body: TxnBody, zxid: Zxid, time: number, sessionId: bigint, out: WatchTrigger[]): ProcessTxnResult {
  switch (body.type) {
    case 'create': {
      out.push(...createNode(tree, body.path, body.data, body.acl, body.ephemeralOwner, body.parentCVersion, zxid, time));
      return ok('create', body.path, statOf(tree, getNode(tree, body.path)!));
    }
    case 'delete':
    case 'deleteContainer':
      out.push(...deleteNode(tree, body.path, zxid));
      return ok(body.type, body.path);
    case 'setData':
      out.push(...setNodeData(tree, body.path, body.data, body.version, zxid, time));
      return ok('setData', body.path, statOf(tree, getNode(tree, body.path)!));
    case 'setACL':
      setNodeACL(tree, body.path, body.acl, body.version);
      return ok('setACL', body.path, statOf(tree, getNode(tree, body.path)!));
    case 'check':
      return ok('check', body.path);
    case 'error':
      return { err: body.err, type: 'error', path: null, stat: null, multiResult: null };
    case 'createSession':
      tree.sessionsWithTimeouts.set(sessionId, body.timeout);
      return ok('createSession');
    case 'closeSession':
      // Every replica deletes exactly the listed ephemerals, all at this zxid (§6.3).
      for (const p of body.paths) if (getNode(tree, p) !== undefined) out.push(...deleteNode(tree, p, zxid));
      tree.sessionsWithTimeouts.delete(sessionId);
      return ok('closeSession');
    case 'multi':
      return processMulti(tree, body.txns, zxid, time, sessionId, out);
  }
}

/**
 * A multi with an error sub-txn changes nothing: ops before the failure report OK (0), the failed one its
 * code, the ones after RuntimeInconsistency (-2); the result's err is the first failure's code.
 */
function processMulti(tree: DataTree, txns: TxnBody[], zxid: Zxid, time: number, sessionId: bigint, out: WatchTrigger[]): ProcessTxnResult {
  const failedAt = txns.findIndex((t) => t.type === 'error');
  if (failedAt >= 0) {
    const multiResult = txns.map((t, i): ProcessTxnResult => {
      const err = i < failedAt ? Code.OK : i === failedAt && t.type === 'error' ? t.err : Code.RUNTIMEINCONSISTENCY;
      return { err, type: 'error', path: null, stat: null, multiResult: null };
    });
    const first = txns[failedAt] as Extract<TxnBody, { type: 'error' }>;
    return { err: first.err, type: 'multi', path: null, stat: null, multiResult };
  }
  const multiResult = txns.map((t) => processBody(tree, t, zxid, time, sessionId, out));
  return { err: Code.OK, type: 'multi', path: null, stat: null, multiResult };
}
