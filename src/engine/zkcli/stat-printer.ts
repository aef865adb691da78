/**
 * zkCli's StatPrinter: the eleven `name = value` lines of `get -s`, `stat`, `ls -s`, `set -s`.
 */
import type { Stat } from '../datatree/stat.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** java.util.Date.toString in UTC: `EEE MMM dd HH:mm:ss zzz yyyy`, e.g. `Thu Jan 01 00:00:00 UTC 1970`. */
export function javaDateString(epochMs: number): string {
  const d = new Date(epochMs);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}

/** `0x` + Long.toHexString: negative longs print as their two's complement. */
export function longHex(v: bigint): string {
  return `0x${BigInt.asUintN(64, v).toString(16)}`;
}

/** The lines zkCli prints for a Stat. */
export function printStat(s: Stat): string[] {
  return [
    `cZxid = ${longHex(s.czxid)}`,
    `ctime = ${javaDateString(s.ctime)}`,
    `mZxid = ${longHex(s.mzxid)}`,
    `mtime = ${javaDateString(s.mtime)}`,
    `pZxid = ${longHex(s.pzxid)}`,
    `cversion = ${s.cversion}`,
    `dataVersion = ${s.version}`,
    `aclVersion = ${s.aversion}`,
    `ephemeralOwner = ${longHex(s.ephemeralOwner)}`,
    `dataLength = ${s.dataLength}`,
    `numChildren = ${s.numChildren}`,
  ];
}
