/**
 * The per-op checks of PrepRequestProcessor, in ZooKeeper's order: the first failing check wins (§4.4).
 */
import type { Zxid } from '../zxid.ts';
import { addChangeRecord, duplicate, getRecordForPath, type ChangeRecord, type PrepState } from './change-record.ts';
import { Perms, type Id } from '../acl/acl.ts';
import { checkACL, fixupACL } from '../acl/auth-providers.ts';
import { checkQuota } from './quota-check.ts';
import { CONTAINER_EPHEMERAL_OWNER, MAX_TTL_MS, ephemeralKind, ttlEphemeralOwner } from './ephemeral-type.ts';
import { Code, KeeperError } from './keeper-exception.ts';
import { isSpecialPath, pathError } from './path-utils.ts';
import { isEphemeral, isSequential, isTTL, type WriteOp } from './request.ts';
import { createStat } from './stat.ts';
import type { TxnBody } from './txn.ts';

type Op<T extends WriteOp['type']> = Extract<WriteOp, { type: T }>;

/** `String.format("%010d", n)` for a Java int, negative values included (§4.5). */
export function sequenceSuffix(n: number): string {
  if (n < 0) return `-${String(-n).padStart(9, '0')}`;
  return String(n).padStart(10, '0');
}

function checkPathSyntax(path: string): void {
  if (path.lastIndexOf('/') === -1 || path.includes('\0')) throw new KeeperError(Code.BADARGUMENTS, path);
}

function parentOf(path: string): string {
  return path.substring(0, path.lastIndexOf('/')) || '/';
}

/** checkAndIncVersion: -1 matches anything; the new version wraps as a Java int. */
function checkAndIncVersion(current: number, expected: number, path: string): number {
  if (expected !== -1 && expected !== current) throw new KeeperError(Code.BADVERSION, path);
  return (current + 1) | 0;
}

/** create, createContainer, createTTL (§4.4 steps 1–9, §4.5, §4.7). */
export function prepCreate(
  state: PrepState,
  sessionId: bigint,
  authInfo: Id[],
  op: Op<'create'>,
  zxid: Zxid,
  time: number,
  sessionCheck: () => void,
): TxnBody {
  const ext = state.tree.extendedTypesEnabled;
  if (isTTL(op.mode)) {
    if (!ext) throw new KeeperError(Code.UNIMPLEMENTED, op.path);
    if (op.ttl <= 0 || op.ttl > MAX_TTL_MS) throw new KeeperError(Code.BADARGUMENTS, op.path);
  } else if (op.ttl >= 0) {
    throw new KeeperError(Code.BADARGUMENTS, op.path);
  }
  sessionCheck();
  checkPathSyntax(op.path);
  const acl = fixupACL(op.path, authInfo, op.acl);
  const parentPath = parentOf(op.path);
  const parent = getRecordForPath(state, parentPath);
  checkACL(parent.acl, Perms.CREATE, authInfo, op.path);
  const parentStat = parent.stat!;
  // The suffix is the parent's stored create counter before this create (§4.5).
  const path = isSequential(op.mode) ? op.path + sequenceSuffix(parentStat.cversion) : op.path;
  if (pathError(path) !== null) throw new KeeperError(Code.BADARGUMENTS, path);
  let exists = true;
  try {
    getRecordForPath(state, path);
  } catch {
    exists = false;
  }
  if (exists) throw new KeeperError(Code.NODEEXISTS, path);
  if (ephemeralKind(parentStat.ephemeralOwner, ext) === 'NORMAL') throw new KeeperError(Code.NOCHILDRENFOREPHEMERALS, path);
  checkQuota(state, path, null, op.data, 'create');
  const owner = isEphemeral(op.mode)
    ? sessionId
    : op.mode === 'CONTAINER'
      ? CONTAINER_EPHEMERAL_OWNER
      : isTTL(op.mode)
        ? ttlEphemeralOwner(op.ttl)
        : 0n;
  const newCversion = (parentStat.cversion + 1) | 0;
  const pr = duplicate(parent, zxid);
  pr.childCount += 1;
  pr.stat!.cversion = newCversion;
  pr.stat!.pzxid = zxid;
  addChangeRecord(state, pr);
  addChangeRecord(state, { zxid, path, stat: createStat(zxid, time, owner), childCount: 0, acl });
  return { type: 'create', path, data: op.data, acl, ephemeralOwner: owner, parentCVersion: newCversion };
}

