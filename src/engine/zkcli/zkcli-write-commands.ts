/**
 * The argument handling of zkCli's `create` (its mode flags and ACL argument), `setAcl` and
 * `removewatches`, as CreateCommand, SetAclCommand and RemoveWatchesCommand do it.
 */
import { openAclUnsafe, parseAcl } from '../acl/acl.ts';
import { MAX_TTL_MS } from '../datatree/ephemeral-type.ts';
import { Code } from '../datatree/keeper-exception.ts';
import type { CreateMode, WatcherType, WriteOp } from '../datatree/request.ts';
import type { ParsedCommand } from './cli-parser.ts';
import { cliErrorMessage } from './cli-errors.ts';
import { hasWatchesToRemove } from './zookeeper-client.ts';
import type { ZkCli } from './zkcli.ts';
import { validateCliAcl, startSetAclRecursive } from './zkcli-acl.ts';
import { checkPath, crash, parseJavaInt, send, simple } from './zkcli-support.ts';

/** `create [-s] [-e] [-c] [-t ttl] path [data] [acl]`. */
export function runCreate(cli: ZkCli, p: ParsedCommand, nowMs: number): void {
  const o = p.options;
  const [hasE, hasS, hasC, hasT] = [o.has('e'), o.has('s'), o.has('c'), o.has('t')];
  if (hasC && (hasE || hasS)) throw new Error('-c cannot be combined with -s or -e. Containers cannot be ephemeral or sequential.');
  const ttlText = o.get('t');
  const ttl = typeof ttlText === 'string' ? (/^[+-]?\d+$/.test(ttlText) ? Number(ttlText) : null) : 0;
  if (ttl === null) throw new Error('-t argument must be a long value');
  if (hasT && hasE) throw new Error('TTLs cannot be used with Ephemeral znodes');
  if (hasT && hasC) throw new Error('TTLs cannot be used with Container znodes');
  const mode: CreateMode =
    hasE && hasS ? 'EPHEMERAL_SEQUENTIAL'
    : hasE ? 'EPHEMERAL'
    : hasS ? (hasT ? 'PERSISTENT_SEQUENTIAL_WITH_TTL' : 'PERSISTENT_SEQUENTIAL')
    : hasC ? 'CONTAINER'
    : hasT ? 'PERSISTENT_WITH_TTL' : 'PERSISTENT';
  if (hasT && (ttl <= 0 || ttl > MAX_TTL_MS)) throw new Error(`ttl must be positive and cannot be larger than: ${MAX_TTL_MS}`);
  const path = p.args[1] as string;
  // AclParser prints its warnings first; ZooKeeper.create then checks the path, then the ACL list.
  const parsed = p.args[3] === undefined ? null : parseAcl(p.args[3]);
  cli.out.push(...(parsed?.warnings ?? []));
  checkPath(path, hasS);
  let acl = openAclUnsafe();
  if (parsed !== null) {
    const checked = validateCliAcl(cli, parsed.acl, true);
    if (checked === null) return;
    acl = checked;
  }
  const op: WriteOp = { type: 'create', path, data: p.args[2] ?? null, mode, ttl: hasT ? ttl : -1, acl };
  send(cli, op, false, nowMs, simple('create', path, false));
}

/** `setAcl [-s] [-v version] [-R] path acl`. */
export function runSetAcl(cli: ZkCli, p: ParsedCommand, nowMs: number): void {
  const o = p.options;
  const path = p.args[1] as string;
  const parsed = parseAcl(p.args[2] as string);
  cli.out.push(...parsed.warnings);
  const v = o.get('v');
  const version = typeof v === 'string' ? parseJavaInt(v) : -1;
  if (version === null) return crash(cli, v as string);
  if (o.has('R')) {
    checkPath(path);
    return startSetAclRecursive(cli, path, parsed.acl, version, nowMs);
  }
  checkPath(path);
  if (validateCliAcl(cli, parsed.acl, false) === null) return;
  send(cli, { type: 'setACL', path, acl: parsed.acl, version }, false, nowMs, simple('setAcl', path, o.has('s')));
}

/** `removewatches path [-c|-d|-a] [-l]`: NoWatcher is found on the client, before anything is sent. */
export function runRemoveWatches(cli: ZkCli, p: ParsedCommand, nowMs: number): void {
  const o = p.options;
  const path = p.args[1] as string;
  const watcherType: WatcherType = o.has('c') ? 'Children' : o.has('d') ? 'Data' : 'Any';
  checkPath(path);
  const op = { type: 'removeWatches' as const, path, watcherType };
  if (!hasWatchesToRemove(cli.client, op)) throw new Error(cliErrorMessage(Code.NOWATCHER, path));
  send(cli, op, false, nowMs, simple('removewatches', path, false));
}
