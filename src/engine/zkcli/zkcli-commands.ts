/**
 * zkCli 3.8's commands: argument checks and usage texts, client-side path checks, the request each sends,
 * and what each prints for its reply.
 */
import { Code } from '../datatree/keeper-exception.ts';
import { MAX_TTL_MS } from '../datatree/ephemeral-type.ts';
import { pathError } from '../datatree/path-utils.ts';
import type { CreateMode, ReadOp, WatcherType, WriteOp } from '../datatree/request.ts';
import { parseOptions, tokenize, type OptionSpec, type ParsedCommand } from './cli-parser.ts';
import { cliErrorMessage } from './cli-errors.ts';
import { printStat } from './stat-printer.ts';
import { CLI_VERSION_LINE, COMMAND_USAGE, mainUsage, usageOf } from './usage.ts';
import { hasWatchesToRemove, submitRequest, type Delivery } from './zookeeper-client.ts';
import { reopenClient, type ZkCli } from './zkcli.ts';
import { continueRecursive, startDeleteAll, startLsR, type RecursiveRunning } from './zkcli-recursive.ts';

/** The command waiting for its reply (plain data). */
export type Running =
  | { kind: 'simple'; cmd: string; path: string; printStat: boolean }
  | { kind: 'connect' }
  | { kind: 'quit' }
  | RecursiveRunning;

const SPECS: Record<string, OptionSpec> = {
  ls: { s: false, w: false, R: false },
  get: { s: false, w: false },
  stat: { w: false },
  set: { s: false, v: true },
  create: { s: false, e: false, c: false, t: true },
  delete: { v: true },
  deleteall: { b: true },
  addWatch: { m: true },
  removewatches: { c: false, d: false, a: false, l: false },
  sync: {},
};

const DEPRECATED: Record<string, string> = {
  get: "'get path [watch]' has been deprecated. Please use 'get [-s] [-w] path' instead.",
  ls: "'ls path [watch]' has been deprecated. Please use 'ls [-w] path' instead.",
  stat: "'stat path [watch]' has been deprecated. Please use 'stat [-w] path' instead.",
  delete: "'delete path [version]' has been deprecated. Please use 'delete [-v version] path' instead.",
};

const NOT_MODELLED = new Set(['addauth', 'config', 'delquota', 'getAcl', 'getAllChildrenNumber', 'getEphemerals', 'history', 'listquota', 'reconfig', 'redo', 'setAcl', 'setquota']);

