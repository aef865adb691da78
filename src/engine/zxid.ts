/**
 * zxids as ZooKeeper defines them: a signed 64-bit number, `epoch << 32 | counter`.
 * We keep them as bigint so no bit is ever lost (reference §0).
 */
export type Zxid = bigint;

const COUNTER_BITS = 32n;
const COUNTER_MASK = 0xffffffffn;

/** The largest counter a leader may use before it must abdicate (ZOOKEEPER-1277). */
export const MAX_COUNTER = 0xffffffffn;

/** Builds `epoch << 32 | counter`. */
export function makeZxid(epoch: number | bigint, counter: number | bigint): Zxid {
  return (BigInt(epoch) << COUNTER_BITS) | (BigInt(counter) & COUNTER_MASK);
}

/** The epoch half of a zxid (ZxidUtils.getEpochFromZxid). */
export function epochOf(zxid: Zxid): number {
  return Number(zxid >> COUNTER_BITS);
}

/** The counter half of a zxid (ZxidUtils.getCounterFromZxid). */
export function counterOf(zxid: Zxid): bigint {
  return zxid & COUNTER_MASK;
}

/** Lower-case hex as `srvr` and zkCli print it: `0x100000000`, `0x0`, and `-0x1` for -1. */
export function zxidHex(zxid: Zxid): string {
  return zxid < 0n ? `-0x${(-zxid).toString(16)}` : `0x${zxid.toString(16)}`;
}
