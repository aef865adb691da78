/**
 * Transactions: what PrepRequestProcessor produces and every replica applies (reference §4.3). Plain data,
 * so Zab can carry them and the simulator can clone them.
 */
import type { Zxid } from '../zxid.ts';
import type { ACL } from '../acl/acl.ts';

/** One txn body. An `error` txn carries the KeeperException code of a failed write (§4.3). */
export type TxnBody =
  | { type: 'create'; path: string; data: string | null; acl: ACL[]; ephemeralOwner: bigint; parentCVersion: number }
  | { type: 'delete'; path: string }
  | { type: 'deleteContainer'; path: string }
  | { type: 'setData'; path: string; data: string | null; version: number }
  | { type: 'check'; path: string; version: number }
  /** SetACLTxn: the fixed-up list and the new aclVersion. */
  | { type: 'setACL'; path: string; acl: ACL[]; version: number }
  | { type: 'error'; err: number }
  | { type: 'multi'; txns: TxnBody[] }
  | { type: 'createSession'; timeout: number }
  /** CloseSessionTxn: the ephemerals to delete, listed at prep time (`zookeeper.closeSessionTxn.enabled`). */
  | { type: 'closeSession'; paths: string[] };

/** TxnHeader: who asked, when (the leader's clock at prep), and the zxid. */
export interface TxnHeader {
  sessionId: bigint;
  cxid: number;
  zxid: Zxid;
  time: number;
}

/** A txn as logged and proposed: header plus body. */
export interface Txn {
  hdr: TxnHeader;
  body: TxnBody;
}
