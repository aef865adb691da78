/**
 * zkCli 3.8.0's usage texts, as `ZooKeeperMain.usage()` and each command's getUsageStr() print them.
 */

/** Each command's usage string, in the order `usage()` lists them. */
export const COMMAND_USAGE: [string, string][] = [
  ['addWatch', 'addWatch [-m mode] path # optional mode is one of [PERSISTENT, PERSISTENT_RECURSIVE] - default is PERSISTENT_RECURSIVE'],
  ['addauth', 'addauth scheme auth'],
  ['close', 'close '],
  ['config', 'config [-c] [-w] [-s]'],
  ['connect', 'connect host:port'],
  ['create', 'create [-s] [-e] [-c] [-t ttl] path [data] [acl]'],
  ['delete', 'delete [-v version] path'],
  ['deleteall', 'deleteall path [-b batch size]'],
  ['delquota', 'delquota [-n|-b|-N|-B] path'],
  ['get', 'get [-s] [-w] path'],
  ['getAcl', 'getAcl [-s] path'],
  ['getAllChildrenNumber', 'getAllChildrenNumber path'],
  ['getEphemerals', 'getEphemerals path'],
  ['history', 'history '],
  ['listquota', 'listquota path'],
  ['ls', 'ls [-s] [-w] [-R] path'],
  ['printwatches', 'printwatches on|off'],
  ['quit', 'quit '],
  [
    'reconfig',
    'reconfig [-s] [-v version] [[-file path] | [-members serverID=host:port1:port2;port3[,...]*]] | [-add serverId=host:port1:port2;port3[,...]]* [-remove serverId[,...]*]',
  ],
  ['redo', 'redo cmdno'],
  ['removewatches', 'removewatches path [-c|-d|-a] [-l]'],
  ['set', 'set [-s] [-v version] path data'],
  ['setAcl', 'setAcl [-s] [-v version] [-R] path acl'],
  ['setquota', 'setquota -n|-b|-N|-B val path'],
  ['stat', 'stat [-w] path'],
  ['sync', 'sync path'],
  ['version', 'version '],
  ['whoami', 'whoami '],
];

/** The usage string of one command. */
export function usageOf(cmd: string): string {
  return COMMAND_USAGE.find(([c]) => c === cmd)?.[1] ?? cmd;
}

/** ZooKeeperMain.usage(): the header and one tab-indented line per command. */
export function mainUsage(): string[] {
  return ['ZooKeeper -server host:port -client-configuration properties-file cmd args', ...COMMAND_USAGE.map(([, u]) => `\t${u}`)];
}

/** zkCli's `version` line (the Debian 3.8.0 build the references were recorded with). */
export const CLI_VERSION_LINE = 'ZooKeeper CLI version: 3.8.0-${mvngit.commit.id}, built on 2024-12-29 17:54 UTC';
