/**
 * The argument handling of zkCli's `setquota`, `listquota` and `delquota` (an OptionGroup of -n|-b|-N|-B,
 * required for setquota), before zkcli-quota runs their requests.
 */
import type { StatsKey } from '../datatree/stats-track.ts';
import { parseOptions, type OptionGroup, type OptionSpec } from './cli-parser.ts';
import { usageOf } from './usage.ts';
import type { ZkCli } from './zkcli.ts';
import { startDelQuota, startListQuota, startSetQuota } from './zkcli-quota.ts';
import { parseJavaInt, parseJavaLong } from './zkcli-support.ts';

/** The options of the quota commands, for the parser. */
export const QUOTA_SPECS: Record<string, OptionSpec> = {
  setquota: { n: true, b: true, N: true, B: true },
  delquota: { n: false, b: false, N: false, B: false },
  listquota: {},
};

const GROUP: [string, string][] = [['n', 'num soft quota'], ['b', 'bytes soft quota'], ['N', 'num hard quota'], ['B', 'bytes hard quota']];
const KEYS: Record<string, StatsKey> = { n: 'count', b: 'bytes', N: 'countHardLimit', B: 'byteHardLimit' };

/** SetQuotaCommand.checkOptionValue: the limits, or the message zkCli prints. */
function quotaValues(o: Map<string, string | true>): [StatsKey, number][] | string {
  const quota: [StatsKey, number][] = [['count', -1], ['bytes', -1], ['countHardLimit', -1], ['byteHardLimit', -1]];
  for (const flag of ['n', 'b', 'N', 'B']) {
    const v = o.get(flag);
    if (typeof v !== 'string') continue;
    const isCount = flag === 'n' || flag === 'N';
    const n = isCount ? parseJavaInt(v) : parseJavaLong(v);
    if (n === null) return 'NumberFormatException happens when parsing the option value';
    if (isCount ? n <= 0 : n < 0) return isCount ? 'the num quota must be greater than zero' : 'the bytes quota must be greater than or equal to zero';
    (quota.find(([k]) => k === KEYS[flag]) as [StatsKey, number])[1] = n;
  }
  return quota;
}

/** Runs setquota, listquota or delquota. */
export function runQuotaCommand(cli: ZkCli, cmd: string, tokens: string[], nowMs: number): void {
  const group: OptionGroup | null = cmd === 'listquota' ? null : { options: GROUP, required: cmd === 'setquota' };
  const p = parseOptions(tokens, QUOTA_SPECS[cmd] ?? {}, group);
  if (p.args.length < 2) throw new Error(usageOf(cmd));
  const path = p.args[1] as string;
  if (cmd === 'listquota') return startListQuota(cli, path, nowMs);
  if (cmd === 'delquota') {
    const keys = ['n', 'b', 'N', 'B'].filter((f) => p.options.has(f)).map((f) => KEYS[f] as StatsKey);
    return startDelQuota(cli, path, keys.length === 0 ? null : keys, nowMs);
  }
  if (path.startsWith('/zookeeper/quota')) throw new Error('cannot set a quota under the path: /zookeeper/quota');
  const quota = quotaValues(p.options);
  if (typeof quota === 'string') throw new Error(quota);
  startSetQuota(cli, path, quota, nowMs);
}
