/**
 * zkCli's quota commands as ZooKeeper 3.8 runs them on the client (SetQuotaCommand.createQuota,
 * DelQuotaCommand.delQuota, ListQuotaCommand.listQuota): ordinary reads and writes of the nodes under
 * /zookeeper/quota, one request at a time. The server then keeps `zookeeper_stats` up to date.
 */
import { openAclUnsafe } from '../acl/acl.ts';
import { Code } from '../datatree/keeper-exception.ts';
import { joinPath, parentPath, pathError } from '../datatree/path-utils.ts';
import type { ReadOp, WriteOp } from '../datatree/request.ts';
import {
  LIMIT_NODE, QUOTA_ZOOKEEPER, formatStatsTrack, limitPath, parseStatsTrack, quotaPath, statPath, statsValue, trimQuotaPath, type StatsKey,
} from '../datatree/stats-track.ts';
import { cliErrorMessage } from './cli-errors.ts';
import { submitRequest, type Delivery } from './zookeeper-client.ts';
import type { ZkCli } from './zkcli.ts';

/** Which request a quota command is waiting on. */
type Stage =
  | 'target' | 'childWalk' | 'parent' | 'mkdirExists' | 'mkdirCreate' | 'limitExists' | 'createLimit' | 'createStat'
  | 'readLimit' | 'readStat' | 'writeLimit' | 'delExists' | 'delRead' | 'delChildren' | 'delChild' | 'trimList' | 'trimDelete'
  | 'listLimit' | 'listStat';

/** Progress of setquota, delquota or listquota (plain data). */
export interface QuotaRunning {
  kind: 'quota';
  path: string;
  stage: Stage;
  /** The request's path. */
  at: string;
  /** setquota: the limits asked for (-1 = not given); delquota: the keys to clear, or null for all. */
  quota: [StatsKey, number][] | null;
  /** Paths still to visit (child walk, mkdirs, children to delete, ancestors to check). */
  todo: string[];
  /** setquota's child walk: quota node → its children. */
  walked: [string, string[]][];
  /** The limits text read back. */
  limits: string | null;
  /** setquota: whether the limit node already existed. */
  existed: boolean;
}

function ask(cli: ZkCli, r: QuotaRunning, stage: Stage, op: ReadOp | WriteOp, nowMs: number): void {
  r.stage = stage;
  r.at = 'path' in op ? op.path : '';
  cli.running = r;
  submitRequest(cli.client, op, null, nowMs);
}

const exists = (path: string): ReadOp => ({ type: 'exists', path, watch: false });
const children = (path: string): ReadOp => ({ type: 'getChildren', path, watch: false });
const getData = (path: string): ReadOp => ({ type: 'getData', path, watch: false });
const create = (path: string, data: string | null): WriteOp => ({ type: 'create', path, data, mode: 'PERSISTENT', ttl: -1, acl: openAclUnsafe() });

function finish(cli: ZkCli, ...lines: string[]): void {
  cli.running = null;
  cli.out.push(...lines);
}

function newRunning(path: string, quota: [StatsKey, number][] | null): QuotaRunning {
  return { kind: 'quota', path, stage: 'target', at: path, quota, todo: [], walked: [], limits: null, existed: false };
}

/** Java's `path.split("/")` without the leading empty string: the path's components. */
const components = (path: string): string[] => path.split('/').filter((_, i) => i > 0);

/** Starts `setquota` with the limits given (each -1 when not given). */
export function startSetQuota(cli: ZkCli, path: string, quota: [StatsKey, number][], nowMs: number): void {
  const err = pathError(path);
  if (err !== null) return finish(cli, err);
  ask(cli, newRunning(path, quota), 'target', exists(path), nowMs);
}

/** Starts `delquota`; `keys` null deletes the whole quota. */
export function startDelQuota(cli: ZkCli, path: string, keys: StatsKey[] | null, nowMs: number): void {
  const err = pathError(limitPath(path));
  if (err !== null) return finish(cli, err);
  ask(cli, newRunning(path, keys === null ? null : keys.map((k) => [k, -1])), 'delExists', exists(limitPath(path)), nowMs);
}

/** Starts `listquota`. */
export function startListQuota(cli: ZkCli, path: string, nowMs: number): void {
  cli.out.push(`absolute path is ${limitPath(path)}`);
  const err = pathError(limitPath(path));
  if (err !== null) return finish(cli, err);
  ask(cli, newRunning(path, null), 'listLimit', getData(limitPath(path)), nowMs);
}

