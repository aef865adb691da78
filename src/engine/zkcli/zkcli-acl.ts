/**
 * zkCli's ACL commands: `addauth`, `getAcl`, `setAcl` (with `-R`, ZKUtil.visitSubTreeDFS: the path, then
 * each node's children in sorted order, depth first), and the ACL argument of `create`.
 */
import { Code, keeperErrorMessage } from '../datatree/keeper-exception.ts';
import { joinPath } from '../datatree/path-utils.ts';
import type { ACL } from '../acl/acl.ts';
import type { ReadOp, WriteOp } from '../datatree/request.ts';
import { cliErrorMessage } from './cli-errors.ts';
import { submitRequest, type Delivery } from './zookeeper-client.ts';
import type { ZkCli } from './zkcli.ts';

/** One step of `setAcl -R`. */
type VisitStep = { op: 'getData' | 'setACL' | 'getChildren'; path: string };

/** Progress of `setAcl -R` (plain data). */
export interface SetAclRecursive {
  kind: 'setAclR';
  acl: ACL[];
  version: number;
  queue: VisitStep[];
  /** setACL failures, printed with `out.print` (no line break) as ZooKeeper does; shown as one line at the end. */
  failures: string;
}

/**
 * ZooKeeper.validateACL on the client: an empty list (AclParser skipped every entry) is refused before
 * anything is sent. `create` prints the exception's message too. Returns null when refused.
 */
export function validateCliAcl(cli: ZkCli, acl: ACL[], printException: boolean): ACL[] | null {
  if (acl.length > 0) return acl;
  if (printException) cli.out.push(keeperErrorMessage(Code.INVALIDACL, null));
  cli.out.push(cliErrorMessage(Code.INVALIDACL, null));
  return null;
}

function sendStep(cli: ZkCli, r: SetAclRecursive, nowMs: number): void {
  const step = r.queue[0];
  if (step === undefined) {
    cli.running = null;
    if (r.failures !== '') cli.out.push(r.failures);
    return;
  }
  const op: ReadOp | WriteOp =
    step.op === 'setACL' ? { type: 'setACL', path: step.path, acl: r.acl, version: r.version }
    : step.op === 'getData' ? { type: 'getData', path: step.path, watch: false }
    : { type: 'getChildren', path: step.path, watch: false };
  submitRequest(cli.client, op, null, nowMs);
}

/** Starts `setAcl -R path acl`. */
export function startSetAclRecursive(cli: ZkCli, path: string, acl: ACL[], version: number, nowMs: number): void {
  const r: SetAclRecursive = { kind: 'setAclR', acl, version, queue: [{ op: 'getData', path }, { op: 'setACL', path }, { op: 'getChildren', path }], failures: '' };
  cli.running = r;
  sendStep(cli, r, nowMs);
}

/** Handles one reply of `setAcl -R`. */
export function continueSetAclRecursive(cli: ZkCli, r: SetAclRecursive, d: Extract<Delivery, { kind: 'reply' }>, nowMs: number): void {
  const step = r.queue.shift() as VisitStep;
  if (d.err !== Code.OK) {
    if (step.op === 'setACL') r.failures += keeperErrorMessage(d.err, step.path);
    else if (!(step.op === 'getChildren' && d.err === Code.NONODE)) {
      cli.running = null;
      if (r.failures !== '') cli.out.push(r.failures);
      cli.out.push(cliErrorMessage(d.err, step.path));
      return;
    }
  } else if (step.op === 'getChildren') {
    const children = [...(d.body.children ?? [])].sort().map((c) => joinPath(step.path, c));
    r.queue.unshift(...children.map((p): VisitStep => ({ op: 'setACL', path: p })), ...children.map((p): VisitStep => ({ op: 'getChildren', path: p })));
  }
  sendStep(cli, r, nowMs);
}
