/**
 * zkCli 3.8's commands (ZooKeeperMain.processZKCmd): history numbering, argument checks and usage texts,
 * client-side path checks, and the request each command sends. Replies are printed by zkcli-replies.
 */
import { parseOptions, tokenize, type OptionSpec, type ParsedCommand } from './cli-parser.ts';
import { CLI_VERSION_LINE, COMMAND_USAGE, mainUsage, usageOf } from './usage.ts';
import { addAuthInfo } from './zookeeper-client.ts';
import { reopenClient, type ZkCli } from './zkcli.ts';
import { startDeleteAll, startLsR } from './zkcli-recursive.ts';
import { printHistory, redoTokens } from './zkcli-history.ts';
import { QUOTA_SPECS, runQuotaCommand } from './zkcli-quota-commands.ts';
import { TREE_QUERY_SPECS, runTreeQuery } from './zkcli-tree-queries.ts';
import { runCreate, runRemoveWatches, runSetAcl } from './zkcli-write-commands.ts';
import { checkPath, crash, parseJavaInt, send, simple, type Running } from './zkcli-support.ts';

export type { Running } from './zkcli-support.ts';
export { onReply } from './zkcli-replies.ts';

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
  getAcl: { s: false },
  setAcl: { s: false, v: true, R: false },
  addauth: {},
};

const DEPRECATED: Record<string, string> = {
  get: "'get path [watch]' has been deprecated. Please use 'get [-s] [-w] path' instead.",
  ls: "'ls path [watch]' has been deprecated. Please use 'ls [-w] path' instead.",
  stat: "'stat path [watch]' has been deprecated. Please use 'stat [-w] path' instead.",
  delete: "'delete path [version]' has been deprecated. Please use 'delete [-v version] path' instead.",
};

/** Runs one line as ZooKeeperMain.executeLine does: numbered in the history, then processed. */
export function executeLine(cli: ZkCli, line: string, nowMs: number): void {
  const tokens = tokenize(line);
  if (tokens[0] === undefined) return;
  cli.history[cli.commandCount] = line;
  processCmd(cli, tokens, nowMs);
  cli.commandCount++;
}

/** ZooKeeperMain.processZKCmd. */
function processCmd(cli: ZkCli, tokens: string[], nowMs: number): void {
  const cmd = tokens[0] as string;
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
  if (cmd === 'redo' && tokens.length >= 2) {
    const again = redoTokens(cli, tokens[1] as string);
    if (again === null) return;
    processCmd(cli, again, nowMs);
  } else if (cmd === 'history') printHistory(cli);
  else if (cmd === 'printwatches') {
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
  // redo and history, like printwatches, are not CliCommands: nothing more to run.
  if (cmd === 'printwatches' || cmd === 'redo' || cmd === 'history') return;
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

function runParsed(cli: ZkCli, cmd: string, tokens: string[], nowMs: number): void {
  switch (cmd) {
    case 'version':
      cli.out.push(CLI_VERSION_LINE);
      return;
    case 'whoami':
      // The server's answer lists the connection's ids: its ip, then each digest user (not compared, contract §4).
      cli.out.push('Auth scheme: User', 'ip: 127.0.0.1', ...cli.client.authInfo.filter((a) => a.scheme === 'digest' && a.auth !== null).map((a) => `digest: ${(a.auth as string).split(':')[0]}`));
      return;
    case 'close':
      send(cli, { type: 'closeSession' }, false, nowMs, simple(cmd, '', false));
      return;
  }
  if (cmd in QUOTA_SPECS) return runQuotaCommand(cli, cmd, tokens, nowMs);
  if (cmd in TREE_QUERY_SPECS) return runTreeQuery(cli, cmd, tokens, nowMs);
  const minArgs = cmd === 'set' || cmd === 'setAcl' ? 3 : 2;
  const p = parse(cli, cmd, tokens, minArgs);
  const o = p.options;
  const path = p.args[1] as string;
  const one = (printStat: boolean): Running => simple(cmd, path, printStat);
  switch (cmd) {
    case 'ls':
      checkPath(path);
      if (o.has('R')) return startLsR(cli, path, nowMs);
      return send(cli, { type: 'getChildren', path, watch: o.has('w') }, o.has('w'), nowMs, one(o.has('s')));
    case 'get':
      checkPath(path);
      return send(cli, { type: 'getData', path, watch: o.has('w') }, o.has('w'), nowMs, one(o.has('s')));
    case 'stat':
      checkPath(path);
      return send(cli, { type: 'exists', path, watch: o.has('w') }, o.has('w'), nowMs, one(true));
    case 'set': {
      const v = o.get('v');
      const version = typeof v === 'string' ? parseJavaInt(v) : -1;
      if (version === null) return crash(cli, v as string);
      checkPath(path);
      return send(cli, { type: 'setData', path, data: p.args[2] ?? null, version }, false, nowMs, one(o.has('s')));
    }
    case 'delete': {
      const v = o.get('v');
      const version = typeof v === 'string' ? parseJavaInt(v) : -1;
      if (version === null) return crash(cli, v as string);
      checkPath(path);
      return send(cli, { type: 'delete', path, version }, false, nowMs, one(false));
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
      return send(cli, { type: 'addWatch', path, mode }, true, nowMs, one(false));
    }
    case 'removewatches':
      return runRemoveWatches(cli, p, nowMs);
    case 'sync':
      checkPath(path);
      return send(cli, { type: 'sync', path }, false, nowMs, one(false));
    case 'addauth':
      // No reply is awaited: a refused auth shows up later as an AuthFailed event.
      return addAuthInfo(cli.client, path, p.args[2] ?? null, nowMs);
    case 'getAcl':
      checkPath(path);
      return send(cli, { type: 'getACL', path }, false, nowMs, one(o.has('s')));
    case 'setAcl':
      return runSetAcl(cli, p, nowMs);
  }
}