/** Integer.parseInt, or null where Java would throw NumberFormatException. */
function parseJavaInt(s: string): number | null {
  if (!/^[+-]?\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= -2147483648 && n <= 2147483647 ? n : null;
}

/** An uncaught NumberFormatException ends zkCli's main thread: the process is gone. */
function crash(cli: ZkCli, input: string): void {
  cli.out.push(`Exception in thread "main" java.lang.NumberFormatException: For input string: "${input}"`);
  cli.processAlive = false;
}

function send(cli: ZkCli, op: ReadOp | WriteOp, watch: boolean, nowMs: number, running: Running): void {
  submitRequest(cli.client, op, watch ? 'default' : null, nowMs);
  cli.running = running;
}

/** Runs one line as ZooKeeperMain.processZKCmd does. */
export function executeLine(cli: ZkCli, line: string, nowMs: number): void {
  const tokens = tokenize(line);
  const cmd = tokens[0];
  if (cmd === undefined) return;
  if (!COMMAND_USAGE.some(([c]) => c === cmd)) {
    cli.out.push(...mainUsage(), `Command not found: Command not found ${cmd}`);
    return;
  }
  const alive = cli.client.state !== 'CLOSED';
  if (cmd === 'quit') {
    if (alive) send(cli, { type: 'closeSession' }, false, nowMs, { kind: 'quit' });
    else cli.processAlive = false;
    return;
  }
  if (cmd === 'printwatches') {
    if (tokens.length === 1) cli.out.push(`printwatches is ${cli.printWatches ? 'on' : 'off'}`);
    else cli.printWatches = tokens[1] === 'on';
  } else if (cmd === 'connect') {
    if (tokens[1] !== undefined) cli.host = tokens[1];
    if (alive) send(cli, { type: 'closeSession' }, false, nowMs, { kind: 'connect' });
    else reopenClient(cli, nowMs);
    return;
  }
  if (!alive) {
    cli.out.push('Not connected');
    return;
  }
  if (cmd === 'printwatches') return;
  try {
    runParsed(cli, cmd, tokens, nowMs);
  } catch (e) {
    cli.out.push((e as Error).message);
  }
}

function parse(cli: ZkCli, cmd: string, tokens: string[], minArgs: number): ParsedCommand {
  let parsed = parseOptions(tokens, SPECS[cmd] ?? {});
  if (parsed.args.length < minArgs) throw new Error(usageOf(cmd));
  const deprecated = DEPRECATED[cmd];
  if (deprecated !== undefined && parsed.args.length > 2) {
    // retainCompatibility: the third word becomes -w (delete just reparses) and a warning is printed.
    const rewritten = [...tokens];
    if (cmd !== 'delete') rewritten[2] = '-w';
    cli.out.push(deprecated);
    parsed = parseOptions(rewritten, SPECS[cmd] ?? {});
  }
  return parsed;
}

function checkPath(path: string, sequential = false): void {
  const err = pathError(path, sequential);
  if (err !== null) throw new Error(err);
}

function runParsed(cli: ZkCli, cmd: string, tokens: string[], nowMs: number): void {
  switch (cmd) {
    case 'version':
      cli.out.push(CLI_VERSION_LINE);
      return;
    case 'whoami':
      cli.out.push('Auth scheme: User', 'ip: 127.0.0.1');
      return;
    case 'close':
      send(cli, { type: 'closeSession' }, false, nowMs, { kind: 'simple', cmd, path: '', printStat: false });
      return;
  }
  if (NOT_MODELLED.has(cmd)) {
    cli.out.push(`zkscope: '${cmd}' is a zkCli 3.8 command that zkscope does not model`);
    return;
  }
  const minArgs = cmd === 'set' ? 3 : 2;
  const p = parse(cli, cmd, tokens, minArgs);
  const o = p.options;
  const path = p.args[1] as string;
  const simple = (printStatFlag: boolean): Running => ({ kind: 'simple', cmd, path, printStat: printStatFlag });
  switch (cmd) {
    case 'ls':
      checkPath(path);
      if (o.has('R')) return startLsR(cli, path, nowMs);
      return send(cli, { type: 'getChildren', path, watch: o.has('w') }, o.has('w'), nowMs, simple(o.has('s')));
    case 'get':
      checkPath(path);
      return send(cli, { type: 'getData', path, watch: o.has('w') }, o.has('w'), nowMs, simple(o.has('s')));
    case 'stat':
      checkPath(path);
      return send(cli, { type: 'exists', path, watch: o.has('w') }, o.has('w'), nowMs, simple(true));
    case 'set': {
      const v = o.get('v');
      const version = typeof v === 'string' ? parseJavaInt(v) : -1;
      if (version === null) return crash(cli, v as string);
      checkPath(path);
      return send(cli, { type: 'setData', path, data: p.args[2] ?? null, version }, false, nowMs, simple(o.has('s')));
    }
    case 'delete': {
      const v = o.get('v');
      const version = typeof v === 'string' ? parseJavaInt(v) : -1;
      if (version === null) return crash(cli, v as string);
      checkPath(path);
      return send(cli, { type: 'delete', path, version }, false, nowMs, simple(false));
    }
    case 'create':
      return runCreate(cli, p, nowMs);
    case 'deleteall': {
      const b = o.get('b');
      const batch = typeof b === 'string' ? parseJavaInt(b) : 1000;
      if (batch === null) throw new Error('-b argument must be an int value');
      checkPath(path);
      return startDeleteAll(cli, path, batch, nowMs);
    }
    case 'addWatch': {
      if (p.args.length !== 2) throw new Error(usageOf(cmd));
      const m = o.get('m');
      const mode = typeof m === 'string' ? m.toUpperCase() : 'PERSISTENT_RECURSIVE';
      if (mode !== 'PERSISTENT' && mode !== 'PERSISTENT_RECURSIVE') throw new Error(usageOf(cmd));
      checkPath(path);
      return send(cli, { type: 'addWatch', path, mode }, true, nowMs, simple(false));
    }
    case 'removewatches':
      return runRemoveWatches(cli, p, nowMs);
    case 'sync':
      checkPath(path);
      return send(cli, { type: 'sync', path }, false, nowMs, simple(false));
  }
}

function runCreate(cli: ZkCli, p: ParsedCommand, nowMs: number): void {
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
  checkPath(path, hasS);
  const op: WriteOp = { type: 'create', path, data: p.args[2] ?? null, mode, ttl: hasT ? ttl : -1 };
  send(cli, op, false, nowMs, { kind: 'simple', cmd: 'create', path, printStat: false });
}

function runRemoveWatches(cli: ZkCli, p: ParsedCommand, nowMs: number): void {
  const o = p.options;
  const path = p.args[1] as string;
  const watcherType: WatcherType = o.has('c') ? 'Children' : o.has('d') ? 'Data' : 'Any';
  checkPath(path);
  const op = { type: 'removeWatches' as const, path, watcherType };
  if (!hasWatchesToRemove(cli.client, op)) throw new Error(cliErrorMessage(Code.NOWATCHER, path));
  send(cli, op, false, nowMs, { kind: 'simple', cmd: 'removewatches', path, printStat: false });
}

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
  if (r.kind !== 'simple') return continueRecursive(cli, r, d, nowMs);
  cli.running = null;
  if (d.err !== Code.OK) {
    if (r.cmd === 'sync') cli.out.push(`Sync has failed. rc=${d.err}`);
    else cli.out.push(cliErrorMessage(d.err, r.path));
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
    case 'stat':
    case 'set':
      cli.out.push(...stat);
      return;
    case 'create':
      cli.out.push(`Created ${b.path}`);
      return;
    case 'sync':
      cli.out.push('Sync is OK');
      return;
  }
}
