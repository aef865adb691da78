/**
 * The two zkCli commands that need many requests: `ls -R` (ZKUtil.listSubTreeBFS) and `deleteall`
 * (ZKUtil.deleteRecursive: list breadth-first, then delete deepest-first in multis of `-b` ops, default 1000).
 */
import { Code } from '../datatree/keeper-exception.ts';
import { joinPath } from '../datatree/path-utils.ts';
import type { WriteOp } from '../datatree/request.ts';
import { cliErrorMessage } from './cli-errors.ts';
import { submitRequest, type Delivery } from './zookeeper-client.ts';
import type { ZkCli } from './zkcli.ts';

/** Progress of a multi-request command (plain data). */
export type RecursiveRunning =
  | { kind: 'lsR'; queue: string[]; found: string[] }
  | { kind: 'deleteall'; phase: 'list' | 'delete'; queue: string[]; found: string[]; batches: string[][]; batchSize: number; failed: boolean };

function listNext(cli: ZkCli, path: string, nowMs: number): void {
  submitRequest(cli.client, { type: 'getChildren', path, watch: false }, null, nowMs);
}

/** Starts `ls -R path`. */
export function startLsR(cli: ZkCli, path: string, nowMs: number): void {
  cli.running = { kind: 'lsR', queue: [path], found: [] };
  listNext(cli, path, nowMs);
}

/** Starts `deleteall path`. */
export function startDeleteAll(cli: ZkCli, path: string, batchSize: number, nowMs: number): void {
  cli.running = { kind: 'deleteall', phase: 'list', queue: [path], found: [], batches: [], batchSize, failed: false };
  listNext(cli, path, nowMs);
}

function sendBatch(cli: ZkCli, batch: string[], nowMs: number): void {
  const ops: WriteOp[] = batch.map((path) => ({ type: 'delete', path, version: -1 }));
  submitRequest(cli.client, { type: 'multi', ops }, null, nowMs);
}

/** Handles one reply of a multi-request command. */
export function continueRecursive(cli: ZkCli, r: RecursiveRunning, d: Extract<Delivery, { kind: 'reply' }>, nowMs: number): void {
  if (r.kind === 'deleteall' && r.phase === 'delete') {
    if (d.err !== Code.OK) r.failed = true;
    const next = r.batches.shift();
    if (next !== undefined) return sendBatch(cli, next, nowMs);
    cli.running = null;
    if (r.failed) cli.out.push('Failed to delete some node(s) in the subtree!');
    return;
  }
  const current = r.queue.shift() as string;
  if (d.err !== Code.OK) {
    cli.running = null;
    cli.out.push(cliErrorMessage(d.err, current));
    return;
  }
  if (r.found.length === 0) r.found.push(current);
  for (const child of [...(d.body.children ?? [])].sort()) {
    const childPath = joinPath(current, child);
    r.queue.push(childPath);
    r.found.push(childPath);
  }
  const next = r.queue[0];
  if (next !== undefined) return listNext(cli, next, nowMs);
  if (r.kind === 'lsR') {
    cli.running = null;
    cli.out.push(...r.found);
    return;
  }
  const reversed = [...r.found].reverse();
  const size = Math.max(1, r.batchSize);
  for (let i = 0; i < reversed.length; i += size) r.batches.push(reversed.slice(i, i + size));
  r.phase = 'delete';
  sendBatch(cli, r.batches.shift() as string[], nowMs);
}
