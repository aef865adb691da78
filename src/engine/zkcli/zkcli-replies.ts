/**
 * What zkCli prints when the running command's reply arrives, or how a multi-request command moves on.
 */
import { aclLines } from '../acl/acl.ts';
import { Code, keeperErrorMessage } from '../datatree/keeper-exception.ts';
import { cliErrorMessage } from './cli-errors.ts';
import { printStat } from './stat-printer.ts';
import type { Delivery } from './zookeeper-client.ts';
import { reopenClient, type ZkCli } from './zkcli.ts';
import { continueRecursive } from './zkcli-recursive.ts';
import { continueSetAclRecursive } from './zkcli-acl.ts';
import { continueQuota } from './zkcli-quota.ts';
import type { Running } from './zkcli-support.ts';
import { clientConfigString } from './zkcli-tree-queries.ts';

/** Prints the reply of the running command, or moves a multi-request command on. */
export function onReply(cli: ZkCli, d: Extract<Delivery, { kind: 'reply' }>, nowMs: number): void {
  const r = cli.running as Running;
  if (r.kind === 'quit') {
    cli.running = null;
    cli.processAlive = false;
    return;
  }
  if (r.kind === 'connect') {
    cli.running = null;
    reopenClient(cli, nowMs);
    return;
  }
  if (r.kind === 'setAclR') return continueSetAclRecursive(cli, r, d, nowMs);
  if (r.kind === 'quota') return continueQuota(cli, r, d, nowMs);
  if (r.kind !== 'simple') return continueRecursive(cli, r, d, nowMs);
  cli.running = null;
  if (d.err !== Code.OK) {
    if (r.cmd === 'sync') cli.out.push(`Sync has failed. rc=${d.err}`);
    else if (r.cmd === 'reconfig') cli.out.push(keeperErrorMessage(d.err, null));
    else {
      // CreateCommand prints an InvalidACLException's own message before the wrapped one.
      if (r.cmd === 'create' && d.err === Code.INVALIDACL) cli.out.push(keeperErrorMessage(d.err, r.path));
      cli.out.push(cliErrorMessage(d.err, r.path));
    }
    return;
  }
  const b = d.body;
  const stat = r.printStat && b.stat ? printStat(b.stat) : [];
  switch (r.cmd) {
    case 'ls':
      cli.out.push(`[${[...(b.children ?? [])].sort().join(', ')}]`, ...stat);
      return;
    case 'get':
      cli.out.push(b.data === null || b.data === undefined ? 'null' : b.data, ...stat);
      return;
    case 'config': {
      const data = b.data === null || b.data === undefined ? 'null' : b.data;
      cli.out.push(...(r.flags === 'c' ? clientConfigString(data) : data).split('\n'), ...stat);
      return;
    }
    case 'stat':
    case 'set':
    case 'setAcl':
      cli.out.push(...stat);
      return;
    case 'getAcl':
      cli.out.push(...aclLines(b.acl ?? []), ...stat);
      return;
    case 'getAllChildrenNumber':
      cli.out.push(String(b.number ?? 0));
      return;
    case 'getEphemerals':
      cli.out.push(`[${(b.ephemerals ?? []).join(', ')}]`);
      return;
    case 'create':
      cli.out.push(`Created ${b.path}`);
      return;
    case 'sync':
      cli.out.push('Sync is OK');
      return;
  }
}