/** delete: BadVersion is checked before NotEmpty (§4.4). */
export function prepDelete(state: PrepState, authInfo: Id[], op: Op<'delete'>, zxid: Zxid): TxnBody {
  checkPathSyntax(op.path);
  if (isSpecialPath(op.path)) throw new KeeperError(Code.BADARGUMENTS, op.path);
  const parent = getRecordForPath(state, parentOf(op.path));
  checkACL(parent.acl, Perms.DELETE, authInfo, op.path);
  const node = getRecordForPath(state, op.path);
  checkAndIncVersion(node.stat!.version, op.version, op.path);
  if (node.childCount > 0) throw new KeeperError(Code.NOTEMPTY, op.path);
  removeChild(state, parent, op.path, zxid);
  return { type: 'delete', path: op.path };
}

function removeChild(state: PrepState, parent: ChangeRecord, path: string, zxid: Zxid): void {
  const pr = duplicate(parent, zxid);
  pr.childCount -= 1;
  pr.stat!.pzxid = zxid;
  addChangeRecord(state, pr);
  addChangeRecord(state, { zxid, path, stat: null, childCount: -1, acl: [] });
}

/** setData: path, NoNode, WRITE permission, then the version (§4.4). */
export function prepSetData(state: PrepState, authInfo: Id[], op: Op<'setData'>, zxid: Zxid, time: number): TxnBody {
  if (pathError(op.path) !== null) throw new KeeperError(Code.BADARGUMENTS, op.path);
  const node = getRecordForPath(state, op.path);
  checkACL(node.acl, Perms.WRITE, authInfo, op.path);
  // The node's current data as the applied tree holds it (ZooKeeper reads the pending record's).
  checkQuota(state, op.path, state.tree.nodes.get(op.path)?.data ?? null, op.data, 'setData');
  const version = checkAndIncVersion(node.stat!.version, op.version, op.path);
  const nr = duplicate(node, zxid);
  nr.stat!.version = version;
  nr.stat!.mtime = time;
  nr.stat!.mzxid = zxid;
  addChangeRecord(state, nr);
  return { type: 'setData', path: op.path, data: op.data, version };
}

/** check (multi only): path, NoNode, READ permission, version. */
export function prepCheck(state: PrepState, authInfo: Id[], op: Op<'check'>): TxnBody {
  if (pathError(op.path) !== null) throw new KeeperError(Code.BADARGUMENTS, op.path);
  const node = getRecordForPath(state, op.path);
  checkACL(node.acl, Perms.READ, authInfo, op.path);
  const version = checkAndIncVersion(node.stat!.version, op.version, op.path);
  return { type: 'check', path: op.path, version };
}

/** setACL: path, InvalidACL, NoNode, ADMIN permission, then the aclVersion (§4.4). mzxid and mtime stay. */
export function prepSetACL(state: PrepState, authInfo: Id[], op: Op<'setACL'>, zxid: Zxid): TxnBody {
  if (pathError(op.path) !== null) throw new KeeperError(Code.BADARGUMENTS, op.path);
  const acl = fixupACL(op.path, authInfo, op.acl);
  const node = getRecordForPath(state, op.path);
  checkACL(node.acl, Perms.ADMIN, authInfo, op.path);
  const version = checkAndIncVersion(node.stat!.aversion, op.version, op.path);
  const nr = duplicate(node, zxid);
  nr.stat!.aversion = version;
  nr.acl = acl;
  addChangeRecord(state, nr);
  return { type: 'setACL', path: op.path, acl, version };
}

/** deleteContainer (ContainerManager, session 0): re-checks emptiness at prep time (§4.7). */
export function prepDeleteContainer(state: PrepState, path: string, zxid: Zxid): TxnBody {
  checkPathSyntax(path);
  const node = getRecordForPath(state, path);
  if (node.childCount > 0) throw new KeeperError(Code.NOTEMPTY, path);
  if (ephemeralKind(node.stat!.ephemeralOwner, state.tree.extendedTypesEnabled) === 'NORMAL') {
    throw new KeeperError(Code.BADVERSION, path);
  }
  const parent = getRecordForPath(state, parentOf(path));
  removeChild(state, parent, path, zxid);
  return { type: 'deleteContainer', path };
}
