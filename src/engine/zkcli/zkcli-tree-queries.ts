/**
 * zkCli's tree and configuration queries: `getAllChildrenNumber`, `getEphemerals`, `config` and
 * `reconfig` (which a server with reconfigEnabled=false, ZooKeeper's default, refuses).
 */
import { parseOptions, type OptionSpec } from './cli-parser.ts';
import { usageOf } from './usage.ts';
import type { ZkCli } from './zkcli.ts';
import { checkPath, send, simple } from './zkcli-support.ts';

/** The options of these commands, for the parser. */
export const TREE_QUERY_SPECS: Record<string, OptionSpec> = {
  getAllChildrenNumber: {},
  getEphemerals: {},
  config: { s: false, w: false, c: false },
  reconfig: { s: false, v: true, file: true, members: true, add: true, remove: true },
};

/** ZooDefs.CONFIG_NODE. */
const CONFIG_NODE = '/zookeeper/config';

/**
 * ConfigUtils.getClientConfigStr: `version` then the servers' client addresses. (Java walks a Properties
 * hashtable; servers are listed here in key order.)
 */
export function clientConfigString(configData: string): string {
  const props = new Map<string, string>();
  for (const line of configData.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0 && !line.trimStart().startsWith('#')) props.set(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
  }
  const clients = [...props.entries()]
    .filter(([k]) => k.startsWith('server.'))
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, v]) => {
      const semi = v.indexOf(';');
      if (semi < 0) return [];
      const client = v.substring(semi + 1);
      return [client.includes(':') ? client : `0.0.0.0:${client}`];
    });
  return `${props.get('version') ?? ''} ${clients.join(',')}`;
}

function reconfigArgs(o: Map<string, string | true>): { joining: string | null; leaving: string | null; newMembers: string | null; fromConfig: number } {
  const has = (k: string): boolean => o.has(k);
  if (!(has('file') || has('members')) && !has('add') && !has('remove')) throw new Error(usageOf('reconfig'));
  let fromConfig = -1;
  const v = o.get('v');
  if (typeof v === 'string') {
    if (!/^[+-]?[0-9a-fA-F]+$/.test(v)) throw new Error('-v must be followed by a long (configuration version)');
    fromConfig = parseInt(v, 16);
  }
  if ((has('file') || has('members')) && (has('add') || has('remove'))) {
    throw new Error('Can\'t use -file or -members together with -add or -remove (mixing incremental and non-incremental modes is not allowed)');
  }
  if (has('file') && has('members')) throw new Error('Can\'t use -file and -members together (conflicting non-incremental modes)');
  const text = (k: string): string | null => (typeof o.get(k) === 'string' ? (o.get(k) as string).toLowerCase() : null);
  const file = o.get('file');
  // The simulated client has no files: reading one fails as a missing file does.
  if (typeof file === 'string') throw new Error(`Error processing ${file}${file} (No such file or directory)`);
  return { joining: text('add'), leaving: text('remove'), newMembers: text('members'), fromConfig };
}

/** Runs one of these commands. */
export function runTreeQuery(cli: ZkCli, cmd: string, tokens: string[], nowMs: number): void {
  const p = parseOptions(tokens, TREE_QUERY_SPECS[cmd] ?? {});
  const path = p.args[1];
  switch (cmd) {
    case 'getAllChildrenNumber':
      if (path === undefined) throw new Error(usageOf(cmd));
      checkPath(path);
      return send(cli, { type: 'getAllChildrenNumber', path }, false, nowMs, simple(cmd, path, false));
    case 'getEphemerals':
      if (path !== undefined) checkPath(path);
      return send(cli, { type: 'getEphemerals', prefixPath: path ?? '/' }, false, nowMs, simple(cmd, path ?? '/', false));
    case 'config': {
      const watch = p.options.has('w');
      return send(cli, { type: 'getData', path: CONFIG_NODE, watch }, watch, nowMs, simple(cmd, CONFIG_NODE, p.options.has('s'), p.options.has('c') ? 'c' : ''));
    }
    case 'reconfig':
      return send(cli, { type: 'reconfig', ...reconfigArgs(p.options) }, false, nowMs, simple(cmd, '', p.options.has('s')));
  }
}