/** The node checkIfChildQuota complains about: visitSubTreeDFS order, skipping the quota path itself. */
function childWithQuota(r: QuotaRunning): string | null {
  const kids = new Map(r.walked);
  const root = quotaPath(r.path);
  const order: string[] = [root];
  const helper = (p: string): void => {
    const cs = kids.get(p) ?? [];
    order.push(...cs);
    cs.forEach(helper);
  };
  helper(root);
  return order.find((p) => p !== root && (kids.get(p) ?? []).includes(LIMIT_NODE)) ?? null;
}

function warnings(limits: string | null, stats: string | null): string[] {
  const q = parseStatsTrack(limits);
  const st = parseStatsTrack(stats);
  const over = (soft: StatsKey, hard: StatsKey, used: StatsKey): boolean =>
    (statsValue(q, soft) > -1 && statsValue(q, soft) < statsValue(st, used)) || (statsValue(q, hard) > -1 && statsValue(q, hard) < statsValue(st, used));
  const out: string[] = [];
  if (over('count', 'countHardLimit', 'count')) out.push(`[Warning]: the count quota you create is less than the existing count:${statsValue(st, 'count')}`);
  if (over('bytes', 'byteHardLimit', 'bytes')) out.push(`[Warning]: the bytes quota you create is less than the existing bytes:${statsValue(st, 'bytes')}`);
  return out;
}

function nextAncestor(cli: ZkCli, r: QuotaRunning, nowMs: number): void {
  const next = r.todo.shift();
  if (next !== undefined) return ask(cli, r, 'parent', children(next), nowMs);
  // Every quota path component in turn: created when missing.
  let p = QUOTA_ZOOKEEPER;
  r.todo = components(r.path).map((c) => (p = `${p}/${c}`));
  nextMkdir(cli, r, nowMs);
}

function nextMkdir(cli: ZkCli, r: QuotaRunning, nowMs: number): void {
  const next = r.todo.shift();
  if (next !== undefined) return ask(cli, r, 'mkdirExists', exists(next), nowMs);
  ask(cli, r, 'limitExists', exists(limitPath(r.path)), nowMs);
}

function nextChildDelete(cli: ZkCli, r: QuotaRunning, nowMs: number): void {
  const next = r.todo.shift();
  if (next !== undefined) return ask(cli, r, 'delChild', { type: 'delete', path: next, version: -1 }, nowMs);
  trim(cli, r, quotaPath(r.path), nowMs);
}

function trim(cli: ZkCli, r: QuotaRunning, path: string, nowMs: number): void {
  if (path === QUOTA_ZOOKEEPER) return finish(cli);
  ask(cli, r, 'trimList', children(path), nowMs);
}

function merged(r: QuotaRunning): string {
  const st = parseStatsTrack(r.limits);
  for (const [k, v] of r.quota ?? []) if (v > -1) st.set(k, v);
  return formatStatsTrack(st);
}

