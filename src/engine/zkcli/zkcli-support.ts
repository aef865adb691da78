/**
 * What every zkCli command module shares: the running-command record, sending a request, Java's number
 * parsing, and the client-side path check.
 */
import { pathError } from '../datatree/path-utils.ts';
import type { ReadOp, WriteOp } from '../datatree/request.ts';
import { submitRequest } from './zookeeper-client.ts';
import type { RecursiveRunning } from './zkcli-recursive.ts';
import type { SetAclRecursive } from './zkcli-acl.ts';
import type { QuotaRunning } from './zkcli-quota.ts';
import type { ZkCli } from './zkcli.ts';

/** The command waiting for its reply (plain data). */
export type Running =
  | { kind: 'simple'; cmd: string; path: string; printStat: boolean; flags?: string }
  | { kind: 'connect' }
  | { kind: 'quit' }
  | RecursiveRunning
  | SetAclRecursive
  | QuotaRunning;

/** A one-request command: its name, path and whether `-s` asked for the stat. */
export function simple(cmd: string, path: string, printStat: boolean, flags = ''): Running {
  return { kind: 'simple', cmd, path, printStat, flags };
}

/** Sends `op` (with zkCli's default watcher when `watch`) and waits for its reply as `running`. */
export function send(cli: ZkCli, op: ReadOp | WriteOp, watch: boolean, nowMs: number, running: Running): void {
  submitRequest(cli.client, op, watch ? 'default' : null, nowMs);
  cli.running = running;
}

/** Integer.parseInt, or null where Java would throw NumberFormatException. */
export function parseJavaInt(s: string): number | null {
  if (!/^[+-]?\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= -2147483648 && n <= 2147483647 ? n : null;
}

/** Long.parseLong, or null where Java would throw NumberFormatException. */
export function parseJavaLong(s: string): number | null {
  if (!/^[+-]?\d+$/.test(s)) return null;
  const n = BigInt(s);
  return n >= -(2n ** 63n) && n < 2n ** 63n ? Number(n) : null;
}

/** An uncaught NumberFormatException ends zkCli's main thread: the process is gone. */
export function crash(cli: ZkCli, input: string): void {
  cli.out.push(`Exception in thread "main" java.lang.NumberFormatException: For input string: "${input}"`);
  cli.processAlive = false;
}

/** PathUtils.validatePath on the client: throws the message zkCli prints. */
export function checkPath(path: string, sequential = false): void {
  const err = pathError(path, sequential);
  if (err !== null) throw new Error(err);
}
