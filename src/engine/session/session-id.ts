/**
 * Session ids as SessionTrackerImpl.initializeNextSessionId makes them (reference §6.1).
 */

/**
 * The first session id of a server: `((clockMs << 24) >>> 8) | (myid << 56)` in 64-bit arithmetic.
 * ZooKeeper reads its monotonic clock here; zkscope passes the virtual time at which the server started,
 * so a standalone server (myid 1) started at virtual time 0 hands out 0x100000000000000, …0001, …
 */
export function initializeNextSessionId(myid: number, clockMs: number): bigint {
  const shifted = BigInt.asUintN(64, BigInt(clockMs) << 24n) >> 8n;
  let id = BigInt.asIntN(64, shifted | (BigInt(myid) << 56n));
  // Long.MIN_VALUE is the container owner, so it is never a session id.
  if (id === -(2n ** 63n)) id += 1n;
  return id;
}

/** Session id as ZooKeeper prints it: `0x` + Long.toHexString (two's complement for negatives). */
export function sessionIdHex(id: bigint): string {
  return `0x${BigInt.asUintN(64, id).toString(16)}`;
}