/** Handles one reply of a quota command. */
export function continueQuota(cli: ZkCli, r: QuotaRunning, d: Extract<Delivery, { kind: 'reply' }>, nowMs: number): void {
  const { err, body } = d;
  const noNode = err === Code.NONODE;
  switch (r.stage) {
    case 'target':
      if (noNode) return finish(cli, `${r.path} does not exist.`);
      if (err !== Code.OK) break;
      // visitSubTreeDFS validates the quota path first: `/` gives `/zookeeper/quota/`, which ends with `/`.
      if (pathError(quotaPath(r.path)) !== null) return finish(cli, pathError(quotaPath(r.path)) as string);
      return ask(cli, r, 'childWalk', children(quotaPath(r.path)), nowMs);
    case 'childWalk':
      if (err === Code.OK) {
        const kids = [...(body.children ?? [])].sort();
        r.walked.push([r.at, kids.map((c) => joinPath(r.at, c))]);
        r.todo.push(...kids.filter((c) => c !== LIMIT_NODE).map((c) => joinPath(r.at, c)));
      }
      if (r.todo.length > 0) return ask(cli, r, 'childWalk', children(r.todo.shift() as string), nowMs);
      {
        const offending = childWithQuota(r);
        if (offending !== null) return finish(cli, `${r.path} has a child ${trimQuotaPath(offending)} which has a quota`);
      }
      r.todo = [];
      {
        let p = QUOTA_ZOOKEEPER;
        r.todo = components(r.path).slice(0, -1).map((c) => (p = `${p}/${c}`));
      }
      return nextAncestor(cli, r, nowMs);
    case 'parent':
      if (noNode || (err === Code.OK && (body.children ?? []).length === 0)) {
        r.todo = [];
        return nextAncestor(cli, r, nowMs);
      }
      if (err === Code.OK && (body.children ?? []).includes(LIMIT_NODE)) return finish(cli, `${r.path} has a parent ${trimQuotaPath(r.at)} which has a quota`);
      if (err === Code.OK) return nextAncestor(cli, r, nowMs);
      break;
    case 'mkdirExists':
      if (noNode) return ask(cli, r, 'mkdirCreate', create(r.at, null), nowMs);
      if (err === Code.OK) return nextMkdir(cli, r, nowMs);
      break;
    case 'mkdirCreate':
      if (err === Code.OK || err === Code.NODEEXISTS) return nextMkdir(cli, r, nowMs);
      break;
    case 'limitExists':
      r.existed = err === Code.OK;
      if (noNode) return ask(cli, r, 'createLimit', create(limitPath(r.path), formatStatsTrack(new Map(r.quota ?? []))), nowMs);
      if (err === Code.OK) return ask(cli, r, 'readLimit', getData(limitPath(r.path)), nowMs);
      break;
    case 'createLimit':
      if (err === Code.OK) return ask(cli, r, 'createStat', create(statPath(r.path), 'count=0,bytes=0'), nowMs);
      break;
    case 'createStat':
      if (err === Code.OK) return ask(cli, r, 'readLimit', getData(limitPath(r.path)), nowMs);
      break;
    case 'readLimit':
      if (err === Code.OK) {
        r.limits = body.data ?? null;
        if (r.existed) r.limits = merged(r);
        return ask(cli, r, 'readStat', getData(statPath(r.path)), nowMs);
      }
      break;
    case 'readStat':
      if (err === Code.OK) {
        cli.out.push(...warnings(r.limits, body.data ?? null));
        if (!r.existed) return finish(cli);
        return ask(cli, r, 'writeLimit', { type: 'setData', path: limitPath(r.path), data: r.limits, version: -1 }, nowMs);
      }
      break;
    case 'writeLimit':
      if (err === Code.OK) return finish(cli);
      break;
    case 'delExists':
      if (noNode) return finish(cli, `Quota does not exist for ${r.path}`);
      if (err === Code.OK) return ask(cli, r, 'delRead', getData(limitPath(r.path)), nowMs);
      break;
    case 'delRead':
      if (err !== Code.OK) break;
      if (r.quota === null) return ask(cli, r, 'delChildren', children(quotaPath(r.path)), nowMs);
      r.limits = body.data ?? null;
      return ask(cli, r, 'writeLimit', { type: 'setData', path: limitPath(r.path), data: clearKeys(r), version: -1 }, nowMs);
    case 'delChildren':
      if (err !== Code.OK) break;
      r.todo = [...(body.children ?? [])].sort().map((c) => joinPath(quotaPath(r.path), c));
      return nextChildDelete(cli, r, nowMs);
    case 'delChild':
      if (err === Code.OK) return nextChildDelete(cli, r, nowMs);
      break;
    case 'trimList':
      if (err !== Code.OK) break;
      if ((body.children ?? []).length > 0) return finish(cli);
      return ask(cli, r, 'trimDelete', { type: 'delete', path: r.at, version: -1 }, nowMs);
    case 'trimDelete':
      if (err === Code.OK) return trim(cli, r, parentPath(r.at), nowMs);
      break;
    case 'listLimit':
      if (err === Code.OK) {
        r.limits = body.data ?? null;
        return ask(cli, r, 'listStat', getData(statPath(r.path)), nowMs);
      }
      break;
    case 'listStat':
      if (err === Code.OK) {
        return finish(cli, `Output quota for ${r.path} ${formatStatsTrack(parseStatsTrack(r.limits))}`, `Output stat for ${r.path} ${formatStatsTrack(parseStatsTrack(body.data ?? null))}`);
      }
      break;
  }
  // A KeeperException ends the command. delquota and listquota report a missing node as a missing quota.
  if (noNode && (r.stage.startsWith('del') || r.stage.startsWith('list') || r.stage.startsWith('trim'))) return finish(cli, `quota for ${r.path} does not exist.`);
  finish(cli, cliErrorMessage(err, r.at));
}

/** delquota with flags: the chosen limits set back to -1. */
function clearKeys(r: QuotaRunning): string {
  const st = parseStatsTrack(r.limits);
  for (const [k] of r.quota ?? []) st.set(k, -1);
  return formatStatsTrack(st);
}
