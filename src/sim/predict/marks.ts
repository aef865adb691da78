/** Marks as predict mode reveals them: args made cloneable (zxids as hex). */
import type { Mark } from '../../engine/marks';
import type { DecidingMark } from './types';

/** The mark with its args cloneable. */
export function decidingMark(m: Mark): DecidingMark {
  const args: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(m.args)) args[k] = typeof v === 'bigint' ? `0x${v.toString(16)}` : v;
  return { code: m.code, sid: m.sid, args };
}

/** A zxid as ZooKeeper prints it. */
export function hex(z: bigint): string {
  return `0x${z.toString(16)}`;
}
